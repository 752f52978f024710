import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseText } from '../parse/index.ts';
import { RISK_CATEGORY_IDS } from '../taxonomy/index.ts';
import { evaluateSuggester } from './evaluateSuggester.ts';
import type { LabelledClause } from './evaluateSuggester.ts';
import { DEFAULT_LEXICON, MIN_SCORE } from './lexicon.ts';
import { Suggester, suggestDocument } from './Suggester.ts';

const suggester = new Suggester();
const categories = (text: string): string[] => suggester.suggestText(text).map((s) => s.category);

describe('Suggester', () => {
  it('has a term list for each built-in category, in their order', () => {
    expect(DEFAULT_LEXICON.map((e) => e.category)).toEqual(RISK_CATEGORY_IDS);
  });

  it('explains each suggestion: the terms that matched, where, and the score they add up to', () => {
    const text = 'to ensure lawful interception and data retention by operators, with respect for privacy;';
    const [s] = suggester.suggestText(text);
    expect(s).toMatchObject({ category: 'privacy-surveillance', terms: ['lawful interception', 'data retention', 'privacy'], score: 9 });
    expect(s.matches.map((m) => text.slice(m.start, m.end))).toEqual(['lawful interception', 'data retention', 'privacy']);
  });

  it('matches whole words only, with plurals folded and acronyms as written', () => {
    expect(categories('the OTTs and over-the-top applications')).toEqual(['ott']);
    expect(categories('national CIRTs')).toEqual(['cybersecurity']);
    expect(categories('a hotter climate')).toEqual([]);
    expect(categories('the ott of it')).toEqual([]);
    expect(categories('unique identifiers for devices')).toEqual(['iot-doa']);
    expect(categories('cybersecurityx and xprivacy')).toEqual([]);
  });

  it('needs more than one weak sign to suggest a category', () => {
    expect(MIN_SCORE).toBe(2);
    expect(categories('the content of the report')).toEqual([]);
    expect(categories('the content that is harmful')).toEqual(['content-regulation']);
    expect(categories('the number of people')).toEqual([]);
  });

  it('counts the longest term where terms overlap, and each term once', () => {
    const [s] = suggester.suggestText('lawful interception, lawful interception and interception');
    expect(s.terms).toEqual(['lawful interception', 'interception']);
    expect(s.score).toBe(5);
    expect(s.matches).toHaveLength(3);
  });

  it('orders suggestions by score, then by category order', () => {
    expect(categories('privacy of IoT devices and the Digital Object Architecture')).toEqual(['iot-doa', 'privacy-surveillance']);
    expect(categories('privacy and surveillance of connected devices')).toEqual(['privacy-surveillance', 'iot-doa']);
    expect(categories('cybersecurity and privacy')).toEqual(['cybersecurity', 'privacy-surveillance']);
  });

  it('suggests per clause of a document, in reading order, with stable results', () => {
    const [doc] = parseText(readFileSync(new URL('../../../fixtures/text/res130-sample.txt', import.meta.url), 'utf8'));
    const result = suggestDocument(doc);
    expect(result.id).toBe('res130');
    const byClause = new Map(result.suggestions.map((s) => [s.clause, s.categories]));
    expect(byClause.get('res130/considering/g')?.[0]).toMatchObject({ category: 'cybersecurity', terms: ['computer incident response team', 'CIRT'] });
    expect(byClause.get('res130/resolves/5')?.[0].category).toBe('privacy-surveillance');
    expect(byClause.has('res130/resolves/2')).toBe(false);
    expect(suggestDocument(doc)).toEqual(result);
  });

  it('takes a workspace lexicon, and refuses a term with no word or no weight', () => {
    const own = new Suggester([{ category: 'spectrum', terms: [{ term: 'satellite orbit', weight: 2 }] }]);
    expect(own.suggestText('the use of satellite orbits').map((s) => s.category)).toEqual(['spectrum']);
    expect(() => new Suggester([{ category: 'x', terms: [{ term: '—', weight: 1 }] }])).toThrow(/needs a word/);
    expect(() => new Suggester([{ category: 'x', terms: [{ term: 'word', weight: 0 }] }])).toThrow(/positive weight/);
  });
});

describe('the labelled clauses (fixtures/annotations/suggest-labelled.json)', () => {
  const { clauses } = JSON.parse(readFileSync(new URL('../../../fixtures/annotations/suggest-labelled.json', import.meta.url), 'utf8')) as { clauses: LabelledClause[] };

  it('are labelled with known categories, and include clauses with no risk', () => {
    expect(clauses.length).toBeGreaterThanOrEqual(60);
    for (const c of clauses) for (const category of c.categories) expect(RISK_CATEGORY_IDS).toContain(category);
    expect(clauses.filter((c) => c.categories.length === 0).length).toBeGreaterThanOrEqual(15);
  });

  it('are suggested with precision and recall of at least 0.85 overall', () => {
    const { overall, categories: rows } = evaluateSuggester(clauses, suggester);
    expect(overall.precision).toBeGreaterThanOrEqual(0.85);
    expect(overall.recall).toBeGreaterThanOrEqual(0.85);
    for (const row of rows) expect(row.recall, row.category).toBeGreaterThanOrEqual(0.6);
  });
});

describe('evaluateSuggester', () => {
  it('counts true and false positives and negatives', () => {
    const result = evaluateSuggester(
      [
        { id: '1', text: 'privacy', categories: ['privacy-surveillance'] },
        { id: '2', text: 'cybersecurity', categories: ['privacy-surveillance'] },
        { id: '3', text: 'budget', categories: [] },
      ],
      suggester,
    );
    expect(result.overall).toEqual({ truePositives: 1, falsePositives: 1, falseNegatives: 1, precision: 0.5, recall: 0.5 });
    expect(result.disagreements).toEqual([{ id: '2', expected: ['privacy-surveillance'], suggested: ['cybersecurity'] }]);
  });
});
