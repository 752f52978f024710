/**
 * The `proposals` root: one Y.Map per proposal, keyed by its ID ("EUR/44A7/1"). The proposal as
 * submitted is stored whole under `proposal` and never edited; its status at the conference is a
 * separate field, so that two analysts changing the status at once converge on one value without
 * touching the text. A proposal read from Word tracked changes also keeps its exact comparison
 * under `diff` (it cannot be recomputed from the texts); readers without it recompute.
 */
import * as Y from 'yjs';
import type { DocumentDiff } from '../core/diff/index.ts';
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
  /** Optional: the exact comparison with the base (Word tracked changes), plain JSON, replaced with `proposal`. */
  diff: 'diff',
} as const;

/** A proposal of the workspace with what the team recorded about it. */
export interface ProposalRecord {
  /** With its current status. */
  proposal: Proposal;
  /** The exact comparison stored with it, or null (then it is computed from the texts). */
  diff: DocumentDiff | null;
  /** Who set the status last and when; null when not recorded. */
  statusBy: string | null;
  statusAt: string | null;
}

/** A proposal's Y.Map, not yet in a document: insert it under `proposal.id`. */
export function proposalToYjs(proposal: Proposal, by: string, at: string = nowIso(), diff: DocumentDiff | null = null): Y.Map<unknown> {
  const { status, ...submitted } = proposal;
  const map = new Y.Map<unknown>();
  map.set(PROPOSAL_FIELDS.proposal, plainJson(submitted));
  map.set(PROPOSAL_FIELDS.status, status);
  map.set(PROPOSAL_FIELDS.statusBy, by);
  map.set(PROPOSAL_FIELDS.statusAt, at);
  if (diff) map.set(PROPOSAL_FIELDS.diff, plainJson(diff));
  return map;
}

/** A stored diff, when it has the shape of one for this proposal; anything else is ignored. */
function readDiff(value: unknown, proposalId: string): DocumentDiff | null {
  if (typeof value !== 'object' || value === null) return null;
  const diff = value as Partial<Record<keyof DocumentDiff, unknown>>;
  if (typeof diff.base !== 'string' || diff.proposal !== proposalId || typeof diff.summary !== 'object' || diff.summary === null) return null;
  if (!Array.isArray(diff.changes)) return null;
  const readable = diff.changes.every(
    (change: unknown) =>
      typeof change === 'object' && change !== null && typeof (change as { op?: unknown }).op === 'string' && Array.isArray((change as { hunks?: unknown }).hunks),
  );
  return readable ? (value as DocumentDiff) : null;
}

const optionalText = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** The submitted proposal (without status) read from its stored plain JSON, or why it cannot be read. */
function readSubmitted(key: string, submitted: unknown): Omit<Proposal, 'status'> | ReadProblem {
  if (typeof submitted !== 'object' || submitted === null) return { key, reason: 'the proposal text is missing' };
  const fields = submitted as Record<string, unknown>;
  if (fields.id !== key) return { key, reason: `the proposal stored under "${key}" is ${String(fields.id)}` };
  if (typeof fields.proposer !== 'string' || !Array.isArray(fields.operations)) return { key, reason: 'the proposal lacks its proposer or operations' };
  const base = fields.base as { documentId?: unknown; revision?: unknown } | null;
  if (typeof base !== 'object' || base === null || typeof base.documentId !== 'string') return { key, reason: 'the proposal does not say which text it amends' };
  const document = readDocument(fields.document);
  if (!document) return { key, reason: 'the proposal\'s text is not a readable document' };
  const { status: _ignored, ...rest } = submitted as Proposal;
  return { ...rest, document };
}

/**
 * Reads already done, by stored text (plain JSON, replaced whole, so an unchanged value reads the
 * same): with one, an unchanged proposal keeps the very same `document` object between reads.
 */
export type ProposalReadCache = WeakMap<object, Omit<Proposal, 'status'> | ReadProblem>;

