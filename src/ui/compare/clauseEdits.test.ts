import { describe, expect, it } from 'vitest';
import { clauseEdits, excerpt, wordCounts } from './clauseEdits.ts';

describe('clauseEdits', () => {
  it('names insertions, deletions and replacements in order', () => {
    const hunks = [
      { type: 'equal', text: 'to ' },
      { type: 'delete', text: 'promote ' },
      { type: 'insert', text: 'encourage ' },
      { type: 'equal', text: 'a common understanding' },
      { type: 'insert', text: ' among Member States' },
      { type: 'equal', text: ' of ' },
      { type: 'delete', text: 'technical ' },
      { type: 'equal', text: 'measures;' },
    ] as const;
    expect(clauseEdits(hunks)).toEqual([
      { kind: 'replace', from: 'promote', to: 'encourage' },
      { kind: 'insert', text: 'among Member States' },
      { kind: 'delete', text: 'technical' },
    ]);
    expect(wordCounts(hunks)).toEqual({ inserted: 4, deleted: 2 });
  });

  it('pairs an insertion followed by a deletion too, and skips white space alone', () => {
    expect(clauseEdits([{ type: 'insert', text: 'new' }, { type: 'delete', text: 'old' }, { type: 'insert', text: ' ' }])).toEqual([
      { kind: 'replace', from: 'old', to: 'new' },
    ]);
  });

  it('cuts long excerpts in the middle', () => {
    const text = `${'word '.repeat(40)}end`;
    const cut = excerpt(text, 21);
    expect(cut.length).toBeLessThanOrEqual(21);
    expect(cut).toMatch(/^word word.*….*word end$/);
    expect(cut.length).toBeGreaterThan(15);
    expect(excerpt('  short \n text ')).toBe('short text');
    // Between words, never inside one.
    expect(excerpt('and should therefore be lawful, necessary and proportionate', 30)).toBe('and should…proportionate');
    expect(excerpt('x'.repeat(50), 21)).toBe(`${'x'.repeat(10)}…${'x'.repeat(10)}`);
  });
});
