import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordDiff } from '../diff/index.ts';
import { OffsetMap } from './OffsetMap.ts';

describe('OffsetMap', () => {
  const map = new OffsetMap([
    { type: 'equal', text: 'to support ' },
    { type: 'insert', text: 'effective ' },
    { type: 'equal', text: 'national ' },
    { type: 'delete', text: 'CIRTs' },
    { type: 'insert', text: 'teams' },
    { type: 'equal', text: ' now' },
  ]);
  // old: "to support national CIRTs now"; new: "to support effective national teams now"

  it('maps offsets in unchanged text one to one', () => {
    expect(map.mapStart(3)).toBe(3);
    expect(map.mapEnd(10)).toBe(10);
    expect(map.mapStart(25)).toBe(35);
  });

  it('puts text inserted at a span start before the span, and at a span end after it', () => {
    expect(map.mapStart(11)).toBe(21);
    expect(map.mapEnd(11)).toBe(11);
  });

  it('maps into a replaced region to its whole replacement', () => {
    expect(map.mapStart(22)).toBe(30);
    expect(map.mapEnd(22)).toBe(35);
    expect(map.mapEnd(25)).toBe(35);
  });

  it('keeps every unchanged word at its new place (seeded)', () => {
    const words = fc.array(fc.constantFrom('the', 'union', 'shall', 'promote', 'security', 'and', 'privacy'), { minLength: 1, maxLength: 20 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(words, words, (a, b) => {
        const { hunks } = wordDiff(a, b);
        const offsets = new OffsetMap(hunks);
        let o = 0;
        let n = 0;
        for (const hunk of hunks) {
          if (hunk.type === 'equal') {
            for (let i = 0; i < hunk.text.length; i++) expect(b[offsets.mapStart(o + i)]).toBe(a[o + i]);
            expect(b.slice(offsets.mapStart(o), offsets.mapEnd(o + hunk.text.length))).toBe(hunk.text);
          }
          if (hunk.type !== 'insert') o += hunk.text.length;
          if (hunk.type !== 'delete') n += hunk.text.length;
        }
        expect([o, n]).toEqual([a.length, b.length]);
      }),
      { seed: 20261128, numRuns: 300 },
    );
  });
});
