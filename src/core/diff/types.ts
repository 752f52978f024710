/** What the clause-aligned comparison of a base text and a proposal produces. */

/** The change to one clause: modified, added, suppressed, unchanged, or moved / relabelled. */
export type ChangeOp = 'MOD' | 'ADD' | 'SUP' | 'NOC' | 'MOVE';

/** A run of words: the same in both texts, inserted by the proposal, or deleted by it. */
export interface Hunk {
  type: 'equal' | 'insert' | 'delete';
  text: string;
}

/**
 * How finely a clause's hunks were computed: word by word (the normal case), sentence by sentence
 * or as one whole replacement (a fallback for huge, very different texts, so a diff always ends
 * quickly), or read from Word tracked changes (the amendment exactly as circulated).
 */
export type HunkGranularity = 'word' | 'sentence' | 'text' | 'tracked-changes';

export interface ClauseChange {
  op: ChangeOp;
  /** The base clause ID; for ADD, the new clause's ID in the proposal. */
  clause: string;
  /** For MOVE (moved or relabelled): the clause's ID in the proposal. */
  to?: string;
  /** The section it sits in (base section for all but ADD). */
  section: string;
  /** Label before and after ("c)" → "d)"). */
  label: { from: string | null; to: string | null };
  /** Word-level diff of the clause text (label excluded); one equal hunk for NOC. */
  hunks: Hunk[];
  /** True for a MOVE whose text changed too. */
  modified: boolean;
  /** Text similarity of the aligned pair, 0..1 (1 for NOC, 0 for ADD / SUP). */
  similarity: number;
  /** The section it sits in in the proposal (null for SUP). Always set by diffDocuments. */
  toSection?: string | null;
  /** Nesting depth (0 under the heading, 1 for a sub-item, ...), in the proposal (in the base for SUP). */
  depth?: number;
  /** How the hunks were computed; 'word' unless a fallback was needed or tracked changes were read. */
  granularity?: HunkGranularity;
}

export interface ChangeSummary {
  MOD: number;
  ADD: number;
  SUP: number;
  MOVE: number;
  NOC: number;
}

/**
 * A heading of the text, compared: NOC, MOD (same section, heading worded differently: "further
 * resolves" → "resolves further"), MOVE (the section's ID changed), ADD or SUP. Besides the
 * document's own sections there are two kinds of pseudo-section, so that no text escapes the
 * comparison: `<doc>/fn` holds the footnotes (clauses `<doc>/fn/1` ...), and `<doc>/unparsed` the
 * text the parser could not place (`<doc>/unparsed/1` ...; page headers and footers left out).
 */
export interface SectionChange {
  op: ChangeOp;
  /** The base section ID; for ADD, the proposal's. */
  section: string;
  /** The proposal's section ID, when it differs (MOVE). */
  to?: string;
  heading: { from: string | null; to: string | null };
  part: 'preamble' | 'operative' | 'annex' | 'footnotes' | 'unparsed';
  /** An annex's title line, before and after, when either side has one. */
  title?: { from: string | null; to: string | null };
}

/** The lines above the first heading: title line ("RESOLUTION 130 (REV. DUBAI, 2018)"), subject, opening formula. */
export interface FrontChange {
  field: 'titleLine' | 'title' | 'preamble';
  op: 'NOC' | 'MOD' | 'ADD' | 'SUP';
  hunks: Hunk[];
}

export interface DocumentDiff {
  /** Base and proposal document IDs. */
  base: string;
  proposal: string;
  /** In reading order of the proposal, with suppressed clauses where they stood in the base. */
  changes: ClauseChange[];
  summary: ChangeSummary;
  /** Every heading, in the proposal's order with removed ones where they stood. Always set by diffDocuments. */
  sections?: SectionChange[];
  /** Title line, subject and opening formula. Always set by diffDocuments. */
  front?: FrontChange[];
}
