import { snapshotSource } from '../common/snapshotSource.ts';
import type { DocumentDiff } from '../../core/diff/index.ts';
import type { Proposal, ProposalStatus } from '../../core/model/index.ts';
import type { ProposalImport } from '../../core/proposal/index.ts';

/**
 * A proposal as imported: with its comparison against the base (exact for Word tracked changes,
 * which cannot be recomputed from the texts; null when not known, then it is computed from the
 * texts, as for a teammate's proposal read from the workspace) and what the importer noted.
 */
export type StoredProposal = Omit<ProposalImport, 'diff'> & { diff: DocumentDiff | null };

/** Who set a proposal's status in the workspace, and when (ISO 8601, null when not recorded). */
export interface StatusNote {
  by: string;
  at: string | null;
}

/**
 * The proposals the tab shows: the server's samples plus what the user imported, with their
 * status; in a workspace, merged with the workspace's proposals and their team status.
 */
export interface ProposalSnapshot {
  proposals: StoredProposal[];
  /** 'loading' until the sample proposals arrived (or failed to). */
  status: 'loading' | 'ready' | 'error';
  /** Why the sample proposals could not be loaded, in plain words. */
  error: string | null;
  /** IDs of the proposals the user imported in this session. */
  importedIds: ReadonlySet<string>;
  /** Status set by the analyst, by proposal ID; a proposal not in here has its own `status`. */
  statuses: ReadonlyMap<string, ProposalStatus>;
  /** In a workspace: who set each proposal's status; empty when working alone. */
  statusNotes: ReadonlyMap<string, StatusNote>;
  /** Whether this person may change a status (in a workspace, editors only). */
  canSetStatus: boolean;
}

/**
 * Proposal data lives here, outside the UI store; components read it through ProposalContext.
 * Working alone this is createProposalStore (this tab only); in a workspace,
 * createWorkspaceProposalStore (the proposals and statuses are the team's).
 */
export interface ProposalStore {
  getSnapshot(): ProposalSnapshot;
  subscribe(listener: () => void): () => void;
  /** Sets the sample proposals; proposals imported meanwhile are kept and win over samples. */
  loaded(proposals: StoredProposal[]): void;
  failed(message: string): void;
  /** Adds imported proposals; one with an ID already present replaces it in place. */
  add(proposals: StoredProposal[]): { added: string[]; replaced: string[] };
  /** Throws for an unknown proposal, or (in a workspace) for someone who may not change statuses. */
  setStatus(proposalId: string, status: ProposalStatus): void;
}

function merge(existing: StoredProposal[], incoming: StoredProposal[]): { proposals: StoredProposal[]; added: string[]; replaced: string[] } {
  const byId = new Map(incoming.map((entry) => [entry.proposal.id, entry]));
  const replaced: string[] = [];
  const proposals = existing.map((entry) => {
    const newer = byId.get(entry.proposal.id);
    if (!newer) return entry;
    replaced.push(entry.proposal.id);
    byId.delete(entry.proposal.id);
    return newer;
  });
  proposals.push(...byId.values());
  return { proposals, added: [...byId.keys()], replaced };
}

/** The proposals that amend `baseId`, in the order they were loaded. */
export function proposalsFor(snapshot: ProposalSnapshot, baseId: string): StoredProposal[] {
  return snapshot.proposals.filter((entry) => entry.proposal.base.documentId === baseId);
}

/** A proposal's status as the analyst last set it. */
export function statusOf(snapshot: ProposalSnapshot, proposal: Proposal): ProposalStatus {
  return snapshot.statuses.get(proposal.id) ?? proposal.status;
}

/** The snapshot every store starts from: loading, nothing yet. */
export const LOADING_PROPOSALS: ProposalSnapshot = {
  proposals: [],
  status: 'loading',
  error: null,
  importedIds: new Set(),
  statuses: new Map(),
  statusNotes: new Map(),
  canSetStatus: true,
};

/** A fresh proposal store for working alone (this tab only), loading. */
export function createProposalStore(): ProposalStore {
  const source = snapshotSource<ProposalSnapshot>(LOADING_PROPOSALS);
  let imported: StoredProposal[] = [];
  const update = source.set;
  return {
    getSnapshot: source.getSnapshot,
    subscribe: source.subscribe,
    loaded(proposals) {
      update({ ...source.getSnapshot(), proposals: merge(proposals, imported).proposals, status: 'ready', error: null });
    },
    failed(message) {
      update({ ...source.getSnapshot(), status: 'error', error: message });
    },
    add(proposals) {
      imported = merge(imported, proposals).proposals;
      const merged = merge(source.getSnapshot().proposals, proposals);
      // A newer copy of a proposal starts from its own status again.
      const statuses = new Map(source.getSnapshot().statuses);
      merged.replaced.forEach((id) => statuses.delete(id));
      update({ ...source.getSnapshot(), proposals: merged.proposals, statuses, importedIds: new Set(imported.map((entry) => entry.proposal.id)) });
      return { added: merged.added, replaced: merged.replaced };
    },
    setStatus(proposalId, status) {
      const proposal = source.getSnapshot().proposals.find((entry) => entry.proposal.id === proposalId)?.proposal;
      if (!proposal) throw new Error(`setStatus: there is no proposal ${proposalId}`);
      if (statusOf(source.getSnapshot(), proposal) === status) return;
      update({ ...source.getSnapshot(), statuses: new Map(source.getSnapshot().statuses).set(proposalId, status) });
    },
  };
}
