import { Extension } from '@tiptap/core';
import { isChangeOrigin } from '@tiptap/extension-collaboration';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { EditorState, Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { HighlightPainter, customHighlightsAvailable } from './highlightPainter.ts';
import { changedRange, highlightClass, highlightTitle, keySpans, mapSpans, sameSpans } from './highlightSpans.ts';
import type { HighlightSpan, KeyedSpan } from './highlightSpans.ts';

export { highlightTitle } from './highlightSpans.ts';
export type { HighlightSpan } from './highlightSpans.ts';

/** Where the highlights come from (in a workspace: src/collab's draftHighlightSource). */
export interface HighlightSource {
  /** The spans in this editor state (resolved from the annotations' Yjs relative positions). */
  spans(state: EditorState): readonly HighlightSpan[];
  /** Calls `listener` when the annotations change; returns the function that stops it. */
  subscribe(listener: () => void): () => void;
}

/**
 * How highlights are drawn: as CSS Custom Highlights (no element in the editor; the default where
 * the browser has them), or as inline decorations (a <span> per annotation; the fallback).
 */
export type HighlightDrawing = 'custom-highlights' | 'decorations';

/** The plugin's state: the spans mapped to this document, and what the view needs to know when to redraw. */
interface HighlightState {
  spans: readonly KeyedSpan[];
  /** The decorations, when drawing with decorations (null otherwise). */
  decorations: DecorationSet | null;
  /** Counts the times the spans were replaced (then everything is redrawn). */
  version: number;
  /** Counts the remote changes seen (so the view knows when to re-resolve). */
  remoteChanges: number;
}

export const annotationHighlightsKey = new PluginKey<HighlightState>('annotationHighlights');

/**
 * After others' edits, highlights are re-resolved from their relative positions once the remote
 * changes pause for this long; meanwhile they are mapped through the change.
 */
const REFRESH_AFTER_REMOTE_MS = 200;

/** The decorations for some spans: inline, so the draft's own text and marks are untouched. */
export function highlightDecorations(doc: ProseMirrorNode, spans: readonly HighlightSpan[]): DecorationSet {
  const size = doc.content.size;
  const decorations: Decoration[] = [];
  for (const { annotation, from, to } of spans) {
    if (from < 0 || to > size || from >= to) continue;
    decorations.push(
      Decoration.inline(
        from,
        to,
        // A span of its own for each annotation (nodeName): where annotations overlap, each keeps its ID and title.
        { nodeName: 'span', class: highlightClass(annotation), title: highlightTitle(annotation), 'data-annotation-id': annotation.id },
        { annotationId: annotation.id },
      ),
    );
  }
  return DecorationSet.create(doc, decorations);
}

/** Replaces the highlights with `spans` (not an edit: nothing to undo). */
export function setHighlights(tr: Transaction, spans: readonly HighlightSpan[]): Transaction {
  return tr.setMeta(annotationHighlightsKey, spans).setMeta('addToHistory', false);
}

/** The highlights' spans in an editor state, mapped through every edit since they were resolved. */
export function highlightSpansIn(state: EditorState): readonly HighlightSpan[] {
  return annotationHighlightsKey.getState(state)?.spans ?? [];
}

/** The highlights' decorations in an editor state (empty unless drawing with decorations). */
export function highlightsIn(state: EditorState): DecorationSet {
  return annotationHighlightsKey.getState(state)?.decorations ?? DecorationSet.empty;
}

/**
 * The highlights' plugin. The spans are resolved when annotations change (from their relative
 * positions, once for all of them), and mapped through each transaction after that: typing costs
 * a map of positions, never a re-resolution of every annotation. Others' edits arrive as a
 * whole-document replacement; the spans are mapped through the part that changed, and
 * re-resolved once their edits pause. They are drawn with `drawing` (by default CSS Custom
 * Highlights where the browser has them, decorations elsewhere).
 */
export function annotationHighlightsPlugin(source: HighlightSource, drawing: HighlightDrawing = customHighlightsAvailable() ? 'custom-highlights' : 'decorations'): Plugin<HighlightState> {
  const decorate = drawing === 'decorations';
  const replace = (doc: ProseMirrorNode, spans: readonly HighlightSpan[], value: HighlightState | null): HighlightState => {
    const keyed = keySpans(doc, spans);
    // A re-resolution that lands where the mapping did changes nothing: no redraw.
    if (value && sameSpans(keyed, value.spans)) return value;
    return { spans: keyed, decorations: decorate ? highlightDecorations(doc, keyed) : null, version: (value?.version ?? 0) + 1, remoteChanges: value?.remoteChanges ?? 0 };
  };
  return new Plugin<HighlightState>({
    key: annotationHighlightsKey,
    state: {
      init: (_, state) => replace(state.doc, source.spans(state), null),
      apply(tr, value) {
        const spans = tr.getMeta(annotationHighlightsKey) as readonly HighlightSpan[] | undefined;
        if (spans) return replace(tr.doc, spans, value);
        if (!tr.docChanged) return value;
        const remote = isChangeOrigin(tr);
        const mapping = remote ? changedRange(tr.before, tr.doc) : tr.mapping;
        return {
          spans: mapSpans(value.spans, mapping),
          decorations: value.decorations?.map(mapping, tr.doc) ?? null,
          version: value.version,
          remoteChanges: value.remoteChanges + (remote ? 1 : 0),
        };
      },
    },
    props: {
      decorations: decorate ? (state) => highlightsIn(state) : undefined,
    },
    view(view) {
      const initial = annotationHighlightsKey.getState(view.state);
      const painter = decorate ? null : new HighlightPainter(view, initial?.spans ?? []);
      let timer: ReturnType<typeof setTimeout> | null = null;
      let seenRemote = initial?.remoteChanges ?? 0;
      let resolvedOnce = false;
      const refresh = (): void => {
        timer = null;
        if (view.isDestroyed) return;
        const spans = source.spans(view.state);
        // Until the Yjs binding has rendered the draft, nothing resolves: wait for its first render.
        if (spans.length > 0) resolvedOnce = true;
        view.dispatch(setHighlights(view.state.tr, spans));
      };
      const schedule = (delay: number): void => {
        if (timer) clearTimeout(timer);
        timer = setTimeout(refresh, delay);
      };
      const stop = source.subscribe(() => schedule(0));
      // The Yjs binding may have rendered the draft before this view existed.
      schedule(0);
      return {
        update(current, previous) {
          const now = annotationHighlightsKey.getState(current.state);
          if (!now) return;
          if (painter) {
            const before = annotationHighlightsKey.getState(previous);
            if (before?.version !== now.version) painter.paintAll(now.spans);
            else painter.update(now.spans, previous.doc, current.state.doc);
          }
          if (now.remoteChanges === seenRemote) return;
          seenRemote = now.remoteChanges;
          // The first render of the draft from Yjs: resolve now; later remote edits: once they pause.
          schedule(resolvedOnce ? REFRESH_AFTER_REMOTE_MS : 0);
        },
        destroy() {
          stop();
          if (timer) clearTimeout(timer);
          painter?.destroy();
        },
      };
    },
  });
}

/**
 * Draws the workspace's annotations anchored in this draft over its text (look by kind and
 * severity, the tags in a title on hover): the draft's text and marks are never changed by them.
 * Without a source, the extension draws nothing.
 */
export const AnnotationHighlights = Extension.create<{ source: HighlightSource | null; drawing?: HighlightDrawing }>({
  name: 'annotationHighlights',
  addOptions() {
    return { source: null };
  },
  addProseMirrorPlugins() {
    return this.options.source ? [annotationHighlightsPlugin(this.options.source, this.options.drawing)] : [];
  },
});
