import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../model/index.ts';
import { parseText } from '../parse/index.ts';
import { buildTaxonomy, DEFAULT_TAXONOMY, RISK_CATEGORY_IDS, SDGS, validateAnnotation } from '../taxonomy/index.ts';
import type { Taxonomy } from '../taxonomy/index.ts';
import { fromWebAnnotations } from './fromWebAnnotations.ts';
import { readWebAnnotations } from './readWebAnnotations.ts';
import { toAnnotationCollection, toWebAnnotations } from './toWebAnnotations.ts';

const [plan] = parseText(readFileSync(new URL('../../../fixtures/text/strategic-plan-sample.txt', import.meta.url), 'utf8'));
const built = buildTaxonomy({ workspaceCategories: [{ id: 'spectrum-policy', label: 'Spectrum policy' }], plans: [plan] });
if (!built.ok) throw new Error('taxonomy');
const taxonomy: Taxonomy = built.value;
const PLAN_IDS = taxonomy.plans[0].items.map((i) => i.id);
const SDG_IDS = SDGS.flatMap((g) => g.targets.map((t) => t.id));

const sample: Annotation = {
  id: 'cw-1',
  target: { clause: 'res130/resolves/4', quote: { exact: 'national CIRTs', prefix: 'establishment of ', suffix: ' and their' }, position: { start: 32, end: 46 } },
  kind: 'risk',
  categories: ['cybersecurity', 'spectrum-policy'],
  sdgTargets: ['9.c'],
  planTargets: ['sp-2024-2027/target/3.1'],
  severity: 'medium',
  status: 'agreed',
  assignee: 'jonas',
  note: 'Who oversees *national* teams? <script>alert(1)</script>',
  thread: [
    { id: 'r1', author: 'jonas', text: 'Each country.', created: '2026-11-03T10:00:00Z', modified: '2026-11-03T10:00:00Z' },
    { id: 'r2', author: 'amina', text: 'Not enough.', created: '2026-11-03T11:00:00Z', modified: '2026-11-03T11:05:00Z' },
  ],
  author: 'amina',
  created: '2026-11-02T09:00:00Z',
  modified: '2026-11-03T11:05:00Z',
};
const roundTrip = (json: unknown): Annotation[] => {
  const result = fromWebAnnotations(JSON.parse(JSON.stringify(json)), taxonomy);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
};
const errors = (json: unknown, t: Taxonomy = taxonomy): string[] => {
  const result = fromWebAnnotations(json, t);
  return result.ok ? [] : result.errors.map((e) => `${e.field}: ${e.message}`);
};

describe('annotation → Web Annotation', () => {
  it('writes the clause as a FragmentSelector (refined by the position) next to a TextQuoteSelector, and tags as bodies', () => {
    const [main, reply1] = toWebAnnotations(sample);
    expect(main).toMatchObject({
      id: 'urn:clausewatch:annotation:cw-1',
      type: 'Annotation',
      motivation: 'classifying',
      creator: { type: 'Person', name: 'amina' },
      target: {
        source: 'urn:clausewatch:document:res130',
        selector: [
          { type: 'FragmentSelector', value: 'res130/resolves/4', refinedBy: { type: 'TextPositionSelector', start: 32, end: 46 } },
          { type: 'TextQuoteSelector', exact: 'national CIRTs', prefix: 'establishment of ', suffix: ' and their' },
        ],
      },
      'cw:kind': 'risk',
      'cw:severity': 'medium',
      'cw:status': 'agreed',
      'cw:assignee': 'jonas',
    });
    expect(main.body).toEqual([
      { type: 'TextualBody', purpose: 'commenting', value: sample.note, format: 'text/markdown' },
      { type: 'TextualBody', purpose: 'classifying', value: 'cybersecurity' },
      { type: 'TextualBody', purpose: 'classifying', value: 'spectrum-policy' },
      { type: 'TextualBody', purpose: 'tagging', value: 'sdg:9.c' },
      { type: 'TextualBody', purpose: 'tagging', value: 'sp-2024-2027/target/3.1' },
    ]);
    expect(reply1).toMatchObject({ id: 'urn:clausewatch:reply:r1', motivation: 'replying', target: 'urn:clausewatch:annotation:cw-1', body: [{ purpose: 'replying', value: 'Each country.' }] });
    expect(main).not.toHaveProperty('@context');
    expect(toWebAnnotations(sample, true)[1]['@context']).toEqual(['http://www.w3.org/ns/anno.jsonld', { cw: 'urn:clausewatch:terms:' }]);
  });

  it('makes a collection of every annotation and reply', () => {
    const collection = toAnnotationCollection([sample, { ...sample, id: 'urn:uuid:0b6c', thread: [] }], 'Res. 130');
    expect(collection).toMatchObject({ type: 'AnnotationCollection', label: 'Res. 130', total: 4, first: { type: 'AnnotationPage' } });
    expect(collection.first.items.map((a) => a.id)).toEqual(['urn:clausewatch:annotation:cw-1', 'urn:clausewatch:reply:r1', 'urn:clausewatch:reply:r2', 'urn:uuid:0b6c']);
  });
});

