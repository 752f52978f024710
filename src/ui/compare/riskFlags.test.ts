import { describe, expect, it } from 'vitest';
import { categoryName, flagText } from './riskFlags.ts';

describe('flagText', () => {
  it('says how many tagged clauses a proposal touches, per category', () => {
    expect(flagText([{ category: 'cybersecurity', clauses: 3 }])).toBe('touches 3 clauses tagged cybersecurity');
    expect(flagText([{ category: 'cybersecurity', clauses: 1 }])).toBe('touches 1 clause tagged cybersecurity');
    expect(
      flagText([
        { category: 'cybersecurity', clauses: 2 },
        { category: 'iot-doa', clauses: 1 },
        { category: 'privacy-surveillance', clauses: 1 },
      ]),
    ).toBe('touches 2 clauses tagged cybersecurity, 1 tagged IoT / Digital Object Architecture and 1 tagged privacy & surveillance');
  });

  it('says nothing when no tagged clause is touched', () => {
    expect(flagText([])).toBeNull();
  });

  it('names categories as in a sentence, keeping acronyms and proper nouns', () => {
    expect(categoryName('ott')).toBe('OTT services');
    expect(categoryName('internet-governance')).toBe('Internet governance');
    expect(categoryName('content-regulation')).toBe('content regulation');
    expect(categoryName('spectrum-policy')).toBe('spectrum-policy');
  });
});
