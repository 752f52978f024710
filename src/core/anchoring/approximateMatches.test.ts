import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { approximateMatches, editDistance, MAX_PATTERN_LENGTH } from './approximateMatches.ts';

/** The fewest edits of `pattern` into any substring of `text`: the plain Sellers table, no cut-off. */
function naiveBest(text: string, pattern: string): number {
  let column = Array.from({ length: pattern.length + 1 }, (_, i) => i);
  let best = column[pattern.length];
  for (const c of text) {
    const next = [0];
    for (let i = 1; i <= pattern.length; i++) next[i] = Math.min(column[i - 1] + (pattern[i - 1] === c ? 0 : 1), column[i] + 1, next[i - 1] + 1);
    column = next;
    best = Math.min(best, column[pattern.length]);
  }
  return best;
}

function naiveDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) for (let j = 1; j <= b.length; j++) d[i][j] = Math.min(d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1), d[i - 1][j] + 1, d[i][j - 1] + 1);
  return d[a.length][b.length];
}

describe('approximateMatches', () => {
  it('lists every exact occurrence, and only those when there are any', () => {
    expect(approximateMatches('to set up CIRTs and to link CIRTs', 'CIRTs', 2)).toEqual([
      { start: 10, end: 15, errors: 0 },
      { start: 28, end: 33, errors: 0 },
    ]);
  });

  it('finds a quote with a few edits and says how many', () => {
    const text = 'by publishing practical, up-to-date guidance on security';
    const [match] = approximateMatches(text, 'publishing practical guidance', 12);
    expect(match.errors).toBeGreaterThan(0);
    expect(match.errors).toBeLessThanOrEqual(12);
    expect(match.start).toBe(text.indexOf('publishing'));
    expect(approximateMatches('national incident response teams', 'national CIRTs', 3)).toEqual([]);
  });

  it('returns nothing for an empty or over-long pattern', () => {
    expect(approximateMatches('text', '', 3)).toEqual([]);
    expect(approximateMatches('a'.repeat(5000), 'a'.repeat(MAX_PATTERN_LENGTH + 1), 10)).toEqual([]);
  });

  it('agrees with the plain dynamic programme on the fewest errors (seeded)', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' '), maxLength: 40 });
    const pattern = fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' '), minLength: 1, maxLength: 10 });
    fc.assert(
      fc.property(text, pattern, fc.nat(6), (t, p, k) => {
        const best = naiveBest(t, p);
        const found = approximateMatches(t, p, k);
        if (best > Math.min(k, p.length)) {
          expect(found).toEqual([]);
          return;
        }
        // Deleting the whole pattern "matches" an empty span: not a match worth reporting.
        if (best === p.length && t.length === 0) return;
        expect(Math.min(...found.map((m) => m.errors))).toBe(best);
        for (const m of found) {
          expect(m.errors).toBeLessThanOrEqual(k);
          // Each reported span really is within its error count of the pattern.
          expect(naiveDistance(t.slice(m.start, m.end), p)).toBeLessThanOrEqual(m.errors);
        }
      }),
      { seed: 20261128, numRuns: 400 },
    );
  });

  it('finds the same fewest errors for patterns longer than one machine word (seeded)', () => {
    const unit = fc.constantFrom('a', 'b', 'c', ' ');
    const edit = fc.record({ at: fc.nat(60), kind: fc.constantFrom('insert', 'delete', 'replace'), char: unit });
    // A text holding a damaged copy of the pattern, so that matches exist.
    const damaged = (p: string, edits: Array<{ at: number; kind: string; char: string }>): string =>
      edits.reduce((s, e) => {
        const at = e.at % (s.length + 1);
        return e.kind === 'insert' ? s.slice(0, at) + e.char + s.slice(at) : e.kind === 'delete' ? s.slice(0, at) + s.slice(at + 1) : s.slice(0, at) + e.char + s.slice(at + 1);
      }, p);
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), fc.string({ unit, minLength: 33, maxLength: 60 }), fc.array(edit, { maxLength: 8 }), fc.string({ unit, maxLength: 40 }), fc.integer({ min: 1, max: 14 }), (before, p, edits, after, k) => {
        const t = before + damaged(p, edits) + after;
        const best = naiveBest(t, p);
        const found = approximateMatches(t, p, k);
        if (best > k) {
          expect(found).toEqual([]);
          return;
        }
        expect(Math.min(...found.map((m) => m.errors))).toBe(best);
      }),
      { seed: 20261128, numRuns: 200 },
    );
  });

  it('stays fast on a long text with a long pattern', () => {
    const text = 'the union shall promote cooperation among members on security '.repeat(500);
    const started = performance.now();
    approximateMatches(text, 'promote the cooperation amongst the members regarding safety and security', 18);
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('editDistance', () => {
  it('is the Levenshtein distance, stopping past the limit (seeded)', () => {
    const s = fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 12 });
    fc.assert(
      fc.property(s, s, (a, b) => {
        const exact = naiveDistance(a, b);
        expect(editDistance(a, b)).toBe(exact);
        expect(editDistance(a, b, 2)).toBe(Math.min(exact, 3));
      }),
      { seed: 20261128, numRuns: 300 },
    );
  });
});
