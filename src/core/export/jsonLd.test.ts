import { describe, expect, it } from 'vitest';
import { ImportError } from '../import/index.ts';
import type { Annotation } from '../model/index.ts';
import { fromJsonLd, toJsonLd } from './jsonLd.ts';
import { entryFields } from './summaryEntry.ts';
import type { RiskSummary, SummaryEntry } from './types.ts';

const annotation: Annotation = {
  id: 'cw-1',
  target: { clause: 'res130/resolves/4', quote: { exact: 'national CIRTs', prefix: 'establishment of ', suffix: ' and their' }, position: { start: 32, end: 46 }, citation: 'resolves 4' },
  kind: 'risk',
  categories: ['cybersecurity', 'spectrum-policy'],
  sdgTargets: ['9.c'],
  planTargets: ['sp-2024-2027/target/3.1'],
  severity: 'high',
  status: 'in-review',
  assignee: 'jonas',
  note: 'Who oversees *them*? <script>alert(1)</script>',
  thread: [{ id: 'r1', author: 'jonas', text: 'Each country.', created: '2026-11-03T10:00:00Z', modified: '2026-11-03T10:00:00Z' }],
  author: 'amina',
  created: '2026-11-02T09:00:00Z',
  modified: '2026-11-03T10:00:00Z',
};

const entry = (withAnnotation: boolean): SummaryEntry => ({
  ...entryFields(annotation),
  thread: { replies: 1, participants: ['amina', 'jonas'], latest: { author: 'jonas', text: 'Each country.', created: '2026-11-03T10:00:00Z' } },
  document: { id: 'res130', name: 'Resolution 130', revision: 'Rev. Dubai, 2018' },
  clause: 'res130/resolves/5',
  label: '5',
  citation: 'resolves 5',
  baseText: 'to support the establishment of national CIRTs and their cooperation',
  quote: 'national CIRTs',
  anchor: { state: 'moved', reason: 'was resolves 4' },
  effects: [{ proposal: 'EUR/1', proposer: 'EUR', proposers: ['EUR'], status: 'submitted', op: 'SUP', to: null, toLabel: null, altersText: true, hunks: [] }],
  proposers: ['EUR'],
  ...(withAnnotation ? { annotation } : {}),
});

const summary = (entries: SummaryEntry[]): RiskSummary => ({
  workspace: 'unit',
  generated: '2026-11-28T10:00:00Z',
  filters: { severities: ['high'] },
  totals: { annotations: entries.length, byKind: { risk: 1, opportunity: 0, note: 0 }, bySeverity: { low: 0, medium: 0, high: 1, critical: 0, unrated: 0 }, byStatus: { open: 0, 'in-review': 1, agreed: 0, resolved: 0 }, byAnchor: { exact: 0, moved: 1, fuzzy: 0, orphaned: 0 } },
  risks: [{ category: 'spectrum-policy', name: 'Spectrum policy', highestSeverity: 'high', documents: [] }],
  opportunities: [],
  notes: [],
  matrix: { proposers: [], rows: [] },
  entries,
});

const failure = (text: string, file?: string): string => {
  try {
    fromJsonLd(text, file);
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    return (error as Error).message;
  }
  throw new Error('fromJsonLd accepted a bad file');
};