describe('round trips', () => {
  it('a collection and a plain array give back the same annotations, HTML in notes kept as inert text', () => {
    expect(roundTrip(toAnnotationCollection([sample]))).toEqual([sample]);
    expect(roundTrip(toWebAnnotations(sample, true))).toEqual([sample]);
    expect(roundTrip(toWebAnnotations(sample, true)[0])).toEqual([{ ...sample, thread: [] }]);
  });

  it('any valid annotation survives the round trip (seeded)', () => {
    const text = fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() !== '' && s === s.trim());
    const stamp = fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }).map((ms) => new Date(ms).toISOString());
    const id = fc.oneof(fc.stringMatching(/^[a-zA-Z0-9_-]{1,20}$/), fc.uuid().map((u) => `urn:uuid:${u}`), fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() !== ''));
    const annotation: fc.Arbitrary<Annotation> = fc.record({
      id,
      target: fc.record(
        {
          clause: fc.constantFrom('res130/resolves/4', 'res197/considering/a', 'sp-2024-2027/target/1.1', 'res130/instructs-the-secretary-general#2/1/i'),
          quote: fc.record({ exact: fc.string({ minLength: 1, maxLength: 40 }), prefix: fc.string({ maxLength: 32 }), suffix: fc.string({ maxLength: 32 }) }),
        },
        { requiredKeys: ['clause'] },
      ),
      kind: fc.constantFrom('risk', 'opportunity', 'note'),
      categories: fc.uniqueArray(fc.constantFrom(...RISK_CATEGORY_IDS, 'spectrum-policy'), { maxLength: 3 }),
      sdgTargets: fc.uniqueArray(fc.constantFrom(...SDG_IDS), { maxLength: 3 }),
      planTargets: fc.uniqueArray(fc.constantFrom(...PLAN_IDS), { maxLength: 2 }),
      severity: fc.constantFrom(null, 'low', 'medium', 'high', 'critical'),
      status: fc.constantFrom('open', 'in-review', 'agreed', 'resolved'),
      assignee: fc.option(text, { nil: null }),
      note: fc.string({ maxLength: 80 }),
      thread: fc.array(fc.record({ id, author: text, text: fc.string({ maxLength: 40 }), created: stamp, modified: stamp }), { maxLength: 3 }),
      author: text,
      created: stamp,
      modified: stamp,
    }) as fc.Arbitrary<Annotation>;
    fc.assert(
      fc.property(fc.uniqueArray(annotation, { maxLength: 4, selector: (a) => a.id }), (annotations) => {
        const ids = annotations.flatMap((a) => [a.id, ...a.thread.map((r) => r.id)]);
        fc.pre(new Set(ids).size === ids.length && annotations.every((a) => validateAnnotation(a, taxonomy).ok));
        // Quotes with a position that fits them.
        for (const a of annotations) if (a.target.quote) a.target.position = { start: 3, end: 3 + a.target.quote.exact.length };
        const expected = annotations.map((a) => ({ ...a, thread: [...a.thread].sort((x, y) => Date.parse(x.created) - Date.parse(y.created)) }));
        expect(roundTrip(toAnnotationCollection(annotations))).toEqual(expected);
      }),
      { seed: 20261128, numRuns: 200 },
    );
  });
});

