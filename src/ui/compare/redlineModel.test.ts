import { describe, expect, it } from 'vitest';
import { indexClauses } from './clauseIndex.ts';
import { buildRedline } from './redlineModel.ts';
import { sampleComparison } from './testing/sampleComparison.ts';

describe('buildRedline', () => {
  const { base, proposals, diffs } = sampleComparison();
  const arb = () => buildRedline(diffs[1], indexClauses(base), indexClauses(proposals[1].document), false);

  it('numbers the changes a reader steps through, skipping unchanged and only relabelled clauses', () => {
    const model = arb();
    expect(model.changes.map((entry) => [entry.change.op, entry.citation])).toEqual([
      ['ADD', 'considering a)'],
      ['MOVE', 'considering c)'],
      ['SUP', 'resolves 1'],
    ]);
    expect(model.changes.map((entry) => entry.index)).toEqual([0, 1, 2]);
    expect(model.relabelled).toBe(1);
  });

  it('says where a moved or relabelled clause was', () => {
    const [, moved] = arb().changes;
    expect(moved.was).toBe('considering b)');
    const relabelled = arb().sections[0].items.find((item) => item.kind === 'clause' && item.entry.index === -1);
    expect(relabelled?.kind === 'clause' && [relabelled.entry.citation, relabelled.entry.was]).toEqual(['considering b)', 'considering a)']);
  });

  it('groups by section with the verbatim heading, sub-items one level deeper', () => {
    const model = arb();
    expect(model.sections.map((section) => section.heading)).toEqual(['considering', 'resolves', 'ANNEX TO RESOLUTION 900 (REV. DUBAI, 2018)']);
    const item = model.sections[1].items.find((i) => i.kind === 'clause' && i.entry.change.clause === 'res900/resolves/2/ii');
    expect(item?.kind === 'clause' && item.entry.depth).toBe(1);
  });

  it('folds runs of unchanged clauses when asked', () => {
    const model = buildRedline(diffs[1], indexClauses(base), indexClauses(proposals[1].document), true);
    expect(model.sections[1].items.map((item) => (item.kind === 'clause' ? item.entry.change.op : `${item.entries.length} unchanged`))).toEqual([
      'SUP',
      '3 unchanged',
    ]);
    expect(model.changes).toHaveLength(3);
    // The clause only relabelled folds away with the unchanged ones.
    expect(model.sections[0].items.map((item) => (item.kind === 'clause' ? item.entry.change.op : `${item.entries.length} unchanged`))).toEqual([
      'ADD',
      '1 unchanged',
      'MOVE',
    ]);
  });

  it('gives every entry an element ID distinct from the reader clause IDs and from each other', () => {
    const ids = arb().sections.flatMap((s) => s.items.flatMap((i) => (i.kind === 'clause' ? [i.entry.domId] : i.entries.map((e) => e.domId))));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => id.startsWith('redline:'))).toBe(true);
  });
});
