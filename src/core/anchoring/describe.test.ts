import { readFileSync } from 'node:fs';
import { describe as group, expect, it } from 'vitest';
import type { ItuDocument } from '../model/index.ts';
import { parseText } from '../parse/index.ts';
import { citationFromId, clauseCitation, indexClauses } from './clauseIndex.ts';
import { CONTEXT_LENGTH, describe } from './describe.ts';

const read = (name: string): ItuDocument[] => parseText(readFileSync(new URL(`../../../fixtures/text/${name}`, import.meta.url), 'utf8'));
const [res130] = read('res130-sample.txt');
const [res197] = read('res197-sample.txt');

group('describe', () => {
  const text = indexClauses(res130).get('res130/resolves/4')!.text;

  it('quotes a span with up to CONTEXT_LENGTH characters of context either side, its position and citation', () => {
    const start = text.indexOf('national CIRTs');
    const target = describe(res130, 'res130/resolves/4', { start, end: start + 14 });
    expect(target).toEqual({
      clause: 'res130/resolves/4',
      quote: { exact: 'national CIRTs', prefix: text.slice(start - CONTEXT_LENGTH, start), suffix: text.slice(start + 14, start + 14 + CONTEXT_LENGTH) },
      position: { start, end: start + 14 },
      citation: 'resolves 4',
    });
  });

  it('keeps shorter context at the edges of the clause', () => {
    const target = describe(res130, 'res130/resolves/4', { start: 0, end: 10 });
    expect(target.quote).toMatchObject({ exact: 'to support', prefix: '' });
    const end = describe(res130, 'res130/resolves/4', { start: text.length - 5, end: text.length });
    expect(end.quote?.suffix).toBe('');
  });

  it('quotes the whole clause, without context, for a whole-clause annotation', () => {
    expect(describe(res130, 'res130/resolves/4')).toEqual({ clause: 'res130/resolves/4', quote: { exact: text, prefix: '', suffix: '' }, position: { start: 0, end: text.length }, citation: 'resolves 4' });
  });

  it('describes footnotes', () => {
    expect(describe(res130, 'res130/fn/2').citation).toBe('footnote 2');
  });

  it('throws for an unknown clause or a span outside the text', () => {
    expect(() => describe(res130, 'res130/resolves/99')).toThrow(/res130\/resolves\/99/);
    expect(() => describe(res130, 'res130/resolves/4', { start: 5, end: 5 })).toThrow(RangeError);
    expect(() => describe(res130, 'res130/resolves/4', { start: -1, end: 5 })).toThrow(RangeError);
    expect(() => describe(res130, 'res130/resolves/4', { start: 0, end: text.length + 1 })).toThrow(RangeError);
  });
});

group('citations', () => {
  it('cite clauses as the ITU does', () => {
    expect(clauseCitation(res130, 'res130/considering/c')).toBe('considering c)');
    expect(clauseCitation(res130, 'res130/resolves/3/ii')).toBe('resolves 3 ii)');
    expect(clauseCitation(res130, 'res130/resolves-further/2')).toBe('further resolves 2');
    expect(clauseCitation(res130, 'res130/instructs-the-director-of-the-telecommunication-standardization-bureau/1/1.2')).toBe('instructs the Director of the Telecommunication Standardization Bureau 1 1.2');
    expect(clauseCitation(res130, 'res130/instructs-the-secretary-general-and-the-directors-of-the-bureaux/1/b2')).toBe('instructs the Secretary-General and the Directors of the Bureaux 1 bullet 2');
    expect(clauseCitation(res130, 'res130/taking-into-account/p1')).toBe('taking into account');
    expect(clauseCitation(res130, 'res130/annex/3')).toBe('Annex, 3');
    expect(clauseCitation(res130, 'res130/nowhere/1')).toBeNull();
  });

  it('cut a heading at its first comma and keep repeated headings apart by ID', () => {
    const ids = [...indexClauses(res197).keys()].filter((id) => id.includes('instructs-the-secretary-general'));
    expect(ids.some((id) => id.includes('#2'))).toBe(true);
    for (const id of ids) expect(clauseCitation(res197, id)).toMatch(/^instructs the Secretary-General \d/);
  });

  it('can be guessed from an ID alone', () => {
    expect(citationFromId('res130/considering/c')).toBe('considering c)');
    expect(citationFromId('res130/resolves/3/i')).toBe('resolves 3 i)');
    expect(citationFromId('res130/resolves/1/1.1')).toBe('resolves 1 1.1');
    expect(citationFromId('res130/instructs-the-secretary-general#2/4')).toBe('instructs the secretary general 4');
    expect(citationFromId('res130/taking-into-account/p1')).toBe('taking into account');
    expect(citationFromId('res130/invites/1/b2')).toBe('invites 1 bullet 2');
    expect(citationFromId('res130/fn/3')).toBe('footnote 3');
  });
});
