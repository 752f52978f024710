import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectedJson, textFixtures } from '../fixtures/build/expected.ts';
import { allClauses, type ItuDocument } from '../src/core/model/index.ts';
import { parseText } from '../src/core/parse/index.ts';

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/text/${name}.txt`, import.meta.url), 'utf8');
const committed = (name: string): string => readFileSync(new URL(`../fixtures/expected/${name}.json`, import.meta.url), 'utf8');

describe('fixtures parse to their expected JSON', () => {
  it.each(textFixtures())('%s', (name) => {
    expect(expectedJson(name)).toBe(committed(name));
  });

  it('covers every text fixture', () => {
    expect(textFixtures()).toEqual(expect.arrayContaining(['res130-sample', 'res197-sample', 'res206-sample', 'dec5-sample', 'rec-sample', 'res130-sample-messy', 'final-acts-sample', 'strategic-plan-sample']));
  });
});

describe('the hand-written fixtures', () => {
  const clean = ['res130-sample', 'res197-sample', 'res206-sample', 'dec5-sample', 'rec-sample', 'strategic-plan-sample'];

  it.each(clean)('%s leaves nothing unparsed', (name) => {
    for (const doc of parseText(fixture(name))) expect(doc.unparsed).toEqual([]);
  });

  it('the messy PDF copy of res130 has the same structure as the clean text, page furniture aside', () => {
    const shape = (d: ItuDocument) => ({
      sections: d.sections.map((s) => [s.id, s.heading, s.title]),
      clauses: allClauses(d).map((c) => [c.id, c.label, c.text, c.notes, c.refs]),
      footnotes: d.footnotes,
    });
    const [messy] = parseText(fixture('res130-sample-messy'));
    const [tidy] = parseText(fixture('res130-sample'));
    expect(shape(messy)).toEqual(shape(tidy));
    expect(messy.unparsed.length).toBeGreaterThan(0);
    expect(new Set(messy.unparsed.map((u) => u.reason))).toEqual(new Set(['page header or footer']));
  });

  it('the whole Final Acts splits into the five texts, each as parsed alone', () => {
    const docs = parseText(fixture('final-acts-sample'));
    expect(docs.map((d) => d.id)).toEqual(['res130', 'res197', 'res206', 'dec5', 'rec7']);
    const alone = ['res130-sample', 'res197-sample', 'res206-sample', 'dec5-sample', 'rec-sample'].map((n) => parseText(fixture(n))[0]);
    docs.forEach((doc, i) => expect(doc.sections).toEqual(alone[i].sections));
  });
});
