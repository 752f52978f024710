import { describe, expect, it } from 'vitest';
import { indexClauses } from './clauseIndex.ts';
import { buildSynopticTable } from './synopticRows.ts';
import { sampleComparison } from './testing/sampleComparison.ts';

function synopsis(which = [0, 1, 2]) {
  const { base, proposals, diffs } = sampleComparison();
  return buildSynopticTable(
    base,
    indexClauses(base),
    which.map((i) => ({ proposal: proposals[i], diff: diffs[i], index: indexClauses(proposals[i].document) })),
  );
}

describe('buildSynopticTable', () => {
  it('has a row per base clause in reading order, and rows for added clauses where they are added', () => {
    const { rows } = synopsis();
    expect(rows.map((row) => `${row.kind === 'added' ? '+' : ''}${row.citation}`)).toEqual([
      '+considering a)',
      'considering a)',
      'considering b)',
      '+considering c)',
      'resolves 1',
      'resolves 2',
      'resolves 2 i)',
      'resolves 2 ii)',
      'Annex',
      'footnote 1',
      'unplaced text 1',
    ]);
    // The added rows belong to the proposal that adds them.
    expect(rows[0].cells.map((cell) => cell?.op ?? null)).toEqual([null, 'ADD', null]);
    expect(rows[3].cells.map((cell) => cell?.op ?? null)).toEqual(['ADD', null, null]);
  });

  it('marks a conflict where one proposal deletes what others amend, and counts it', () => {
    const result = synopsis();
    const row = result.rows.find((r) => r.citation === 'resolves 1');
    expect(row?.cells.map((cell) => cell?.op)).toEqual(['MOD', 'SUP', 'MOD']);
    expect(row?.conflict).toBe(true);
    expect(result.conflicts).toBe(1);
    // The clause only relabelled (a) → b)) does not count as changed.
    expect(result.changedRows).toBe(5);
  });

  it('sees two proposals making the same change as agreeing, not conflicting', () => {
    const result = synopsis([0, 2]);
    const row = result.rows.find((r) => r.citation === 'resolves 1');
    expect(row).toMatchObject({ conflict: false, agreement: true, changed: true });
    expect(result.conflicts).toBe(0);
  });

  it('leaves unchanged clauses unchanged', () => {
    const row = synopsis().rows.find((r) => r.citation === 'resolves 2 i)');
    expect(row).toMatchObject({ changed: false, conflict: false, baseText: 'with its number;' });
  });

  it('puts each cell in its column, whatever order the proposals come in, and keys rows uniquely', () => {
    const { rows } = synopsis([2, 1, 0]);
    const row = rows.find((r) => r.citation === 'resolves 1');
    expect(row?.cells.map((cell) => cell?.op)).toEqual(['MOD', 'SUP', 'MOD']);
    const added = rows.filter((r) => r.kind === 'added');
    expect(added.map((r) => r.cells.map((cell) => cell?.op ?? null))).toEqual([
      [null, 'ADD', null],
      [null, null, 'ADD'],
    ]);
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
  });
});