describe('toJsonLd / fromJsonLd', () => {
  it('writes a W3C AnnotationCollection with the brief terms, and reads back the very annotation', () => {
    const text = toJsonLd(summary([entry(true)]));
    const json = JSON.parse(text);
    expect(json).toMatchObject({ type: 'AnnotationCollection', 'cw:workspace': 'unit', 'cw:generated': '2026-11-28T10:00:00Z', 'cw:filters': { severities: ['high'] }, 'cw:categories': [{ id: 'spectrum-policy', label: 'Spectrum policy' }], total: 2 });
    const [main, reply] = json.first.items;
    expect(main).toMatchObject({ 'cw:anchorState': 'moved', 'cw:anchorReason': 'was resolves 4', 'cw:anchoredClause': 'res130/resolves/5', 'cw:proposals': [{ 'cw:proposal': 'EUR/1', 'cw:op': 'SUP' }], target: { 'cw:citation': 'resolves 4' } });
    expect(main.body).toContainEqual({ type: 'TextualBody', purpose: 'classifying', value: 'spectrum-policy' });
    expect(main.target.selector).toContainEqual({ type: 'TextQuoteSelector', exact: 'national CIRTs', prefix: 'establishment of ', suffix: ' and their' });
    expect(reply).toMatchObject({ motivation: 'replying', target: main.id });
    expect(fromJsonLd(text, 'brief.jsonld')).toEqual([annotation]);
    // Pretty-printed around the items, each item compact on a line of its own.
    const itemLines = text.split('\n').filter((line) => line.startsWith('      {'));
    expect(itemLines.map((line) => JSON.parse(line.replace(/,$/, '')))).toEqual(json.first.items);
    const skeleton = { ...json, first: { ...json.first, items: json.first.items.map(() => ({})) } };
    expect(text.replace(/^ {6}\{.*?(,?)$/gm, '      {}$1')).toBe(`${JSON.stringify(skeleton, null, 2)}\n`);
    const empty = toJsonLd(summary([]));
    expect(empty).toBe(`${JSON.stringify(JSON.parse(empty), null, 2)}\n`);
    expect(fromJsonLd(empty)).toEqual([]);
  });

  it('without the stored annotation writes what the entry holds', () => {
    const [back] = fromJsonLd(toJsonLd(summary([entry(false)])));
    expect(back.target).toEqual({ clause: 'res130/resolves/5', quote: { exact: 'national CIRTs', prefix: '', suffix: '' } });
    expect(back.thread).toEqual([]);
    expect(back).toMatchObject({ id: 'cw-1', severity: 'high', categories: ['cybersecurity', 'spectrum-policy'] });
  });

  it('names the file and the field for bad input, and returns nothing', () => {
    const good = JSON.parse(toJsonLd(summary([entry(true)])));
    const variant = (change: (json: typeof good) => void): string => {
      const copy = structuredClone(good);
      change(copy);
      return JSON.stringify(copy);
    };
    expect(failure('{"type": "AnnotationCollection",', 'brief.jsonld')).toMatch(/^brief\.jsonld: not valid JSON: /);
    expect(failure('"hello"', 'brief.jsonld')).toBe('brief.jsonld: expected an AnnotationCollection, a list of annotations or an annotation');
    expect(failure(variant((j) => (j.type = 'Thing')), 'x.jsonld')).toBe('x.jsonld: type: expected "AnnotationCollection" or "Annotation", got "Thing"');
    expect(failure(variant((j) => j.first.items[0].target.selector.shift()), 'x.jsonld')).toBe('x.jsonld: first.items[0].target.selector: no FragmentSelector with the clause ID');
    expect(failure(variant((j) => (j.first.items[0]['cw:severity'] = 'extreme')), 'x.jsonld')).toBe('x.jsonld: first.items[0].cw:severity: expected one of low, medium, high, critical, got "extreme"');
    expect(failure(variant((j) => (j['cw:categories'] = [])), 'x.jsonld')).toMatch(/^x\.jsonld: first\.items\[0\]\.body\[2\]\.value: unknown risk category "spectrum-policy"/);
    expect(failure(variant((j) => (j['cw:categories'] = [{ id: 'Bad Id', label: 'x' }])), 'x.jsonld')).toMatch(/^x\.jsonld: cw:categories\[0\]\.id: "Bad Id" is not a usable category ID/);
    expect(failure('{"type":"AnnotationCollection","first":{"type":"AnnotationPage","items":[{"type":"Annotation","id":"a"}]}}')).toMatch(/^JSON-LD file: first\.items\[0\]\.target: the annotation has no target/);
  });
});