/** A stored proposal read back with its status, stored diff and who set the status, or the reason it cannot be read. */
export function proposalRecordFromYjs(key: string, value: unknown, cache?: ProposalReadCache): ProposalRecord | ReadProblem {
  if (!(value instanceof Y.Map)) return { key, reason: 'the stored value is not a proposal' };
  const raw: unknown = value.get(PROPOSAL_FIELDS.proposal);
  const cacheable = typeof raw === 'object' && raw !== null;
  const cached = cacheable ? cache?.get(raw) : undefined;
  const submitted = cached && ('reason' in cached ? cached.key === key : cached.id === key) ? cached : readSubmitted(key, raw);
  if (cache && cacheable) cache.set(raw, submitted);
  if ('reason' in submitted) return submitted;
  const status: unknown = value.get(PROPOSAL_FIELDS.status);
  return {
    proposal: { ...submitted, status: typeof status === 'string' && STATUSES.has(status) ? (status as ProposalStatus) : 'submitted' },
    diff: readDiff(value.get(PROPOSAL_FIELDS.diff), key),
    statusBy: optionalText(value.get(PROPOSAL_FIELDS.statusBy)),
    statusAt: optionalText(value.get(PROPOSAL_FIELDS.statusAt)),
  };
}

/** A stored proposal read back, with its current status, or the reason it cannot be read. */
export function proposalFromYjs(key: string, value: unknown): Proposal | ReadProblem {
  const read = proposalRecordFromYjs(key, value);
  return 'reason' in read ? read : read.proposal;
}

/**
 * Every readable proposal of the workspace with its record, and what could not be read, in key
 * order (the same on every client). With a cache, an unchanged text is not read again.
 */
export function readProposalRecords(doc: Y.Doc, cache?: ProposalReadCache): { records: ProposalRecord[]; problems: ReadProblem[] } {
  const records: ProposalRecord[] = [];
  const problems: ReadProblem[] = [];
  const root = workspaceRoots(doc).proposals;
  for (const key of [...root.keys()].sort()) {
    const read = proposalRecordFromYjs(key, root.get(key), cache);
    if ('reason' in read) problems.push(read);
    else records.push(read);
  }
  return { records, problems };
}

/** Every readable proposal of the workspace, and what could not be read. */
export function readProposals(doc: Y.Doc): { proposals: Proposal[]; problems: ReadProblem[] } {
  const { records, problems } = readProposalRecords(doc);
  return { proposals: records.map((record) => record.proposal), problems };
}

/** Calls `listener` after every change to the proposals (a new text, a status; from anyone); returns the unsubscribe. */
export function observeProposals(doc: Y.Doc, listener: () => void): () => void {
  const root = workspaceRoots(doc).proposals;
  const handler = (): void => listener();
  root.observeDeep(handler);
  return () => root.unobserveDeep(handler);
}

/**
 * Puts proposals into the workspace. One already there gets the new text but keeps the status
 * the team gave it. `diffs` holds the exact comparisons (Word tracked changes) by proposal ID; a
 * proposal given without one loses any stored diff, which belonged to its old text.
 */
export function putProposals(doc: Y.Doc, proposals: Proposal[], by: string, diffs: ReadonlyMap<string, DocumentDiff> = new Map()): void {
  const root = workspaceRoots(doc).proposals;
  doc.transact(() => {
    for (const proposal of proposals) {
      const existing = root.get(proposal.id);
      const diff = diffs.get(proposal.id) ?? null;
      if (existing instanceof Y.Map) {
        const { status: _kept, ...submitted } = proposal;
        existing.set(PROPOSAL_FIELDS.proposal, plainJson(submitted));
        if (diff) existing.set(PROPOSAL_FIELDS.diff, plainJson(diff));
        else if (existing.has(PROPOSAL_FIELDS.diff)) existing.delete(PROPOSAL_FIELDS.diff);
      } else {
        root.set(proposal.id, proposalToYjs(proposal, by, nowIso(), diff));
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