describe('reading Web Annotations from other tools', () => {
  it('reads tags without cw: fields: the kind follows the tags, status open', () => {
    const foreign = [
      {
        '@context': 'http://www.w3.org/ns/anno.jsonld',
        id: 'https://example.org/anno/1',
        type: 'Annotation',
        creator: 'https://example.org/users/lee',
        created: '2026-10-01T08:00:00Z',
        bodyValue: 'Worth watching',
        body: [{ type: 'TextualBody', purpose: 'tagging', value: 'SDG 9.C' }, { purpose: 'tagging', value: 'ott' }],
        target: { source: 'https://example.org/res206', selector: { type: 'FragmentSelector', value: 'res206/resolves/1', refinedBy: { type: 'TextQuoteSelector', exact: 'over-the-top' } } },
      },
      {
        id: 'urn:x:2',
        type: ['Annotation'],
        creator: { nickname: 'ana' },
        created: '2026-10-02T08:00:00Z',
        body: { type: 'TextualBody', value: 'a note, no purpose' },
        target: [{ selector: [{ type: 'CssSelector', value: 'p' }, { type: 'FragmentSelector', value: 'res206/considering/a' }] }],
      },
    ];
    const [first, second] = roundTrip(foreign);
    expect(first).toMatchObject({ id: 'https://example.org/anno/1', kind: 'risk', categories: ['ott'], sdgTargets: ['9.c'], note: 'Worth watching', status: 'open', severity: null, author: 'https://example.org/users/lee', modified: '2026-10-01T08:00:00Z' });
    expect(first.target).toEqual({ clause: 'res206/resolves/1', quote: { exact: 'over-the-top', prefix: '', suffix: '' } });
    expect(second).toMatchObject({ id: 'urn:x:2', kind: 'note', note: 'a note, no purpose', author: 'ana', target: { clause: 'res206/considering/a' } });
  });

  it('follows embedded pages of a collection', () => {
    const [a, b] = toWebAnnotations({ ...sample, thread: [] }).concat(toWebAnnotations({ ...sample, id: 'cw-2', thread: [] }));
    const collection = { type: 'AnnotationCollection', first: { type: 'AnnotationPage', items: [a], next: { type: 'AnnotationPage', items: [b] } } };
    expect(roundTrip(collection).map((x) => x.id)).toEqual(['cw-1', 'cw-2']);
  });
});

