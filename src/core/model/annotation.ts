/**
 * An annotation: a team's note on a clause, or on a span of words in it, tagged as a risk or an
 * opportunity. Plain data, JSON-safe; timestamps are ISO 8601 strings.
 */

/** What an annotation says about its clause. */
export type AnnotationKind = 'risk' | 'opportunity' | 'note';

/** How serious a risk is. */
export type Severity = 'low' | 'medium' | 'high' | 'critical';

/** Where the team stands on an annotation. */
export type AnnotationStatus = 'open' | 'in-review' | 'agreed' | 'resolved';

/**
 * A W3C TextQuoteSelector: the quoted words and a little text either side, used to find the
 * words again when the clause changes. Prefix and suffix are '' at the clause's edges.
 */
export interface TextQuote {
  exact: string;
  prefix: string;
  suffix: string;
}

/** Offsets of the span in the clause text (label excluded), in UTF-16 code units, end exclusive. */
export interface TextPosition {
  start: number;
  end: number;
}

/**
 * Positions that follow a live Yjs text (a draft) through edits: encoded Yjs relative positions
 * (base64). Opaque to the core; only the collaboration layer reads them.
 */
export interface RelativeSpan {
  start: string;
  end: string;
}

/** What an annotation points at: a clause, and optionally a span of words in it. */
export interface AnnotationTarget {
  /** The clause ID: `res130/resolves/3`. */
  clause: string;
  /**
   * The quoted words with their context. A whole-clause annotation quotes the whole clause text
   * with empty prefix and suffix, so that a new version can tell whether the clause changed.
   */
  quote?: TextQuote;
  /** Where the quote stood in the clause text when it was made: the first thing tried when re-anchoring. */
  position?: TextPosition;
  /** For a live draft: Yjs relative positions of the span. */
  relative?: RelativeSpan;
  /** How the clause was cited when the annotation was made ("considering c)"), to say where it moved from. */
  citation?: string;
}

/** One reply in an annotation's thread. */
export interface AnnotationReply {
  id: string;
  author: string;
  /** Markdown source; rendered with HTML and scripts inert. */
  text: string;
  created: string;
  modified: string;
}

export interface Annotation {
  id: string;
  target: AnnotationTarget;
  kind: AnnotationKind;
  /** Risk category IDs (`cybersecurity`, `iot-doa`, … or a workspace's own). */
  categories: string[];
  /** SDG target IDs: `9.c`, `17.8`. */
  sdgTargets: string[];
  /** Strategic Plan goal and target IDs, which are the plan's clause IDs: `sp-2024-2027/target/1.1`, `sp-2024-2027/goal/3`. */
  planTargets: string[];
  /** For risks; null when not rated. */
  severity: Severity | null;
  status: AnnotationStatus;
  /** Who is to follow it up, or null. */
  assignee: string | null;
  /** Markdown source; rendered with HTML and scripts inert. */
  note: string;
  /** Replies, oldest first. */
  thread: AnnotationReply[];
  author: string;
  created: string;
  modified: string;
}
