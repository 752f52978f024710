import { EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../core/model/index.ts';
import { makeAnnotation } from '../core/model/testkit/makeAnnotation.ts';
import { draftSchema } from './draftExtensions.ts';
import { DRAFT_HIGHLIGHT_NAMES, highlightName, keySpans, mapSpans, sameSpans } from './highlightSpans.ts';
import type { KeyedSpan } from './highlightSpans.ts';

const schema = draftSchema();
const TEXT = 'Member States are invited to strengthen confidence and security in the use of telecommunications';

const annotation = (id: string, overrides: Partial<Annotation> = {}): Annotation =>
  makeAnnotation(id, { target: { clause: 'res1/resolves/1', quote: { exact: '', prefix: '', suffix: '' } }, severity: 'medium', ...overrides });

const doc = schema.nodeFromJSON({
  type: 'doc',
  content: [{ type: 'draftSection', attrs: { sectionId: 'res1/resolves' }, content: [{ type: 'sectionHeading', content: [{ type: 'text', text: 'resolves' }] }, { type: 'clause', attrs: { clauseId: 'res1/resolves/1', label: '1' }, content: [{ type: 'paragraph', content: [{ type: 'text', text: TEXT }] }] }] }],
});
/** Where the clause's text starts in `doc`. */
const TEXT_START = doc.content.size - 3 - TEXT.length;

describe('highlight spans', () => {
  it('names one highlight per look: kinds, and heavier high and critical risks', () => {
    expect(highlightName(annotation('a'))).toBe('cw-draft-risk');
    expect(highlightName(annotation('a', { severity: 'high' }))).toBe('cw-draft-risk-high');
    expect(highlightName(annotation('a', { severity: 'critical' }))).toBe('cw-draft-risk-critical');
    expect(highlightName(annotation('a', { kind: 'opportunity', severity: 'critical' }))).toBe('cw-draft-opportunity');
    expect(highlightName(annotation('a', { kind: 'note', severity: null }))).toBe('cw-draft-note');
    for (const kind of ['risk', 'opportunity', 'note'] as const) {
      for (const severity of ['low', 'medium', 'high', 'critical', null] as const) expect(DRAFT_HIGHLIGHT_NAMES).toContain(highlightName(annotation('a', { kind, severity })));
    }
  });

  it('keys the spans that fit the document and drops the others', () => {
    const a = annotation('a');
    const keyed = keySpans(doc, [{ annotation: a, from: TEXT_START, to: TEXT_START + 6 }, { annotation: a, from: 4, to: 4 }, { annotation: a, from: 2, to: 10_000 }, { annotation: a, from: TEXT_START + 7, to: TEXT_START + 13 }]);
    expect(keyed.map((span) => [span.key, span.from - TEXT_START, span.to - TEXT_START])).toEqual([[0, 0, 6], [3, 7, 13]]);
    expect(sameSpans(keyed, keySpans(doc, keyed))).toBe(true);
    expect(sameSpans(keyed, keyed.slice(1))).toBe(false);
    expect(sameSpans(keyed, [{ ...keyed[0], to: keyed[0].to + 1 }, keyed[1]])).toBe(false);
  });

  it('maps spans through any edits exactly as inline decorations are mapped', () => {
    const edit = fc.oneof(
      fc.record({ insert: fc.constantFrom('x', 'new words ', '!'), at: fc.nat() }),
      fc.record({ remove: fc.integer({ min: 1, max: 12 }), at: fc.nat() }),
    );
    const span = fc.tuple(fc.nat(TEXT.length - 1), fc.integer({ min: 1, max: 20 }));
    fc.assert(
      fc.property(fc.array(span, { minLength: 1, maxLength: 12 }), fc.array(edit, { minLength: 1, maxLength: 15 }), (raw, edits) => {
        const given = raw.map(([start, length], i) => ({ annotation: annotation(`a${i}`), from: TEXT_START + start, to: Math.min(TEXT_START + TEXT.length, TEXT_START + start + length) }));
        let state = EditorState.create({ schema, doc });
        let spans: readonly KeyedSpan[] = keySpans(state.doc, given);
        let decorations = DecorationSet.create(state.doc, spans.map((s) => Decoration.inline(s.from, s.to, {}, { key: s.key })));
        for (const step of edits) {
          const textEnd = state.doc.content.size - 3;
          const tr = state.tr;
          if ('insert' in step) tr.insertText(step.insert, TEXT_START + (step.at % (textEnd - TEXT_START + 1)));
          else {
            const from = TEXT_START + (step.at % Math.max(1, textEnd - TEXT_START));
            tr.delete(from, Math.min(textEnd, from + step.remove));
          }
          state = state.apply(tr);
          spans = mapSpans(spans, tr.mapping);
          decorations = decorations.map(tr.mapping, state.doc);
        }
        const expected = decorations.find().map((d) => [(d.spec as { key: number }).key, d.from, d.to]).sort((x, y) => x[0] - y[0]);
        expect(spans.map((s) => [s.key, s.from, s.to])).toEqual(expected);
      }),
      { seed: 20261128, numRuns: 300 },
    );
  });

  it('keeps the same array when nothing moves, and the untouched spans’ objects when some do', () => {
    const a = annotation('a');
    const spans = keySpans(doc, [{ annotation: a, from: TEXT_START, to: TEXT_START + 6 }, { annotation: a, from: TEXT_START + 40, to: TEXT_START + 50 }]);
    const state = EditorState.create({ schema, doc });
    expect(mapSpans(spans, state.tr.insertText('!', TEXT_START + 60).mapping)).toBe(spans);
    const moved = mapSpans(spans, state.tr.insertText('!', TEXT_START + 20).mapping);
    expect(moved[0]).toBe(spans[0]);
    expect(moved[1]).toEqual({ ...spans[1], from: spans[1].from + 1, to: spans[1].to + 1 });
  });
});
