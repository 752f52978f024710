import { diffDocuments } from '../../core/diff/index.ts';
import type { DocumentDiff } from '../../core/diff/index.ts';
import type { ItuDocument, Proposal } from '../../core/model/index.ts';
import { indexClauses } from './clauseIndex.ts';
import type { ClauseIndex } from './clauseIndex.ts';
import type { StoredProposal } from './proposalStore.ts';

/** One proposal compared with its base: the diff and the proposal's text indexed, or why it failed. */
export interface ProposalComparison {
  proposal: Proposal;
  diff: DocumentDiff;
  index: ClauseIndex;
  /** What the importer noted (provisions it could not place, blocks about other texts). */
  notes: string[];
  /** Set when the comparison failed: the proposal is listed but shows no changes. */
  error: string | null;
}

/**
 * A proposal compared with its base text: the comparison made on import when it was made against
 * this base (for Word tracked changes, the only exact one), else computed now. A failure (a bug in
 * the comparison, never the user's doing) is caught and reported for this proposal alone, so the
 * other proposals still show.
 */
export function compareProposal(base: ItuDocument, { proposal, diff, notes }: StoredProposal): ProposalComparison {
  const index = indexClauses(proposal.document);
  try {
    const known = diff && diff.base === base.id && diff.changes.length > 0 ? diff : null;
    return { proposal, diff: known ?? diffDocuments(base, proposal.document), index, notes, error: null };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      proposal,
      diff: { base: base.id, proposal: proposal.id, changes: [], summary: { MOD: 0, ADD: 0, SUP: 0, MOVE: 0, NOC: 0 } },
      index,
      notes,
      error: `Clausewatch could not compare ${proposal.id} with ${base.id} because of an internal error (${detail}). Please report it with the proposal file.`,
    };
  }
}
