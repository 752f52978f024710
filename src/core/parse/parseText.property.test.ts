import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ItuDocument } from '../model/index.ts';
import { allClauses, documentText } from '../model/index.ts';
import { parseText } from './parseText.ts';
import { mess, resolution, write } from './testkit/ituShapedText.ts';

/** Non-whitespace characters as a sorted string: the multiset the parser must preserve. */
const chars = (text: string): string => [...text.replace(/\s+/g, '')].sort().join('');

/**
 * The parser keeps every non-whitespace character except footnote rules and, where it rejoins a
 * word broken across two lines, that word's hyphen.
 */
function expectSameText(output: string, input: string): void {
  const withoutRules = input.replace(/_{5,}/g, '');
  const breaks = withoutRules.match(/(?<=(?:^|[\s("“])[a-z]+)-\n(?=[a-z])/g)?.length ?? 0;
  const hyphens = (s: string): number => s.split('-').length - 1;
  expect(chars(output.replace(/-/g, ''))).toBe(chars(withoutRules.replace(/-/g, '')));
  expect(hyphens(output)).toBeLessThanOrEqual(hyphens(withoutRules));
  expect(hyphens(output)).toBeGreaterThanOrEqual(hyphens(withoutRules) - breaks);
}

const structure = (d: ItuDocument) => ({
  id: d.id,
  title: d.title,
  sections: d.sections.map((s) => [s.id, s.heading, s.title ?? '']),
  clauses: allClauses(d).map((c) => [c.id, c.label, c.text, JSON.stringify(c.notes ?? [])]),
  footnotes: d.footnotes,
});

describe('parser properties (seeded)', () => {
  it('never drops or duplicates text, on clean and on PDF-messed input', () => {
    fc.assert(
      fc.property(resolution, fc.array(fc.nat(1000), { minLength: 8, maxLength: 32 }), (r, seed) => {
        for (const lines of [write(r).lines, mess(write(r).lines, seed)]) {
          const text = lines.join('\n');
          const docs = parseText(text);
          expect(docs).toHaveLength(1);
          expectSameText(documentText(docs[0]).join(' '), text);
        }
      }),
      { seed: 20261128, numRuns: 300 },
    );
  });

  it('recovers the same structure from PDF-messed text as from the clean text', () => {
    fc.assert(
      fc.property(resolution, fc.array(fc.nat(1000), { minLength: 8, maxLength: 32 }), (r, seed) => {
        const generated = write(r);
        const clean = parseText(generated.lines.join('\n'))[0];
        const messy = parseText(mess(generated.lines, seed).join('\n'))[0];
        expect(structure(messy)).toEqual(structure(clean));
        expect(clean.unparsed).toEqual([]);
        expect(messy.unparsed.every((u) => u.reason === 'page header or footer')).toBe(true);
        expect(clean.footnotes.map((f) => `${f.number} ${f.text}`)).toEqual(generated.footnotes);
      }),
      { seed: 20261128, numRuns: 300 },
    );
  });

  it('never drops text of arbitrary input, and is deterministic', () => {
    const noise = fc.array(fc.oneof(fc.constantFrom('resolves', 'a)', '1', 'considering', 'ANNEX', 'RESOLUTION 5 (DUBAI, 2018)', '____', '______', 'countries1', '-', '•', ';', ',', '\n', '\n', ' ', 'i)', '1.1', 'tele-\ncom'), fc.string({ maxLength: 12 })), { maxLength: 80 }).map((parts) => parts.join(' '));
    fc.assert(
      fc.property(noise, (text) => {
        const docs = parseText(text);
        expectSameText(docs.flatMap(documentText).join(' '), text);
        expect(JSON.stringify(parseText(text))).toBe(JSON.stringify(docs));
      }),
      { seed: 20261128, numRuns: 500 },
    );
  });
});
