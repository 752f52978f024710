import { describe, expect, it } from 'vitest';
import { createMatcher } from '../common/index.ts';
import { sampleDecision, sampleResolution } from '../testing/sampleDocument.ts';
import { groupDocuments } from './groupDocuments.ts';
import { searchLibrary, snippetAround } from './searchLibrary.ts';

const library = [sampleResolution(), sampleDecision('10'), sampleDecision('5')];
const ids = (query: string): string[] => searchLibrary(library, createMatcher(query)).map((match) => match.doc.id);

describe('searchLibrary', () => {
  it('lists everything when there is no query', () => {
    expect(ids('')).toEqual(['res900', 'dec10', 'dec5']);
  });

  it('finds by number, by name and by subject', () => {
    expect(ids('900')).toEqual(['res900']);
    expect(ids('decision 5')).toEqual(['dec5']);
    expect(ids('reading room')).toEqual(['dec10', 'dec5']);
  });

  it('finds by clause text and footnotes, and points at the first matching clause', () => {
    const [match] = searchLibrary(library, createMatcher('its subject'));
    expect(match.doc.id).toBe('res900');
    expect(match.firstClause?.id).toBe('res900/resolves/2/ii');
    expect(match.clauseHits).toBe(1);
    expect(ids('least tidy')).toEqual(['res900']);
  });

  it('counts every matching clause, sub-items included', () => {
    const [match] = searchLibrary(library, createMatcher('with its'));
    expect(match.clauseHits).toBe(2);
  });

  it('finds nothing for a phrase no text holds', () => {
    expect(ids('digital object architecture')).toEqual([]);
  });
});

describe('groupDocuments', () => {
  it('groups by type in ITU order and sorts numbers numerically', () => {
    const groups = groupDocuments([sampleDecision('10'), sampleResolution(), sampleDecision('5')], (doc) => doc);
    expect(groups.map((group) => [group.name, group.items.map((doc) => doc.id)])).toEqual([
      ['Resolutions', ['res900']],
      ['Decisions', ['dec5', 'dec10']],
    ]);
  });
});

describe('snippetAround', () => {
  it('cuts long text around the match at word boundaries', () => {
    const text = `${'alpha '.repeat(20)}the target phrase ${'omega '.repeat(40)}`;
    const snippet = snippetAround(text, createMatcher('target phrase')!);
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
    expect(snippet).toContain('the target phrase');
    expect(snippet).toMatch(/^…alpha /);
    expect(snippet).toMatch(/ omega…$/);
    expect(snippet.length).toBeLessThan(150);
  });

  it('keeps short text whole', () => {
    expect(snippetAround('a short clause', createMatcher('short')!)).toBe('a short clause');
  });
});
