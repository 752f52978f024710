/** What the clause-aligned comparison of a base text and a proposal produces. */

/** The change to one clause: modified, added, suppressed, unchanged, or moved / relabelled. */
export type ChangeOp = 'MOD' | 'ADD' | 'SUP' | 'NOC' | 'MOVE';

/** A run of words: the same in both texts, inserted by the proposal, or deleted by it. */
export interface Hunk {
  type: 'equal' | 'insert' | 'delete';
  text: string;
}

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
}

export interface ChangeSummary {
  MOD: number;
  ADD: number;
  SUP: number;
  MOVE: number;
  NOC: number;
}

export interface DocumentDiff {
  /** Base and proposal document IDs. */
  base: string;
  proposal: string;
  /** In reading order of the proposal, with suppressed clauses where they stood in the base. */
  changes: ClauseChange[];
  summary: ChangeSummary;
}
