import { changedWords } from './hunkText.ts';
import type { ChangeSummary, ClauseChange, DocumentDiff } from './types.ts';

/** A proposal's changes in numbers, for a summary line or card. */
export interface DiffSummary extends ChangeSummary {
  /** Clauses the proposal touches: everything but NOC. */
  touched: number;
  /** Words inserted and deleted, over all clauses. */
  changedWords: number;
  /** Clauses whose hunks are coarser than words (a huge, very different clause). */
  coarse: number;
}

/** True for a change a reader steps through: every op but NOC. */
export function isChange(change: ClauseChange): boolean {
  return change.op !== 'NOC';
}

/** Counts per op. */
export function summarize(changes: readonly ClauseChange[]): ChangeSummary {
  const summary: ChangeSummary = { MOD: 0, ADD: 0, SUP: 0, MOVE: 0, NOC: 0 };
  for (const change of changes) summary[change.op]++;
  return summary;
}

/** Counts per op, clauses touched, words changed. */
export function summaryOf(diff: DocumentDiff): DiffSummary {
  let touched = 0;
  let words = 0;
  let coarse = 0;
  for (const change of diff.changes) {
    if (isChange(change)) touched++;
    words += changedWords(change.hunks);
    if (change.granularity === 'sentence' || change.granularity === 'text') coarse++;
  }
  return { ...summarize(diff.changes), touched, changedWords: words, coarse };
}
