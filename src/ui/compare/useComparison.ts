import { useMemo } from 'react';
import type { ItuDocument, ProposalStatus } from '../../core/model/index.ts';
import { useLibrary } from '../library/index.ts';
import { indexClauses } from './clauseIndex.ts';
import type { ClauseIndex } from './clauseIndex.ts';
import { comparedProposal } from './comparisonCache.ts';
import type { ProposalComparison } from './compareProposal.ts';
import { useProposals } from './ProposalContext.tsx';
import { statusOf } from './proposalStore.ts';
import type { StatusNote } from './proposalStore.ts';

/** A base text and every proposal that amends it, compared. */
export interface Comparison {
  base: ItuDocument;
  baseIndex: ClauseIndex;
  /** In the order the proposals were loaded; each with its status as the analyst (or, in a workspace, the team) set it. */
  proposals: Array<ProposalComparison & { status: ProposalStatus; statusNote: StatusNote | null }>;
}

/**
 * Compares the base text `baseId` with all its proposals. Diffs are computed once per proposal list
 * (a status change does not recompute them). Null while the base is not in the library.
 */
export function useComparison(baseId: string): Comparison | null {
  const { documents } = useLibrary();
  const snapshot = useProposals();
  const base = documents.find((doc) => doc.id === baseId) ?? null;
  // Keyed on the proposal list, not the whole snapshot: a status change must not diff everything again.
  const proposals = snapshot.proposals;
  const compared = useMemo(() => {
    if (!base) return null;
    const items = proposals.filter((entry) => entry.proposal.base.documentId === base.id).map((entry) => comparedProposal(base, entry));
    return { baseIndex: indexClauses(base), items };
  }, [base, proposals]);
  // The same object until something it holds changes: the views memoise their tables on it.
  return useMemo(() => {
    if (!base || !compared) return null;
    return {
      base,
      baseIndex: compared.baseIndex,
      proposals: compared.items.map((item) => ({ ...item, status: statusOf(snapshot, item.proposal), statusNote: snapshot.statusNotes.get(item.proposal.id) ?? null })),
    };
  }, [base, compared, snapshot]);
}
