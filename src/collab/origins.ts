/**
 * Tagged transaction origins. Every change Clausewatch makes to a workspace document runs in a
 * transaction whose origin says what kind of change it is. Origins are recognised by their tag,
 * never by object identity (a copy, or an origin from another bundle, still counts), following
 * Tiptap's isChangeOrigin and Hocuspocus' TransactionOrigin.
 */

/** What a change did. */
export type ChangeKind =
  | 'seed-library'
  | 'import-documents'
  | 'put-proposals'
  | 'proposal-status'
  | 'draft-create'
  | 'draft-rename'
  | 'draft-delete'
  | 'settings';

/** The origin of a transaction Clausewatch started. */
export interface ClausewatchOrigin {
  readonly app: 'clausewatch';
  readonly kind: ChangeKind;
  /** Display name of the person who made the change, when known. */
  readonly by?: string;
}

const KINDS: ReadonlySet<string> = new Set<ChangeKind>([
  'seed-library',
  'import-documents',
  'put-proposals',
  'proposal-status',
  'draft-create',
  'draft-rename',
  'draft-delete',
  'settings',
]);

/** A fresh origin for a change of `kind`. */
export function originFor(kind: ChangeKind, by?: string): ClausewatchOrigin {
  return by === undefined ? { app: 'clausewatch', kind } : { app: 'clausewatch', kind, by };
}

/** The Clausewatch origin carried by a transaction's `origin`, or null for any other origin. */
export function clausewatchOrigin(origin: unknown): ClausewatchOrigin | null {
  if (typeof origin !== 'object' || origin === null) return null;
  const candidate = origin as { app?: unknown; kind?: unknown; by?: unknown };
  if (candidate.app !== 'clausewatch' || typeof candidate.kind !== 'string' || !KINDS.has(candidate.kind)) return null;
  if (candidate.by !== undefined && typeof candidate.by !== 'string') return null;
  return candidate as ClausewatchOrigin;
}

/** True when `origin` is a Clausewatch origin of the given kind (compared by tag, not identity). */
export function isOrigin(origin: unknown, kind: ChangeKind): boolean {
  return clausewatchOrigin(origin)?.kind === kind;
}

/**
 * True when a transaction came from elsewhere: another client through the server, or the copy kept
 * on this device. Yjs marks those transactions as not local, whatever object their origin is.
 */
export function isRemoteChange(transaction: { local: boolean }): boolean {
  return !transaction.local;
}
