import { prosemirrorToYXmlFragment } from '@tiptap/y-tiptap';
import { Schema } from '@tiptap/pm/model';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { EditorState } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Annotation } from '../core/model/index.ts';
import { makeAnnotation, TEST_TIME } from '../core/model/testkit/makeAnnotation.ts';
import { addAnnotation, readAnnotations } from './annotations.ts';
import { decodeRelativePosition, draftHighlightSource, draftSpans, relativeSpan } from './draftAnchors.ts';
import { createDraft, draftFragment } from './drafts.ts';
import { syncAll } from './testing/linkDocs.ts';

// A schema of plain paragraphs: the anchors do not depend on the draft's own node types.
const schema = new Schema({ nodes: { doc: { content: 'paragraph+' }, paragraph: { content: 'text*', toDOM: () => ['p', 0] }, text: {} } });
const T0 = TEST_TIME;

function paragraphs(...texts: string[]): ProseMirrorNode {
  return schema.node('doc', null, texts.map((text) => schema.node('paragraph', null, text ? [schema.text(text)] : [])));
}

/** The n-th paragraph's Y.XmlText in a draft. */
function textOf(fragment: Y.XmlFragment, n: number): Y.XmlText {
  const paragraph = fragment.get(n) as Y.XmlElement;
  return paragraph.get(0) as Y.XmlText;
}

/** An annotation on `text[start, end)`, anchored with relative positions as a draft annotation is. */
function anchored(id: string, text: Y.XmlText, start: number, end: number, overrides: Partial<Annotation> = {}): Annotation {
  return makeAnnotation(id, {
    target: { clause: 'res130/resolves/3', quote: { exact: text.toString().slice(start, end), prefix: '', suffix: '' }, relative: relativeSpan(text, start, end) },
    categories: ['cybersecurity'],
    severity: 'high',
    ...overrides,
  });
}

/** The words each span covers in the draft, by annotation ID. */
function words(fragment: Y.XmlFragment): Record<string, string> {
  const doc = fragment.doc as Y.Doc;
  const { doc: pm, spans } = draftSpans(fragment, schema, readAnnotations(doc).annotations);
  return Object.fromEntries(spans.map((span) => [span.annotation.id, pm.textBetween(span.from, span.to)]));
}

function twoPeers(): { ana: Y.Doc; ben: Y.Doc; draftId: string } {
  const ana = new Y.Doc();
  const meta = createDraft(ana, { title: 'Our text', base: null, createdBy: 'Ana', createdAt: T0 }, paragraphs('Member States are invited to cooperate', 'to strengthen confidence and security'));
  const ben = new Y.Doc();
  syncAll(ana, ben);
  return { ana, ben, draftId: meta.id };
}

describe('draft anchors', () => {
  it('finds an annotation made by someone else on the same words in this copy of the draft', () => {
    const { ana, ben, draftId } = twoPeers();
    const benText = textOf(draftFragment(ben, draftId)!, 1);
    addAnnotation(ben, anchored('ann-1', benText, 29, 37));
    syncAll(ana, ben);
    expect(words(draftFragment(ana, draftId)!)).toEqual({ 'ann-1': 'security' });
  });

  it('follows the words through edits before them, and drops the span when they are deleted', () => {
    const { ana, ben, draftId } = twoPeers();
    const fragment = draftFragment(ana, draftId)!;
    addAnnotation(ana, anchored('ann-1', textOf(fragment, 1), 29, 37));
    addAnnotation(ana, anchored('ann-2', textOf(fragment, 0), 0, 13));
    textOf(draftFragment(ben, draftId)!, 1).insert(0, 'and ');
    syncAll(ana, ben);
    expect(words(fragment)).toEqual({ 'ann-1': 'security', 'ann-2': 'Member States' });
    // Words typed right at either edge stay outside, as in the editor.
    textOf(fragment, 0).insert(13, ' and Sector Members');
    textOf(fragment, 0).insert(0, 'All ');
    expect(words(fragment)).toEqual({ 'ann-1': 'security', 'ann-2': 'Member States' });
    textOf(fragment, 1).delete(33, 8);
    expect(textOf(fragment, 1).toString()).toBe('and to strengthen confidence and ');
    expect(words(fragment)).toEqual({ 'ann-2': 'Member States' });
  });

  it('shows only annotations anchored in this draft, and skips damaged positions', () => {
    const { ana, draftId } = twoPeers();
    const other = createDraft(ana, { title: 'Another', base: null, createdBy: 'Ana', createdAt: T0 }, paragraphs('Another text entirely'));
    addAnnotation(ana, anchored('ann-other', textOf(draftFragment(ana, other.id)!, 0), 0, 7));
    const here = anchored('ann-here', textOf(draftFragment(ana, draftId)!, 0), 14, 17);
    addAnnotation(ana, here);
    addAnnotation(ana, { ...here, id: 'ann-damaged', target: { ...here.target, relative: { start: '@@not base64@@', end: here.target.relative!.end } } });
    addAnnotation(ana, { ...here, id: 'ann-reader', target: { clause: 'res130/resolves/3', quote: { exact: 'are', prefix: '', suffix: '' } } });
    expect(words(draftFragment(ana, draftId)!)).toEqual({ 'ann-here': 'are' });
    expect(words(draftFragment(ana, other.id)!)).toEqual({ 'ann-other': 'Another' });
    expect(decodeRelativePosition('@@not base64@@')).toBeNull();
    expect(decodeRelativePosition('')).toBeNull();
  });

  it('tells the editor when annotations change, and resolves nothing before the editor has a Yjs binding', () => {
    const { ana, ben, draftId } = twoPeers();
    const source = draftHighlightSource(ana);
    let calls = 0;
    const stop = source.subscribe(() => calls++);
    addAnnotation(ben, anchored('ann-1', textOf(draftFragment(ben, draftId)!, 1), 29, 37));
    syncAll(ana, ben);
    expect(calls).toBe(1);
    stop();
    addAnnotation(ben, anchored('ann-2', textOf(draftFragment(ben, draftId)!, 1), 0, 2));
    syncAll(ana, ben);
    expect(calls).toBe(1);
    // An editor state without the ySyncPlugin (no binding yet): no spans, no error.
    expect(source.spans(EditorState.create({ schema, doc: paragraphs('x') }))).toEqual([]);
  });
});
