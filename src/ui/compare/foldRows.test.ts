import { describe, expect, it } from 'vitest';
import { indexClauses } from './clauseIndex.ts';
import { foldRows } from './foldRows.ts';
import type { SynopticLine } from './foldRows.ts';
import { buildSynopticTable } from './synopticRows.ts';
import { sampleComparison } from './testing/sampleComparison.ts';

function rows(which: number[]) {
  const { base, proposals, diffs } = sampleComparison();
  return buildSynopticTable(base, indexClauses(base), which.map((i) => ({ proposal: proposals[i], diff: diffs[i], index: indexClauses(proposals[i].document) }))).rows;
}

const show = (lines: SynopticLine[]): string[] =>
  lines.map((line) => (line.kind === 'heading' ? `# ${line.heading}` : line.kind === 'row' ? line.row.citation : `[${line.rows.length} unchanged]`));

describe('foldRows', () => {
  it('shows every row under its heading when not collapsing', () => {
    expect(show(foldRows(rows([2]), false, new Set()))).toEqual([
      '# considering',
      'considering a)',
      'considering b)',
      '# resolves',
      'resolves 1',
      'resolves 2',
      'resolves 2 i)',
      'resolves 2 ii)',
      '# ANNEX TO RESOLUTION 900 (REV. DUBAI, 2018)',
      'Annex',
      '# Footnotes',
      'footnote 1',
      '# Text not placed in a clause',
      'unplaced text 1',
    ]);
  });

  it('folds runs of unchanged rows across sections, with headings only for what is shown', () => {
    const lines = foldRows(rows([2]), true, new Set());
    expect(show(lines)).toEqual(['[2 unchanged]', '# resolves', 'resolves 1', '[2 unchanged]', 'resolves 2 ii)', '[3 unchanged]']);
  });

  it('opens a fold by its key', () => {
    const folded = foldRows(rows([2]), true, new Set());
    const first = folded[0];
    expect(first.kind).toBe('fold');
    const opened = foldRows(rows([2]), true, new Set([first.kind === 'fold' ? first.key : '']));
    expect(show(opened).slice(0, 4)).toEqual(['# considering', 'considering a)', 'considering b)', '# resolves']);
  });
});
