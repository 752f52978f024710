import { Extension } from '@tiptap/core';
import { isChangeOrigin } from '@tiptap/extension-collaboration';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { EditorState, Transaction } from '@tiptap/pm/state';
import { Mapping, StepMap } from '@tiptap/pm/transform';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { Annotation } from '../core/model/index.ts';
import { ANNOTATION_KINDS, DEFAULT_TAXONOMY, SEVERITIES, findCategory } from '../core/taxonomy/index.ts';

/** An annotation's words in the draft, as positions in the editor's document. */
export interface HighlightSpan {
  annotation: Annotation;
  from: number;
  to: number;
}

/** Where the highlights come from (in a workspace: src/collab's draftHighlightSource). */
export interface HighlightSource {
  /** The spans in this editor state (resolved from the annotations' Yjs relative positions). */
  spans(state: EditorState): readonly HighlightSpan[];
  /** Calls `listener` when the annotations change; returns the function that stops it. */
  subscribe(listener: () => void): () => void;
}

/** The plugin's state: the highlights, and how many remote changes it has seen (so the view knows when to re-resolve). */
interface HighlightState {
  decorations: DecorationSet;
  remoteChanges: number;
}

export const annotationHighlightsKey = new PluginKey<HighlightState>('annotationHighlights');

/**
 * After others' edits, highlights are re-resolved from their relative positions once the remote
 * changes pause for this long; meanwhile they are mapped through the change.
 */
const REFRESH_AFTER_REMOTE_MS = 200;

const kindLabel = (kind: Annotation['kind']): string => ANNOTATION_KINDS.find((term) => term.id === kind)?.label ?? kind;
const severityLabel = (severity: Annotation['severity']): string => (severity ? (SEVERITIES.find((term) => term.id === severity)?.label ?? severity) : '');

/** What a highlight says on hover: "Risk, High: Cybersecurity, SDG 9.c". */
export function highlightTitle(annotation: Annotation): string {
  const tags = [
    ...annotation.categories.map((id) => findCategory(DEFAULT_TAXONOMY, id)?.label ?? id),
    ...annotation.sdgTargets.map((id) => `SDG ${id}`),
    ...annotation.planTargets,
  ];
  const head = [kindLabel(annotation.kind), severityLabel(annotation.severity)].filter(Boolean).join(', ');
  return tags.length > 0 ? `${head}: ${tags.join(', ')}` : head;
}

/** The decorations for some spans: inline, so the draft's own text and marks are untouched. */
export function highlightDecorations(doc: ProseMirrorNode, spans: readonly HighlightSpan[]): DecorationSet {
  const size = doc.content.size;
  const decorations: Decoration[] = [];
  for (const { annotation, from, to } of spans) {
    if (from < 0 || to > size || from >= to) continue;
    const severity = annotation.severity ? ` draft-highlight--${annotation.severity}` : '';
    decorations.push(
      Decoration.inline(
        from,
        to,
        // A span of its own for each annotation (nodeName): where annotations overlap, each keeps its ID and title.
        { nodeName: 'span', class: `draft-highlight draft-highlight--${annotation.kind}${severity}`, title: highlightTitle(annotation), 'data-annotation-id': annotation.id },
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

/** The highlights in an editor state, for reading them back. */
export function highlightsIn(state: EditorState): DecorationSet {
  return annotationHighlightsKey.getState(state)?.decorations ?? DecorationSet.empty;
}

/**
 * The change between two documents as one replaced range. A Yjs update re-renders the whole
 * document (one replace from 0 to the end); this finds the part that really changed, so
 * highlights elsewhere keep their place.
 */
export function changedRange(before: ProseMirrorNode, after: ProseMirrorNode): Mapping {
  const start = before.content.findDiffStart(after.content);
  if (start === null) return new Mapping();
  let { a: endA, b: endB } = before.content.findDiffEnd(after.content) ?? { a: before.content.size, b: after.content.size };
  // The two ends may overlap the start when the change repeats what is next to it.
  const overlap = start - Math.min(endA, endB);
  if (overlap > 0) {
    endA += overlap;
    endB += overlap;
  }
  return new Mapping([new StepMap([start, endA - start, endB - start])]);
}

/**
 * The highlights' plugin. The decoration set is built when annotations change (from their
 * relative positions, once for all of them), and mapped through each transaction after that:
 * typing costs a DecorationSet.map, never a re-resolution of every annotation. Others' edits
 * arrive as a whole-document replacement; the set is mapped through the part that changed, and
 * re-resolved once their edits pause.
 */
export function annotationHighlightsPlugin(source: HighlightSource): Plugin<HighlightState> {
  return new Plugin<HighlightState>({
    key: annotationHighlightsKey,
    state: {
      init: (_, state) => ({ decorations: highlightDecorations(state.doc, source.spans(state)), remoteChanges: 0 }),
      apply(tr, value) {
        const spans = tr.getMeta(annotationHighlightsKey) as readonly HighlightSpan[] | undefined;
        if (spans) return { decorations: highlightDecorations(tr.doc, spans), remoteChanges: value.remoteChanges };
        if (!tr.docChanged) return value;
        if (isChangeOrigin(tr)) return { decorations: value.decorations.map(changedRange(tr.before, tr.doc), tr.doc), remoteChanges: value.remoteChanges + 1 };
        return { decorations: value.decorations.map(tr.mapping, tr.doc), remoteChanges: value.remoteChanges };
      },
    },
    props: {
      decorations: (state) => highlightsIn(state),
    },
    view(view) {
      let timer: ReturnType<typeof setTimeout> | null = null;
      let seenRemote = annotationHighlightsKey.getState(view.state)?.remoteChanges ?? 0;
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
        update(current) {
          const remote = annotationHighlightsKey.getState(current.state)?.remoteChanges ?? 0;
          if (remote === seenRemote) return;
          seenRemote = remote;
          // The first render of the draft from Yjs: resolve now; later remote edits: once they pause.
          schedule(resolvedOnce ? REFRESH_AFTER_REMOTE_MS : 0);
        },
        destroy() {
          stop();
          if (timer) clearTimeout(timer);
        },
      };
    },
  });
}

/**
 * Draws the workspace's annotations anchored in this draft over its text, as ProseMirror inline
 * decorations (class by kind and severity, the tags in the title): the draft's text and marks
 * are never changed by them. Without a source, the extension draws nothing.
 */
export const AnnotationHighlights = Extension.create<{ source: HighlightSource | null }>({
  name: 'annotationHighlights',
  addOptions() {
    return { source: null };
  },
  addProseMirrorPlugins() {
    return this.options.source ? [annotationHighlightsPlugin(this.options.source)] : [];
  },
});
