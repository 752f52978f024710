import { describe, expect, it } from 'vitest';
import { createMatcher } from './textMatcher.ts';

describe('createMatcher', () => {
  it('is null for an empty or blank query', () => {
    expect(createMatcher('')).toBeNull();
    expect(createMatcher('   ')).toBeNull();
  });

  it('matches case-insensitively and across line breaks, with exact offsets', () => {
    const matcher = createMatcher(' Member  States ');
    const text = 'invites member\nStates and MEMBER STATES';
    expect(matcher?.test(text)).toBe(true);
    expect(matcher?.ranges(text)).toEqual([[8, 21], [26, 39]]);
  });

  it('treats regular-expression characters as plain text', () => {
    const matcher = createMatcher('d) (a');
    expect(matcher?.ranges('see considering d) (a note)')).toEqual([[16, 21]]);
    expect(createMatcher('.*')?.test('anything')).toBe(false);
  });

  it('gives the same answer when asked twice (no regexp state leaks between calls)', () => {
    const matcher = createMatcher('itu');
    expect([matcher?.test('ITU'), matcher?.test('ITU')]).toEqual([true, true]);
  });
});
