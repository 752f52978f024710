import { EditorState } from '@tiptap/pm/state';
import type { Transaction } from '@tiptap/pm/state';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../core/model/index.ts';
import { makeAnnotation } from '../core/model/testkit/makeAnnotation.ts';
import { annotationHighlightsPlugin, highlightSpansIn, highlightsIn, highlightTitle, setHighlights } from './AnnotationHighlights.ts';
import type { HighlightDrawing, HighlightSource, HighlightSpan } from './AnnotationHighlights.ts';
import { highlightName } from './highlightSpans.ts';
import { draftSchema } from './draftExtensions.ts';

const schema = draftSchema();
const TEXTS = ['Member States are invited to cooperate', 'to strengthen confidence and security'];

function annotation(id: string, overrides: Partial<Annotation> = {}): Annotation {
  return makeAnnotation(id, {
    target: { clause: 'res1/resolves/2', quote: { exact: 'security', prefix: '', suffix: '' } },
    categories: ['cybersecurity'],
    sdgTargets: ['9.c'],
    severity: 'high',
    ...overrides,
  });
}

function docWith(texts: readonly string[]) {
  const clauses = texts.map((text, i) => ({ type: 'clause', attrs: { clauseId: `res1/resolves/${i + 1}`, label: String(i + 1) }, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] }));
  return schema.nodeFromJSON({ type: 'doc', content: [{ type: 'draftSection', attrs: { sectionId: 'res1/resolves' }, content: [{ type: 'sectionHeading', content: [{ type: 'text', text: 'resolves' }] }, ...clauses] }] });
}

/** Where `words` start in the document (the first match). */
function find(state: EditorState, words: string): number {
  let found = -1;
  state.doc.descendants((node, pos) => {
    if (found === -1 && node.isText && node.text?.includes(words)) found = pos + (node.text ?? '').indexOf(words);
    return found === -1;
  });
  if (found === -1) throw new Error(`"${words}" is not in the document`);
  return found;
}

/** A source whose spans are set by the test, counting how often the editor asks for them. */
function fakeSource(spans: (state: EditorState) => HighlightSpan[]): HighlightSource & { calls: number } {
  const source = {
    calls: 0,
    spans(state: EditorState) {
      source.calls++;
      return spans(state);
    },
    subscribe: () => () => {},
  };
  return source;
}

function stateWith(source: HighlightSource, drawing: HighlightDrawing = 'custom-highlights'): EditorState {
  return EditorState.create({ schema, doc: docWith(TEXTS), plugins: [annotationHighlightsPlugin(source, drawing)] });
}

/** The words under each highlight (the plugin's mapped spans), by annotation ID. */
function highlighted(state: EditorState): Record<string, string> {
  return Object.fromEntries(highlightSpansIn(state).map((span) => [span.annotation.id, state.doc.textBetween(span.from, span.to)]));
}

/** The words under each decoration (the fallback drawing), by annotation ID. */
function decorated(state: EditorState): Record<string, string> {
  return Object.fromEntries(highlightsIn(state).find().map((d) => [(d.spec as { annotationId: string }).annotationId, state.doc.textBetween(d.from, d.to)]));
}

const apply = (state: EditorState, build: (tr: Transaction) => Transaction): EditorState => state.apply(build(state.tr));

