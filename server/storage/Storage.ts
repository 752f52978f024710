/**
 * Where workspace documents live. A document is an append-only log of Yjs updates, compacted now
 * and then into a snapshot (itself one update). Implementations: SQLite (sqliteStorage.ts) and an
 * in-memory twin for tests (memoryStorage.ts). Every method is synchronous: when `append` returns,
 * the updates are durable, so the room may broadcast them.
 */
export interface Storage {
  /**
   * Reads a workspace's stored state: its snapshot (if any), then every update appended after it,
   * in order. A workspace never written to has no entries. Throws when the state cannot be read.
   */
  load(workspace: string): StoredState;
  /**
   * Appends updates to a workspace's log in one atomic write; durable on return.
   * Returns the sequence number of the last one. Throws (and writes nothing) on failure.
   */
  append(workspace: string, updates: readonly Uint8Array[]): number;
  /**
   * Replaces the snapshot and every logged update up to `upToSeq` with `state`, atomically.
   * `state` must contain everything those entries contained.
   */
  compact(workspace: string, state: Uint8Array, upToSeq: number): void;
  /** The workspaces that have anything stored (a snapshot or an update), sorted by name. */
  listWorkspaces(): string[];
  /** Flushes and releases the storage; later calls throw. */
  close(): void;
}

/** A workspace's stored state, oldest first: the snapshot (when there is one) then the log. */
export interface StoredState {
  entries: Uint8Array[];
  /** Bytes of all entries together: what the room-size limit counts. */
  bytes: number;
  /** Entries appended since the snapshot (the snapshot itself not counted). */
  logEntries: number;
  /** Bytes of those log entries. */
  logBytes: number;
  /** Sequence number of the newest entry, 0 when there is none. */
  lastSeq: number;
}
