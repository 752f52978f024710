import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textPieces } from './textPieces.ts';

const textOf = (pieces: ReturnType<typeof textPieces>): string =>
  pieces.map((piece) => (piece.kind === 'text' ? piece.text : '')).join('');

describe('textPieces', () => {
  it('puts a footnote marker right after the word it belongs to', () => {
    const pieces = textPieces('in developing countries at large', [{ number: '1', at: 23 }]);
    expect(pieces).toEqual([
      { kind: 'text', text: 'in developing countries', start: 0, ref: null, marked: false },
      { kind: 'note', number: '1', at: 23 },
      { kind: 'text', text: ' at large', start: 23, ref: null, marked: false },
    ]);
  });

  it('links exactly the words of a cross-reference and marks search hits inside it', () => {
    const ref = { text: 'resolves 5', start: 9, end: 19, target: 'res1/resolves/5' };
    const pieces = textPieces('see also resolves 5 above', [], [ref], [[18, 19]]);
    expect(pieces.map((p) => (p.kind === 'text' ? [p.text, p.ref?.target ?? null, p.marked] : p.number))).toEqual([
      ['see also ', null, false],
      ['resolves ', 'res1/resolves/5', false],
      ['5', 'res1/resolves/5', true],
      [' above', null, false],
    ]);
  });

  it('drops overlapping or out-of-range refs instead of garbling the text', () => {
    const pieces = textPieces('abcdef', [], [
      { text: 'abcd', start: 0, end: 4, target: 'x' },
      { text: 'cdef', start: 2, end: 6, target: 'y' },
      { text: 'zz', start: 5, end: 40, target: 'z' },
    ]);
    expect(textOf(pieces)).toBe('abcdef');
    expect(pieces.filter((p) => p.kind === 'text' && p.ref).map((p) => (p.kind === 'text' ? p.ref?.target : ''))).toEqual(['x']);
  });

  it('never loses or repeats text, and shows every footnote once (property)', () => {
    const input = fc.string({ maxLength: 60 }).chain((text) =>
      fc.record({
        text: fc.constant(text),
        notes: fc.array(fc.record({ number: fc.stringMatching(/^[1-9]$/), at: fc.integer({ min: -5, max: text.length + 5 }) }), { maxLength: 4 }),
        refs: fc.array(
          fc.tuple(fc.nat(text.length), fc.nat(text.length)).map(([a, b]) => ({ text: '', start: Math.min(a, b), end: Math.max(a, b), target: 't' })),
          { maxLength: 4 },
        ),
        marks: fc.array(fc.tuple(fc.integer({ min: -3, max: text.length + 3 }), fc.integer({ min: -3, max: text.length + 3 })), { maxLength: 4 }),
      }),
    );
    fc.assert(
      fc.property(input, ({ text, notes, refs, marks }) => {
        const pieces = textPieces(text, notes, refs, marks);
        expect(textOf(pieces)).toBe(text);
        expect(pieces.filter((p) => p.kind === 'note')).toHaveLength(notes.length);
        for (const piece of pieces) if (piece.kind === 'text') expect(piece.text).not.toBe('');
      }),
      { seed: 20261128, numRuns: 300 },
    );
  });
});
