import { describe, expect, it } from 'vitest';
import type { ClauseChange } from '../../core/diff/index.ts';
import { isRelabelOnly, isSubstantive, movesSection } from './changeKinds.ts';

const move = (extra: Partial<ClauseChange>): ClauseChange => ({
  op: 'MOVE',
  clause: 'res130/considering/c',
  to: 'res130/considering/d',
  section: 'res130/considering',
  toSection: 'res130/considering',
  label: { from: 'c)', to: 'd)' },
  hunks: [{ type: 'equal', text: 'that incidents spread;' }],
  modified: false,
  similarity: 1,
  ...extra,
});

describe('change kinds', () => {
  it('sees a clause relabelled in place, text unchanged, as relabelled only', () => {
    expect(isRelabelOnly(move({}))).toBe(true);
    expect(isSubstantive(move({}))).toBe(false);
    // Proposals parsed from another copy of the text carry another document ID.
    expect(isRelabelOnly(move({ toSection: 'res130#2/considering' }))).toBe(true);
  });

  it('sees a clause moved to another section, or reworded too, as a change of substance', () => {
    expect(isSubstantive(move({ toSection: 'res130/recognizing', to: 'res130/recognizing/f' }))).toBe(true);
    expect(isSubstantive(move({ modified: true }))).toBe(true);
    expect(movesSection(move({ toSection: 'res130/recognizing' }))).toBe(true);
    expect(movesSection(move({ modified: true }))).toBe(false);
  });

  it('leaves NOC out and every other op in', () => {
    expect(isSubstantive({ ...move({}), op: 'NOC' })).toBe(false);
    expect(isSubstantive({ ...move({}), op: 'MOD' })).toBe(true);
  });
});
