/**
 * Annotations anchored in a live draft: their `target.relative` holds two Yjs relative positions
 * (base64), which follow the words they were made on through everyone's edits. Here they are
 * turned into ProseMirror positions of the editor bound to the draft (through y-tiptap's binding
 * mapping), so the editor can draw them over its text (src/editor/AnnotationHighlights).
 */
import { initProseMirrorDoc, relativePositionToAbsolutePosition, ySyncPluginKey } from '@tiptap/y-tiptap';
import type { Node as ProseMirrorNode, Schema } from '@tiptap/pm/model';
import type { EditorState } from '@tiptap/pm/state';
import * as Y from 'yjs';
import type { Annotation, RelativeSpan } from '../core/model/index.ts';
import { observeAnnotations, readAnnotations } from './annotations.ts';

/** y-tiptap's map from Yjs types to the ProseMirror nodes rendered from them. */
export type DraftMapping = Map<Y.AbstractType<unknown>, ProseMirrorNode | ProseMirrorNode[]>;

/** An annotation's words in a draft, as ProseMirror positions (`from` < `to`). */
export interface DraftSpan {
  annotation: Annotation;
  from: number;
  to: number;
}

/** A relative position stored as base64 (`Y.encodeRelativePosition`), or null when it is not one. */
export function decodeRelativePosition(base64: string): Y.RelativePosition | null {
  try {
    const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
    return bytes.length > 0 ? Y.decodeRelativePosition(bytes) : null;
  } catch {
    // Records come from other clients: a damaged one is skipped, never thrown at the editor.
    return null;
  }
}

/**
 * A relative position (base64) of `index` in a Y.XmlText, as annotations store it. `assoc` 0 sticks
 * to the character after the index, -1 to the one before it.
 */
export function encodeRelativePosition(text: Y.XmlText, index: number, assoc = 0): string {
  const bytes = Y.encodeRelativePosition(Y.createRelativePositionFromTypeIndex(text, index, assoc));
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The relative positions of `text[start, end)` for an annotation's `target.relative`: the start
 * sticks to the span's first character and the end to its last, so that words typed at either
 * edge stay outside the span, and deleting the words empties it.
 */
export function relativeSpan(text: Y.XmlText, start: number, end: number): RelativeSpan {
  return { start: encodeRelativePosition(text, start, 0), end: encodeRelativePosition(text, end, -1) };
}

/** An annotation with its decoded relative positions. */
interface DecodedAnchor {
  annotation: Annotation;
  start: Y.RelativePosition;
  end: Y.RelativePosition;
}

function decodeAnchors(annotations: readonly Annotation[]): DecodedAnchor[] {
  const out: DecodedAnchor[] = [];
  for (const annotation of annotations) {
    const relative = annotation.target.relative;
    if (!relative) continue;
    const start = decodeRelativePosition(relative.start);
    const end = decodeRelativePosition(relative.end);
    if (start && end) out.push({ annotation, start, end });
  }
  return out;
}

/**
 * The spans of `anchors` in the draft `fragment` rendered with `mapping`. Anchors in another
 * draft (or in none), and anchors whose words were all deleted, have no span.
 */
function resolveAnchors(doc: Y.Doc, fragment: Y.XmlFragment, mapping: DraftMapping, anchors: readonly DecodedAnchor[]): DraftSpan[] {
  const spans: DraftSpan[] = [];
  for (const { annotation, start, end } of anchors) {
    let from = relativePositionToAbsolutePosition(doc, fragment, start, mapping);
    let to = relativePositionToAbsolutePosition(doc, fragment, end, mapping);
    if (from === null || to === null) [from, to] = completeSpan(doc, start, end, from, to);
    if (from !== null && to !== null && to > from) spans.push({ annotation, from, to });
  }
  return spans;
}

/**
 * y-tiptap refuses a position at the very start of the draft's first text (it takes it for one
 * misplaced by a block move). When both ends are in the same text, the missing end is the other
 * one less (or plus) the span's length in that text.
 */
function completeSpan(doc: Y.Doc, start: Y.RelativePosition, end: Y.RelativePosition, from: number | null, to: number | null): [number | null, number | null] {
  if (from === null && to === null) return [null, null];
  const a = Y.createAbsolutePositionFromRelativePosition(start, doc);
  const b = Y.createAbsolutePositionFromRelativePosition(end, doc);
  if (!a || !b || a.type !== b.type || !(a.type instanceof Y.XmlText)) return [from, to];
  return from === null ? [(to as number) - (b.index - a.index), to] : [from, from + (b.index - a.index)];
}

/** The spans of annotations in a draft's text and its ProseMirror document, without an editor (for tests and tools). */
export function draftSpans(fragment: Y.XmlFragment, schema: Schema, annotations: readonly Annotation[]): { doc: ProseMirrorNode; spans: DraftSpan[] } {
  if (!fragment.doc) throw new Error('draftSpans: the fragment is not in a Y.Doc');
  const { doc, mapping } = initProseMirrorDoc(fragment, schema);
  return { doc, spans: resolveAnchors(fragment.doc, fragment, mapping as DraftMapping, decodeAnchors(annotations)) };
}

/** What the draft editor's highlights read: the spans in the editor's current state, and a signal when annotations change. */
export interface DraftHighlightSource {
  /** The spans of the workspace's draft annotations in this editor state; empty until the Yjs binding has rendered. */
  spans(state: EditorState): DraftSpan[];
  /** Calls `listener` after any annotation changes; returns the function that stops it. */
  subscribe(listener: () => void): () => void;
}

/**
 * The workspace's annotations that carry relative positions, for the draft editor. Records are
 * read and decoded once per annotation change, not per keystroke; `spans` resolves them against
 * the editor's Yjs binding (its ySyncPlugin state), so only anchors in that editor's draft show.
 */
export function draftHighlightSource(doc: Y.Doc): DraftHighlightSource {
  let anchors: DecodedAnchor[] | null = null;
  const read = (): DecodedAnchor[] => (anchors ??= decodeAnchors(readAnnotations(doc).annotations));
  return {
    spans(state) {
      const sync = ySyncPluginKey.getState(state) as { type?: unknown; binding?: { mapping?: unknown } } | undefined;
      const fragment = sync?.type;
      const mapping = sync?.binding?.mapping;
      if (!(fragment instanceof Y.XmlFragment) || fragment.doc !== doc || !(mapping instanceof Map) || mapping.size === 0) return [];
      return resolveAnchors(doc, fragment, mapping as DraftMapping, read());
    },
    subscribe(listener) {
      return observeAnnotations(doc, () => {
        anchors = null;
        listener();
      });
    },
  };
}
