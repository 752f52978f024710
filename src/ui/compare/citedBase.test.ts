import { describe, expect, it } from 'vitest';
import { sampleDecision, sampleResolution } from '../testing/sampleDocument.ts';
import { citedBases } from './citedBase.ts';

const library = [sampleResolution(), sampleDecision('5')];

describe('citedBases', () => {
  it('finds the text a proposal amends by the number it cites, first citation first', () => {
    const text = 'MOD EUR/44A7/1\nRESOLUTION 900 (REV. DUBAI, 2018)\nrecalling Decision 5 (Rev. Dubai, 2018) and Resolution 900';
    expect(citedBases(text, library)).toEqual(['res900', 'dec5']);
  });

  it('ignores texts the library does not hold, and longer numbers', () => {
    expect(citedBases('Resolution 9001 and Resolution 130 (Rev. Dubai, 2018)', library)).toEqual([]);
  });

  it('finds nothing in a text that cites no resolution', () => {
    expect(citedBases('Reasons: clarity.', library)).toEqual([]);
  });
});
