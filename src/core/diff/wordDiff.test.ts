import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { baseText, changedWords, proposalText } from './hunkText.ts';
import type { Hunk } from './types.ts';
import { wordDiff } from './wordDiff.ts';

const SEED = 20261128;
const show = (hunks: Hunk[]): string => hunks.map((h) => (h.type === 'equal' ? h.text : h.type === 'insert' ? `{+${h.text}+}` : `[-${h.text}-]`)).join('');

describe('wordDiff', () => {
  it('marks whole words, not letters', () => {
    const { hunks, granularity } = wordDiff('Rev. Dubai, 2018', 'Rev. Bucharest, 2022');
    expect(granularity).toBe('word');
    expect(show(hunks)).toBe('Rev. [-Dubai, 2018-]{+Bucharest, 2022+}');
  });

  it('keeps a pure insertion an insertion', () => {
    expect(show(wordDiff('to promote the protection of data;', 'to promote the strong protection of data;').hunks)).toBe('to promote the {+strong +}protection of data;');
  });

  it('folds a tiny unchanged island between two changes into one phrase', () => {
    expect(show(wordDiff('the quick brown fox jumps', 'the slow red fox jumps').hunks)).toBe('the [-quick brown-]{+slow red+} fox jumps');
    expect(show(wordDiff('the technical committee of national experts', 'the advisory council of regional members').hunks)).toBe(
      'the [-technical committee of national experts-]{+advisory council of regional members+}',
    );
    expect(show(wordDiff('a cat, a dog', 'a horse, a cow').hunks)).toBe('a [-cat-]{+horse+}, a [-dog-]{+cow+}');
  });

  it('keeps a long unchanged stretch between changes', () => {
    const out = show(wordDiff('one shared stretch of many plain words here', 'two shared stretch of many plain words there').hunks);
    expect(out).toBe('[-one-]{+two+} shared stretch of many plain words [-here-]{+there+}');
  });

  it('gives empty hunks for two empty texts and one hunk for equal texts', () => {
    expect(wordDiff('', '').hunks).toEqual([]);
    expect(wordDiff('same', 'same').hunks).toEqual([{ type: 'equal', text: 'same' }]);
    expect(wordDiff('', 'new').hunks).toEqual([{ type: 'insert', text: 'new' }]);
    expect(wordDiff('old', '').hunks).toEqual([{ type: 'delete', text: 'old' }]);
  });

  it('keeps words of other scripts whole', () => {
    const out = show(wordDiff('безопасность сетей связи', 'надёжность сетей связи').hunks);
    expect(out).toBe('[-безопасность-]{+надёжность+} сетей связи');
  });

  it('always gives back both texts exactly (property)', () => {
    const word = fc.constantFrom('the', 'Union', 'shall', 'ICTs', ',', ';', 'data', 'privacy', 'é', '  ', '\t', 'ITU-T', '1.1', 'c)');
    const text = fc.array(word, { maxLength: 40 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(text, text, (a, b) => {
        const { hunks } = wordDiff(a, b);
        expect(baseText(hunks)).toBe(a);
        expect(proposalText(hunks)).toBe(b);
        // Clean output: no empty hunks, no two hunks of one type in a row.
        hunks.forEach((h, i) => {
          expect(h.text).not.toBe('');
          if (i > 0) expect(h.type === hunks[i - 1].type).toBe(false);
        });
      }),
      { seed: SEED, numRuns: 400 },
    );
  });
});

describe('wordDiff on pathological input: bounded, never empty', () => {
  const words = 'union networks development promote access security digital divide regional offices cooperation members capacity building policy data'.split(' ');
  let state = 7;
  const next = (): number => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const giant = Array.from({ length: 18_000 }, (_, i) => words[Math.floor(next() * words.length)] + (i % 21 === 20 ? '.' : '')).join(' ');
  const timed = (a: string, b: string) => {
    const start = performance.now();
    const result = wordDiff(a, b);
    return { ...result, ms: performance.now() - start };
  };

  it('a 100 KB paragraph with 5 % of its words changed: word level, exact, quick', () => {
    const edited = giant.split(' ').map((w) => (next() < 0.05 ? `x${w}` : w)).join(' ');
    const r = timed(giant, edited);
    expect(r.ms).toBeLessThan(2000);
    expect(r.granularity).toBe('word');
    expect(baseText(r.hunks)).toBe(giant);
    expect(proposalText(r.hunks)).toBe(edited);
    expect(changedWords(r.hunks)).toBeLessThan(3000);
  });

  it('a 100 KB paragraph fully rewritten falls back to a coarser diff', () => {
    const rewritten = giant.split(' ').map((w) => `z${w}`).join(' ');
    const r = timed(giant, rewritten);
    expect(r.ms).toBeLessThan(2000);
    expect(r.hunks.length).toBeGreaterThan(0);
    expect(r.granularity).not.toBe('word');
    expect(proposalText(r.hunks)).toBe(rewritten);
  });

  it('truncation to 10 %, and a run of 100,000 spaces', () => {
    const truncated = timed(giant, giant.slice(0, giant.length / 10));
    expect(truncated.ms).toBeLessThan(2000);
    expect(proposalText(truncated.hunks)).toBe(giant.slice(0, giant.length / 10));
    const spaces = ' '.repeat(100_000);
    for (const [a, b] of [
      [spaces, 'text'],
      ['text', spaces],
      [`a${spaces}b`, 'a b'],
      [spaces, `${spaces} `],
    ]) {
      const r = timed(a, b);
      expect(r.ms).toBeLessThan(2000);
      expect(r.hunks.length).toBeGreaterThan(0);
      expect(baseText(r.hunks)).toBe(a);
      expect(proposalText(r.hunks)).toBe(b);
    }
  });
});
