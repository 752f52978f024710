import { describe, expect, it } from 'vitest';
import { readProposalDocument } from './proposalDocument.ts';

const DOCUMENT = [
  'Plenipotentiary Conference (PP-26)',
  'PLENARY MEETING',
  'Addendum 7 to',
  'Document 44-E',
  '14 August 2026',
  'Original: English',
  'Member States of CEPT',
  'ADD EUR/44A7/1',
  'considering',
  'c) that a new thing matters;',
  'Reasons: It matters.',
  'MOD\tEUR/44A7/2',
  'resolves',
  'PP26/44(Add.7)-E',
  '- 2 -',
  '5 to promote privacy;',
  'Reasons: Privacy',
  'is a right.',
  '',
  'SUP EUR/44A7/3',
  'further resolves',
  '2',
  'NOC EUR/44A7/4',
  'encourages Member States',
  'to act.',
  'Reasons: Still valid.',
  '______________',
  '____________________',
  '1 A footnote of the revised text.',
].join('\n');

describe('readProposalDocument', () => {
  const doc = readProposalDocument(DOCUMENT)!;

  it('reads the header', () => {
    expect(doc.header).toMatchObject({ sourceDocument: 'Addendum 7 to Document 44', original: 'English' });
    expect(doc.header.lines).toContain('Member States of CEPT');
  });

  it('reads each block: marker, reference, provision text and reasons', () => {
    expect(doc.blocks.map((b) => [b.marker, b.ref, b.lines, b.reasons])).toEqual([
      ['ADD', 'EUR/44A7/1', ['considering', 'c) that a new thing matters;'], 'It matters.'],
      ['MOD', 'EUR/44A7/2', ['resolves', '5 to promote privacy;'], 'Privacy is a right.'],
      ['SUP', 'EUR/44A7/3', ['further resolves', '2'], ''],
      ['NOC', 'EUR/44A7/4', ['encourages Member States', 'to act.'], 'Still valid.'],
    ]);
    expect(doc.blocks[1].line).toBe(12);
  });

  it('keeps the footnotes gathered at the end', () => {
    expect(doc.footnotes).toEqual(['1 A footnote of the revised text.']);
  });

  it('reads every marker, and returns null for a text without blocks', () => {
    const markers = ['ADD*', 'SUP*', '(MOD)'].map((m, i) => `${m} ARB/21A15/${i + 1}\nresolves\n1 to act;`).join('\n');
    expect(readProposalDocument(markers)!.blocks.map((b) => b.marker)).toEqual(['ADD*', 'SUP*', '(MOD)']);
    expect(readProposalDocument('RESOLUTION 130 (REV. DUBAI, 2018)\nresolves\n1 MOD the text;')).toBeNull();
    expect(readProposalDocument('MOD something that is not a reference')).toBeNull();
  });
});
