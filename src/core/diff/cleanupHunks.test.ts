import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanupHunks } from './cleanupHunks.ts';
import { baseText, proposalText } from './hunkText.ts';
import type { Hunk } from './types.ts';

const eq = (text: string): Hunk => ({ type: 'equal', text });
const ins = (text: string): Hunk => ({ type: 'insert', text });
const del = (text: string): Hunk => ({ type: 'delete', text });

describe('cleanupHunks', () => {
  it('folds a space or punctuation between two changes into one change', () => {
    expect(cleanupHunks([del('old'), ins('new'), eq(', '), del('words'), ins('terms')])).toEqual([del('old, words'), ins('new, terms')]);
  });

  it('folds one short word between two changes of several words into one phrase', () => {
    expect(cleanupHunks([eq('x '), del('alpha beta'), ins('gamma delta'), eq(' of '), del('epsilon zeta'), ins('eta'), eq(' y')])).toEqual([
      eq('x '),
      del('alpha beta of epsilon zeta'),
      ins('gamma delta of eta'),
      eq(' y'),
    ]);
  });

  it('keeps real words unchanged otherwise: a longer island, or a short word next to a one-word change', () => {
    const longer = [del('a'), ins('b'), eq(' long shared words '), del('c'), ins('d')];
    expect(cleanupHunks(longer)).toEqual(longer);
    const short = [del('alpha'), ins('beta'), eq(' of '), del('gamma'), ins('delta')];
    expect(cleanupHunks(short)).toEqual(short);
  });

  it('puts the deletion before the insertion and keeps shared edge spaces outside', () => {
    expect(cleanupHunks([ins(' new'), del(' old')])).toEqual([eq(' '), del('old'), ins('new')]);
  });

  it('never changes either text (property)', () => {
    const hunk = fc.record({ type: fc.constantFrom<Hunk['type']>('equal', 'insert', 'delete'), text: fc.constantFrom('a', ' ', 'word', ', ', 'the ', '  ', 'xyz') });
    fc.assert(
      fc.property(fc.array(hunk, { maxLength: 30 }), (hunks) => {
        const out = cleanupHunks(hunks);
        expect(baseText(out)).toBe(baseText(hunks));
        expect(proposalText(out)).toBe(proposalText(hunks));
      }),
      { seed: 20261128, numRuns: 500 },
    );
  });
});