describe('AnnotationHighlights', () => {
  // One record, as the workspace's source gives the same annotation object until annotations change.
  const ann1 = annotation('ann-1');
  const security = (state: EditorState): HighlightSpan[] => [{ annotation: ann1, from: find(state, 'security'), to: find(state, 'security') + 8 }];

  it('keeps a highlight over its words while someone types before it, without resolving the annotations again', () => {
    const source = fakeSource(security);
    let state = stateWith(source);
    expect(highlighted(state)).toEqual({ 'ann-1': 'security' });
    for (const char of 'very ') state = apply(state, (tr) => tr.insertText(char, find(state, 'confidence')));
    state = apply(state, (tr) => tr.insertText('Our ', find(state, 'Member')));
    expect(state.doc.textContent).toContain('to strengthen very confidence and security');
    expect(highlighted(state)).toEqual({ 'ann-1': 'security' });
    expect(source.calls).toBe(1);
  });

  it('does not grow when someone types at its edges, and disappears when its words are deleted', () => {
    let state = stateWith(fakeSource(security));
    const end = find(state, 'security') + 8;
    state = apply(state, (tr) => tr.insertText('!', end));
    state = apply(state, (tr) => tr.insertText('¡', find(state, 'security')));
    expect(highlighted(state)).toEqual({ 'ann-1': 'security' });
    state = apply(state, (tr) => tr.delete(find(state, 'security'), find(state, 'security') + 8));
    expect(highlighted(state)).toEqual({});
  });

  it('shows an annotation added elsewhere once the source says so, with its kind, severity and tags', () => {
    let state = stateWith(fakeSource(() => []), 'decorations');
    expect(highlighted(state)).toEqual({});
    const added = annotation('ann-2', { kind: 'opportunity', severity: null, categories: [], sdgTargets: ['9.c'] });
    state = apply(state, (tr) => setHighlights(tr, [...security(state), { annotation: added, from: find(state, 'Member'), to: find(state, 'Member') + 13 }]));
    expect(highlighted(state)).toEqual({ 'ann-1': 'security', 'ann-2': 'Member States' });
    expect(decorated(state)).toEqual({ 'ann-1': 'security', 'ann-2': 'Member States' });
    expect(highlightSpansIn(state).map((span) => highlightName(span.annotation))).toEqual(['cw-draft-risk-high', 'cw-draft-opportunity']);
    const attrs = highlightsIn(state).find().map((d) => (d as unknown as { type: { attrs: Record<string, string> } }).type.attrs);
    expect(attrs.map((a) => a.class).sort()).toEqual(['draft-highlight draft-highlight--opportunity', 'draft-highlight draft-highlight--risk draft-highlight--high']);
    expect(highlightTitle(annotation('ann-1'))).toBe('Risk, High: Cybersecurity, SDG 9.c');
    expect(highlightTitle(added)).toBe('Opportunity: SDG 9.c');
  });

  it('keeps highlights in place through a Yjs re-render of the whole document (someone else typing)', () => {
    let state = stateWith(fakeSource(security));
    // y-prosemirror applies a remote change as one replacement of the whole document.
    const remote = docWith(['Member States are warmly invited to cooperate', TEXTS[1]]);
    state = apply(state, (tr) => tr.replace(0, tr.doc.content.size, remote.slice(0, remote.content.size)).setMeta(ySyncPluginKey, { isChangeOrigin: true }));
    expect(state.doc.textContent).toContain('warmly');
    expect(highlighted(state)).toEqual({ 'ann-1': 'security' });
  });

  it('maps the fallback decorations like the spans, and draws none when drawing with custom highlights', () => {
    let state = stateWith(fakeSource(security), 'decorations');
    for (const char of 'very ') state = apply(state, (tr) => tr.insertText(char, find(state, 'confidence')));
    state = apply(state, (tr) => tr.insertText('!', find(state, 'security') + 8));
    expect(decorated(state)).toEqual({ 'ann-1': 'security' });
    expect(highlighted(state)).toEqual({ 'ann-1': 'security' });
    expect(highlightsIn(stateWith(fakeSource(security))).find()).toEqual([]);
  });

  it('keeps the same spans (no redraw) when a re-resolution lands where the mapping did, and keeps spans before an edit untouched', () => {
    let state = stateWith(fakeSource(security));
    const before = highlightSpansIn(state);
    state = apply(state, (tr) => setHighlights(tr, security(state)));
    expect(highlightSpansIn(state)).toBe(before);
    // Typing after the span leaves the set as it was: nothing to map, nothing to redraw.
    state = apply(state, (tr) => tr.insertText('!', state.doc.content.size - 3));
    expect(highlightSpansIn(state)).toBe(before);
  });

  it('skips spans outside the document or empty', () => {
    let state = stateWith(fakeSource(() => []));
    state = apply(state, (tr) => setHighlights(tr, [{ annotation: annotation('a'), from: 5, to: 5 }, { annotation: annotation('b'), from: 3, to: 10_000 }, { annotation: annotation('c'), from: -1, to: 4 }]));
    expect(highlighted(state)).toEqual({});
  });
});
