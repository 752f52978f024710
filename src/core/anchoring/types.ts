/** What re-anchoring an annotation on a new version of a text tells about it. */
import type { AnnotationTarget, RelativeSpan, TextPosition } from '../model/index.ts';
import type { DocumentDiff } from '../diff/index.ts';
import type { ItuDocument } from '../model/index.ts';

/**
 * - `exact`: the annotated words (or the whole clause) are there, unchanged, in the same clause.
 * - `moved`: unchanged, but the clause's ID changed: relabelled, renumbered or moved (see `from`).
 * - `fuzzy`: found, but the words changed a little (or, for a whole-clause annotation, the clause text changed).
 * - `orphaned`: not found; never attached anywhere else.
 */
export type AnchorState = 'exact' | 'moved' | 'fuzzy' | 'orphaned';

export interface Anchor {
  state: AnchorState;
  /** The clause in the new version, or null for an orphan. */
  clause: string | null;
  /** The span in that clause's text (the whole text for a whole-clause annotation), or null for an orphan. */
  span: TextPosition | null;
  /** Where it was, when the clause is not the one it was made on: its old ID and citation ("considering c)"). */
  from: { clause: string; citation: string } | null;
  /** In plain words: "unchanged", "was considering c)", "the quoted words changed", "the clause was removed". */
  reason: string;
}

/** A span of live text, found by the collaboration layer from Yjs relative positions. */
export interface ResolvedSpan {
  clause: string;
  start: number;
  end: number;
}

export interface AnchorOptions {
  /**
   * The version the annotations were made on. With it, clauses are followed through the
   * comparison of the two versions (moves, relabelling, renumbering) and the span through the
   * word diff of its clause, so repeated words elsewhere are never mistaken for the annotated ones.
   */
  previous?: ItuDocument;
  /** diffDocuments(previous, doc), when already computed. */
  diff?: DocumentDiff;
  /** Resolves a live draft's relative positions (the first thing tried); returns null when it cannot. */
  resolveRelative?: (relative: RelativeSpan, target: AnnotationTarget) => ResolvedSpan | null;
}
