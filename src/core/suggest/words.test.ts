import { describe, expect, it } from 'vitest';
import { acronymKey, isAcronym, stem, words } from './words.ts';

describe('words and stemming', () => {
  it('folds case, possessives and plurals', () => {
    expect(['Identifiers', 'policies', 'addresses', 'services', 'devices', 'Union’s', 'things', 'access', 'status', 'analysis', 'IoT'].map(stem)).toEqual([
      'identifier', 'policy', 'address', 'service', 'device', 'union', 'thing', 'access', 'status', 'analysis', 'iot',
    ]);
  });

  it('recognises acronyms and their plurals', () => {
    expect(['OTT', 'IoT', 'CIRTs', 'IPv6', 'Internet', 'ITU'].map(isAcronym)).toEqual([true, true, true, true, false, true]);
    expect(acronymKey('CIRTs')).toBe('CIRT');
    expect(acronymKey('OTTs')).toBe('OTT');
    expect(acronymKey('ICT’s')).toBe('ICT');
  });

  it('splits hyphenated words and keeps offsets', () => {
    expect(words('over-the-top (OTT) apps').map((w) => [w.raw, w.start, w.end])).toEqual([['over', 0, 4], ['the', 5, 8], ['top', 9, 12], ['OTT', 14, 17], ['apps', 19, 23]]);
  });
});
