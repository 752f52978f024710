/**
 * The `proposals` root: one Y.Map per proposal, keyed by its ID ("EUR/44A7/1"). The proposal as
 * submitted is stored whole under `proposal` and never edited; its status at the conference is a
 * separate field, so that two analysts changing the status at once converge on one value without
 * touching the text.
 */
import * as Y from 'yjs';
import { PROPOSAL_STATUSES } from '../core/model/index.ts';
import type { Proposal, ProposalStatus } from '../core/model/index.ts';
import { readDocument } from './documentShape.ts';
import { originFor } from './origins.ts';
import { nowIso, plainJson, workspaceRoots } from './schema.ts';
import type { ReadProblem } from './schema.ts';

export { PROPOSAL_STATUSES };

const STATUSES: ReadonlySet<string> = new Set(PROPOSAL_STATUSES);

/** The fields of a proposal's Y.Map. */
export const PROPOSAL_FIELDS = {
  /** The proposal as submitted, without its status: plain JSON, replaced whole on re-import. */
  proposal: 'proposal',
  status: 'status',
  /** Who set the status last, and when (ISO 8601). */
  statusBy: 'statusBy',
  statusAt: 'statusAt',
} as const;

/** A proposal's Y.Map, not yet in a document: insert it under `proposal.id`. */
export function proposalToYjs(proposal: Proposal, by: string, at: string = nowIso()): Y.Map<unknown> {
  const { status, ...submitted } = proposal;
  const map = new Y.Map<unknown>();
  map.set(PROPOSAL_FIELDS.proposal, plainJson(submitted));
  map.set(PROPOSAL_FIELDS.status, status);
  map.set(PROPOSAL_FIELDS.statusBy, by);
  map.set(PROPOSAL_FIELDS.statusAt, at);
  return map;
}

/** A stored proposal read back, with its current status, or the reason it cannot be read. */
export function proposalFromYjs(key: string, value: unknown): Proposal | ReadProblem {
  if (!(value instanceof Y.Map)) return { key, reason: 'the stored value is not a proposal' };
  const submitted: unknown = value.get(PROPOSAL_FIELDS.proposal);
  if (typeof submitted !== 'object' || submitted === null) return { key, reason: 'the proposal text is missing' };
  const fields = submitted as Record<string, unknown>;
  if (fields.id !== key) return { key, reason: `the proposal stored under "${key}" is ${String(fields.id)}` };
  if (typeof fields.proposer !== 'string' || !Array.isArray(fields.operations)) return { key, reason: 'the proposal lacks its proposer or operations' };
  const base = fields.base as { documentId?: unknown; revision?: unknown } | null;
  if (typeof base !== 'object' || base === null || typeof base.documentId !== 'string') return { key, reason: 'the proposal does not say which text it amends' };
  const document = readDocument(fields.document);
  if (!document) return { key, reason: 'the proposal\'s text is not a readable document' };
  const status: unknown = value.get(PROPOSAL_FIELDS.status);
  return {
    ...(submitted as Omit<Proposal, 'status'>),
    document,
    status: typeof status === 'string' && STATUSES.has(status) ? (status as ProposalStatus) : 'submitted',
  };
}

/** Every readable proposal of the workspace, and what could not be read. */
export function readProposals(doc: Y.Doc): { proposals: Proposal[]; problems: ReadProblem[] } {
  const proposals: Proposal[] = [];
  const problems: ReadProblem[] = [];
  workspaceRoots(doc).proposals.forEach((value, key) => {
    const read = proposalFromYjs(key, value);
    if ('reason' in read) problems.push(read);
    else proposals.push(read);
  });
  return { proposals, problems };
}

/**
 * Puts proposals into the workspace. One already there gets the new text but keeps the status
 * the team gave it.
 */
export function putProposals(doc: Y.Doc, proposals: Proposal[], by: string): void {
  const root = workspaceRoots(doc).proposals;
  doc.transact(() => {
    for (const proposal of proposals) {
      const existing = root.get(proposal.id);
      if (existing instanceof Y.Map) {
        const { status: _kept, ...submitted } = proposal;
        existing.set(PROPOSAL_FIELDS.proposal, plainJson(submitted));
      } else {
        root.set(proposal.id, proposalToYjs(proposal, by));
      }
    }
  }, originFor('put-proposals', by));
}

/** Sets a proposal's status; false when the workspace has no such proposal. */
export function setProposalStatus(doc: Y.Doc, proposalId: string, status: ProposalStatus, by: string, at: string = nowIso()): boolean {
  if (!STATUSES.has(status)) throw new Error(`setProposalStatus: unknown status "${status}"`);
  const map = workspaceRoots(doc).proposals.get(proposalId);
  if (!(map instanceof Y.Map)) return false;
  doc.transact(() => {
    map.set(PROPOSAL_FIELDS.status, status);
    map.set(PROPOSAL_FIELDS.statusBy, by);
    map.set(PROPOSAL_FIELDS.statusAt, at);
  }, originFor('proposal-status', by));
  return true;
}
