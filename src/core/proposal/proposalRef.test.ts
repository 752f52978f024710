import { describe, expect, it } from 'vitest';
import { parseProposalRef } from './proposalRef.ts';

describe('parseProposalRef', () => {
  it('reads group, document, addendum and item', () => {
    expect(parseProposalRef('EUR/44A7/1')).toEqual({ ref: 'EUR/44A7/1', proposer: 'EUR', proposers: ['EUR'], document: '44', addendum: '7', item: 1, sourceDocument: 'Addendum 7 to Document 44' });
    expect(parseProposalRef('USA/16/47')).toMatchObject({ proposer: 'USA', document: '16', addendum: null, item: 47, sourceDocument: 'Document 16' });
    expect(parseProposalRef('ACP/67A1/3')).toMatchObject({ proposer: 'ACP', addendum: '1', item: 3 });
  });

  it('splits joint proposers', () => {
    expect(parseProposalRef('B/CAN/CLM/USA/75/1')).toMatchObject({ proposer: 'B/CAN/CLM/USA', proposers: ['B', 'CAN', 'CLM', 'USA'], document: '75', item: 1 });
  });

  it('accepts a revised addendum and stray spaces', () => {
    expect(parseProposalRef('EUR/44A7(Rev.1)/2')).toMatchObject({ proposer: 'EUR', addendum: '7', item: 2 });
    expect(parseProposalRef(' ARB/21A15/ 1')).toMatchObject({ ref: 'ARB/21A15/1' });
  });

  it('returns null for anything else', () => {
    for (const text of ['', 'EUR', 'EUR/44A7', 'resolves/3', 'eur/44a7/1', '44/7/1', 'RESOLUTION 130']) expect(parseProposalRef(text)).toBeNull();
  });
});