describe('strict validation, errors naming the field', () => {
  const main = toWebAnnotations({ ...sample, thread: [] })[0];
  const clone = (): Record<string, unknown> => JSON.parse(JSON.stringify(main));

  it('names what the file is not', () => {
    expect(errors('hello')).toEqual([': expected an AnnotationCollection, a list of annotations or an annotation']);
    expect(errors({ type: 'Thing' })).toEqual(['type: expected "AnnotationCollection" or "Annotation", got "Thing"']);
    expect(errors({ type: 'AnnotationCollection', first: 'https://example.org/page/1' })[0]).toMatch(/^first: the page is given by its address only/);
    expect(errors({ type: 'AnnotationCollection', first: { type: 'AnnotationPage' } })[0]).toMatch(/^first.items: expected a list/);
    expect(errors([{ type: 'Note' }])).toEqual(['[0]: expected an annotation (an object whose type is "Annotation")']);
  });

  it('names a bad target', () => {
    const noFragment = clone();
    (noFragment.target as { selector: unknown[] }).selector.shift();
    expect(errors([noFragment])).toEqual(['[0].target.selector: no FragmentSelector with the clause ID']);
    const badClause = clone();
    (badClause.target as { selector: Array<{ value: string }> }).selector[0].value = 'page=3';
    expect(errors([badClause])[0]).toMatch(/^\[0\].target.selector\[0\].value: expected a clause ID such as "res130\/resolves\/3", got "page=3"/);
    const badQuote = clone();
    (badQuote.target as { selector: Array<{ exact?: unknown }> }).selector[1].exact = 5;
    expect(errors([badQuote])[0]).toMatch(/^\[0\].target.selector\[1\].exact: expected the quoted text/);
    const badPosition = clone();
    (badPosition.target as { selector: Array<{ refinedBy?: { end: number } }> }).selector[0].refinedBy!.end = 40;
    expect(errors([badPosition])[0]).toMatch(/^\[0\].target.selector\[0\].refinedBy: the position covers 8 characters but the quote has 14/);
    expect(errors([{ ...clone(), target: [clone().target, clone().target] }])[0]).toMatch(/^\[0\].target: an annotation may target one clause only/);
    expect(errors([{ ...clone(), target: 'urn:x' }])[0]).toMatch(/^\[0\].target: expected a target with a FragmentSelector/);
  });

  it('names unknown tags, purposes and values', () => {
    const tagged = clone();
    (tagged.body as Array<{ value: string }>)[1].value = 'spying';
    (tagged.body as Array<{ value: string }>)[3].value = 'sdg:18.1';
    (tagged.body as Array<{ purpose: string }>)[0].purpose = 'bookmarking';
    expect(errors([{ ...tagged, 'cw:severity': 'extreme', 'cw:status': 'done', 'cw:kind': 'threat', 'cw:assignee': 3 }])).toEqual([
      '[0].body[0].purpose: the purpose "bookmarking" is not one Clausewatch reads (commenting, tagging, classifying)',
      '[0].body[1].value: unknown risk category "spying"; known: cybersecurity, iot-doa, ott, privacy-surveillance, content-regulation, internet-governance, spectrum-policy',
      '[0].body[3].value: "18.1" is not an SDG target (they look like "9.c" or "17.8")',
      '[0].cw:kind: expected one of risk, opportunity, note, got "threat"',
      '[0].cw:severity: expected one of low, medium, high, critical, got "extreme"',
      '[0].cw:status: expected one of open, in-review, agreed, resolved, got "done"',
      '[0].cw:assignee: expected a name or null, got 3',
    ]);
    expect(errors([main], DEFAULT_TAXONOMY)[0]).toMatch(/^\[0\].body\[2\].value: unknown risk category "spectrum-policy"/);
    const free = clone();
    (free.body as Array<{ purpose: string; value: string }>)[4] = { purpose: 'tagging', value: 'important' } as never;
    expect(errors([free])[0]).toMatch(/^\[0\].body\[4\].value: unknown tag "important"/);
  });

  it('names missing authors and dates, duplicate IDs and replies to nothing', () => {
    const { creator: _c, created: _d, ...rest } = clone();
    expect(errors([{ ...rest, modified: 'soon' }])).toEqual([
      '[0].creator: who wrote the annotation is missing: expected a creator with a name',
      '[0].created: expected a date and time such as "2026-11-28T09:30:00Z", got undefined',
      '[0].modified: expected a date and time such as "2026-11-28T09:30:00Z", got "soon"',
    ]);
    expect(errors([clone(), clone()])).toEqual(['[1].id: "urn:clausewatch:annotation:cw-1" is also the ID of [0]']);
    const reply = toWebAnnotations(sample)[1];
    expect(errors([{ ...reply, target: 'urn:clausewatch:annotation:nope' }])).toEqual(['[0].target: replies to "urn:clausewatch:annotation:nope", which is not an annotation in this file']);
    expect(errors([{ ...clone(), id: '' }])[0]).toMatch(/^\[0\].id: expected the annotation's ID/);
  });

  it('reads the structure without the vocabulary, for carrying foreign annotations', () => {
    const tagged = clone();
    (tagged.body as Array<{ value: string }>)[1].value = 'anything at all';
    const read = readWebAnnotations([tagged]);
    expect(read.ok && read.value[0].target).toEqual(sample.target);
  });
});
