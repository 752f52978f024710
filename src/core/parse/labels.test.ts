import { describe, expect, it } from 'vitest';
import { isStartLabel, readLabel, romanValue, toRoman } from './labels.ts';

describe('readLabel', () => {
  it.each([
    ['a) that the text', 'a)', 'letter', 1],
    ['(b) the text', '(b)', 'letter', 2],
    ['aa) the 27th', 'aa)', 'letter', 27],
    ['iv) fourth', 'iv)', 'roman', 4],
    ['3 to do', '3', 'number', 3],
    ['12 to do', '12', 'number', 12],
    ['1.2 to do', '1.2', 'dotted', 2],
    ['2.10.3 deep', '2.10.3', 'dotted', 3],
    ['• a bullet', '•', 'bullet', 0],
    ['– a dash bullet', '–', 'bullet', 0],
  ])('%s → %s', (line, raw, kind, ordinal) => {
    const read = readLabel(line);
    expect(read).not.toBeNull();
    const label = read!.candidates.find((c) => c.kind === kind);
    expect(label).toMatchObject({ raw, kind, ordinal });
  });

  it('reads "i)" as both the ninth letter and roman one', () => {
    const kinds = readLabel('i) text')!.candidates.map((c) => [c.kind, c.ordinal]);
    expect(kinds).toEqual([['letter', 9], ['roman', 1]]);
  });

  it('keeps the text after the label', () => {
    expect(readLabel('1.1 to study the matter;')!.rest).toBe('to study the matter;');
    expect(readLabel('b)')!.rest).toBe('');
  });

  it.each(['that a) is not a label', 'Resolution 71', '2030Agenda', 'abcde) too long', '-nospace'])('no label in %s', (line) => {
    expect(readLabel(line)).toBeNull();
  });

  it('knows list starts', () => {
    expect(isStartLabel(readLabel('a) x')!.candidates[0])).toBe(true);
    expect(isStartLabel(readLabel('2 x')!.candidates[0])).toBe(false);
    expect(isStartLabel(readLabel('3.1 x')!.candidates[0])).toBe(true);
  });
});

describe('roman numerals', () => {
  it('round-trips 1..120', () => {
    for (let n = 1; n <= 120; n++) expect(romanValue(toRoman(n))).toBe(n);
  });
  it('rejects malformed numerals', () => {
    expect(romanValue('iiii')).toBe(0);
    expect(romanValue('vx')).toBe(0);
    expect(romanValue('abc')).toBe(0);
  });
});
