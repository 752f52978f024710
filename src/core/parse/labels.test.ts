import fc from 'fast-check';
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

/** The label patterns readLabel's character loops stand for (kept here as the specification). */
const PAREN = /^(\(?)([a-z]{1,4})\)(?=\s|$)/;
const NUMBER = /^(\d{1,3}(?:\.\d{1,3})*)(\.?)(?=\s|$)/;

/** readLabel as it was written with the regexes: letters, roman numbers and numbers. */
function readByRegex(line: string): { raws: string[]; kinds: string[]; ordinals: number[]; rest: string } | null {
  const number = NUMBER.exec(line);
  if (number) {
    const parts = number[1].split('.');
    return { raws: [number[0]], kinds: [parts.length === 1 ? 'number' : 'dotted'], ordinals: [Number(parts[parts.length - 1])], rest: line.slice(number[0].length).trim() };
  }
  const paren = PAREN.exec(line);
  if (!paren) return null;
  const value = paren[2];
  const letter = /^[a-z]$/.test(value) ? value.charCodeAt(0) - 96 : /^([a-z])\1$/.test(value) ? 26 + value.charCodeAt(0) - 96 : 0;
  const roman = romanValue(value);
  const readings = [...(letter ? [['letter', letter] as const] : []), ...(roman ? [['roman', roman] as const] : [])];
  if (readings.length === 0) return null;
  return { raws: readings.map(() => paren[0]), kinds: readings.map((r) => r[0]), ordinals: readings.map((r) => r[1]), rest: line.slice(paren[0].length).trim() };
}

describe('readLabel without regexes', () => {
  it('reads exactly what the label patterns match (letters, roman and dotted numbers, odd spaces)', () => {
    const piece = fc.constantFrom('1', '2', '0', '9', '.', ' ', 'a', 'i', 'v', 'x', 'c', 'l', 'b', 'z', ')', '(', '\u00a0', '\t', '€', 'A');
    const line = fc.tuple(fc.constantFrom('(', 'i', 'a', '1', '2', 'x'), fc.array(piece, { maxLength: 9 })).map(([first, rest]) => first + rest.join(''));
    fc.assert(
      fc.property(line, (text) => {
        const read = readLabel(text);
        const expected = readByRegex(text);
        if (expected === null) return read === null;
        return (
          read !== null &&
          read.rest === expected.rest &&
          JSON.stringify(read.candidates.map((c) => [c.raw, c.kind, c.ordinal])) === JSON.stringify(expected.kinds.map((k, i) => [expected.raws[i], k, expected.ordinals[i]]))
        );
      }),
      { seed: 20261128, numRuns: 20000 },
    );
  });

  it('values every roman numeral of up to four letters as the long way does', () => {
    for (let n = 1; n <= 400; n++) expect(romanValue(toRoman(n))).toBe(n);
    expect(romanValue('iiii')).toBe(0);
    expect(romanValue('vx')).toBe(0);
    expect(romanValue('ccccc')).toBe(500);
  });
});
