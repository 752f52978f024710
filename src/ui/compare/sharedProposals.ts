import type { DocumentDiff } from '../../core/diff/index.ts';
import type { ProposalStatus } from '../../core/model/index.ts';
import type { StatusNote, StoredProposal } from './proposalStore.ts';

/** A proposal as the workspace holds it: stored (text and exact diff, if any), with the team's status. */
export interface SharedProposal {
  stored: StoredProposal;
  status: ProposalStatus;
  statusBy: string | null;
  statusAt: string | null;
}

/** What a tab shows in a workspace: the proposals, the team's statuses and who set them. */
export interface MergedProposals {
  proposals: StoredProposal[];
  statuses: Map<string, ProposalStatus>;
  statusNotes: Map<string, StatusNote>;
  /** IDs of proposals that are not among the server's samples. */
  importedIds: Set<string>;
}

/**
 * The server's samples merged with the workspace's proposals and, last, proposals imported in this
 * tab only (by someone who may not add to the workspace). A later copy with the same ID wins and
 * takes the earlier one's place; new ones follow in the order given (the workspace's in ID order,
 * the same on every client). Statuses are the workspace's, for its proposals.
 */
export function mergeSharedProposals(samples: readonly StoredProposal[], shared: readonly SharedProposal[], local: readonly StoredProposal[] = []): MergedProposals {
  const order: string[] = [];
  const byId = new Map<string, StoredProposal>();
  const put = (entry: StoredProposal): void => {
    if (!byId.has(entry.proposal.id)) order.push(entry.proposal.id);
    byId.set(entry.proposal.id, entry);
  };
  samples.forEach(put);
  shared.forEach((entry) => put(entry.stored));
  local.forEach(put);
  const statuses = new Map<string, ProposalStatus>();
  const statusNotes = new Map<string, StatusNote>();
  const localIds = new Set(local.map((entry) => entry.proposal.id));
  for (const entry of shared) {
    if (localIds.has(entry.stored.proposal.id)) continue;
    statuses.set(entry.stored.proposal.id, entry.status);
    if (entry.statusBy) statusNotes.set(entry.stored.proposal.id, { by: entry.statusBy, at: entry.statusAt });
  }
  const sampleIds = new Set(samples.map((entry) => entry.proposal.id));
  return {
    proposals: order.map((id) => byId.get(id) as StoredProposal),
    statuses,
    statusNotes,
    importedIds: new Set(order.filter((id) => !sampleIds.has(id))),
  };
}

/** JSON with object keys in sorted order, so that two copies compare equal whatever order their keys were written in. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

/** A proposal's text as submitted, for comparing two copies (the status is not part of it). */
function submittedText(entry: StoredProposal): string {
  return canonicalJson({ ...entry.proposal, status: null });
}

/**
 * The exact diff for a workspace proposal stored without one: the server's sample's, when the
 * sample is the very same text (a workspace seeded with the samples, by a client or server that
 * did not store diffs). Null otherwise: the diff is then computed from the texts.
 */
export function sampleDiffFor(entry: StoredProposal, samples: readonly StoredProposal[]): DocumentDiff | null {
  const sample = samples.find((candidate) => candidate.proposal.id === entry.proposal.id);
  if (!sample?.diff || sample.diff.changes.length === 0) return null;
  return submittedText(sample) === submittedText(entry) ? sample.diff : null;
}
