import { canEdit, observeProposals, putProposals, readProposalRecords, setProposalStatus } from '../../collab/index.ts';
import type { ProposalReadCache, ProposalRecord, Role, WorkspaceConnection } from '../../collab/index.ts';
import type { DocumentDiff } from '../../core/diff/index.ts';
import { LOADING_PROPOSALS } from './proposalStore.ts';
import type { ProposalSnapshot, ProposalStore, StoredProposal } from './proposalStore.ts';
import { mergeSharedProposals, sampleDiffFor } from './sharedProposals.ts';

export interface WorkspaceProposalOptions {
  /** Who imports proposals and sets statuses, as teammates see it. */
  by: string;
  role: Role;
}

/** What a stored proposal was made from, so that an unchanged one stays the same object (its diff is cached by it). */
interface Made {
  document: object;
  diff: DocumentDiff | null;
  samples: readonly StoredProposal[];
  stored: StoredProposal;
}

/** Only the exact comparisons that cannot be recomputed are stored in the workspace. */
function exactDiffs(entries: readonly StoredProposal[]): Map<string, DocumentDiff> {
  const diffs = new Map<string, DocumentDiff>();
  for (const { proposal, diff } of entries) if (diff && proposal.provenance === 'tracked-changes') diffs.set(proposal.id, diff);
  return diffs;
}

const LOCAL_NOTE = 'Shown in this tab only: only editors can add proposals to the workspace, so your teammates do not see this one.';

/**
 * The proposals of a workspace, behind the same interface as the single-tab store: the server's
 * samples merged with the workspace's proposals (the workspace's copy wins by ID), live. Imports
 * and status changes go into the workspace for the whole team; someone who may not write there
 * (a viewer or commenter) sees imports in this tab only, and cannot change a status. The document
 * is observed only while something subscribes.
 */
export function createWorkspaceProposalStore(connection: Pick<WorkspaceConnection, 'doc' | 'writeRefusal'>, options: WorkspaceProposalOptions): ProposalStore {
  const { doc } = connection;
  const editor = canEdit(options.role);
  const cache: ProposalReadCache = new WeakMap();
  const made = new Map<string, Made>();
  const importNotes = new Map<string, string[]>();
  const listeners = new Set<() => void>();
  let samples: StoredProposal[] = [];
  let local: StoredProposal[] = [];
  let loadStatus: ProposalSnapshot['status'] = 'loading';
  let loadError: string | null = null;
  let snapshot: ProposalSnapshot = { ...LOADING_PROPOSALS, canSetStatus: editor };
  let stopObserving: (() => void) | null = null;

  const storedFor = (record: ProposalRecord): StoredProposal => {
    const id = record.proposal.id;
    const known = made.get(id);
    if (known && known.document === record.proposal.document && known.diff === record.diff && known.samples === samples) return known.stored;
    const plain: StoredProposal = { proposal: record.proposal, diff: record.diff, notes: importNotes.get(id) ?? [] };
    const stored = record.diff ? plain : { ...plain, diff: sampleDiffFor(plain, samples) };
    made.set(id, { document: record.proposal.document, diff: record.diff, samples, stored });
    return stored;
  };

  const refresh = (): void => {
    const { records, problems } = readProposalRecords(doc, cache);
    const shared = records.map((record) => ({ stored: storedFor(record), status: record.proposal.status, statusBy: record.statusBy, statusAt: record.statusAt }));
    const merged = mergeSharedProposals(samples, shared, local);
    const unreadable =
      problems.length === 0
        ? null
        : `${problems.length === 1 ? 'One proposal' : `${problems.length} proposals`} in this workspace could not be read and ${problems.length === 1 ? 'is' : 'are'} not shown (${problems[0].key}: ${problems[0].reason}).`;
    snapshot = {
      proposals: merged.proposals,
      status: loadStatus,
      error: loadError ?? unreadable,
      importedIds: merged.importedIds,
      statuses: merged.statuses,
      statusNotes: merged.statusNotes,
      canSetStatus: editor,
    };
  };
  const changed = (): void => {
    refresh();
    listeners.forEach((listener) => listener());
  };
  /** After a local write: the observer has already refreshed, unless nobody is watching. */
  const wrote = (): void => {
    if (!stopObserving) refresh();
  };
  refresh();

  const writeProblem = (): string | null => {
    if (!editor) return `You joined this workspace as a ${options.role}: only editors can change proposals in it.`;
    if (connection.writeRefusal() !== null) return 'The server does not accept changes from this token, so the workspace\'s proposals cannot be changed.';
    return null;
  };

  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      if (!stopObserving) {
        stopObserving = observeProposals(doc, changed);
        refresh();
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size > 0 || !stopObserving) return;
        stopObserving();
        stopObserving = null;
      };
    },
    loaded(proposals) {
      samples = proposals;
      loadStatus = 'ready';
      loadError = null;
      changed();
    },
    failed(message) {
      loadStatus = 'error';
      loadError = message;
      changed();
    },
    add(entries) {
      const present = new Set(snapshot.proposals.map((entry) => entry.proposal.id));
      const ids = entries.map((entry) => entry.proposal.id);
      const result = { added: ids.filter((id) => !present.has(id)), replaced: ids.filter((id) => present.has(id)) };
      // A newer copy, in the workspace or again in this tab, replaces one shown in this tab only.
      local = local.filter((entry) => !ids.includes(entry.proposal.id));
      if (writeProblem() === null) {
        entries.forEach((entry) => importNotes.set(entry.proposal.id, entry.notes));
        putProposals(doc, entries.map((entry) => entry.proposal), options.by, exactDiffs(entries));
        wrote();
      } else {
        local = [...local, ...entries.map((entry) => ({ ...entry, notes: [LOCAL_NOTE, ...entry.notes] }))];
        changed();
      }
      return result;
    },
    setStatus(proposalId, status) {
      const problem = writeProblem();
      if (problem) throw new Error(`setStatus: ${problem}`);
      if (!setProposalStatus(doc, proposalId, status, options.by)) {
        // A sample the team has not touched yet: it enters the workspace with this status.
        const sample = samples.find((entry) => entry.proposal.id === proposalId);
        if (!sample) throw new Error(`setStatus: there is no proposal ${proposalId}`);
        putProposals(doc, [{ ...sample.proposal, status }], options.by, exactDiffs([sample]));
      }
      wrote();
    },
  };
}
