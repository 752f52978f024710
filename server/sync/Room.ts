import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { ServerLogger } from '../log.ts';
import type { Storage } from '../storage/index.ts';
import { CLOSE } from './closeCodes.ts';
import type { CloseReason } from './closeCodes.ts';
import { awarenessMessage, syncStep1Message, syncStep2Message, updateMessage } from './messages.ts';

/** A connection as a room sees it. */
export interface RoomMember {
  send(message: Uint8Array): void;
  close(reason: CloseReason): void;
}

/** Tagged transaction origins: where a change to the room's document came from. */
type Origin = { kind: 'load' } | { kind: 'member'; member: RoomMember };

/** The log is compacted into a snapshot once it holds this many updates... */
const COMPACT_AFTER_ENTRIES = 5_000;
/** ...or once it is this large and larger than the snapshot (so compaction stays O(1) per byte). */
const COMPACT_AFTER_BYTES = 1024 * 1024;

/** The stored state of a workspace could not be read or applied; the room refuses to open. */
export class RoomLoadError extends Error {
  override readonly name = 'RoomLoadError';
}

/** How a room commits: each member update at once, or every update of one event-loop turn together. */
export type CommitMode = 'each' | 'turn';

/**
 * One workspace: its Y.Doc, the presence of everyone in it, and its members. Changes are
 * applied to the document at once, but only broadcast after they are stored (`flush`): with
 * commit mode `each`, right after each member update (the cheapest latency when a commit costs
 * no fsync); with `turn`, the updates of one event-loop turn share one commit (group commit, for
 * when every commit waits for an fsync). Then they go to every member but the one they came
 * from. Anything sent to a member (updates, sync step 2) is therefore already stored.
 */
export class Room {
  readonly doc: Y.Doc;
  readonly awareness: awarenessProtocol.Awareness;
  /** Members and the presence (awareness) client IDs each one controls. */
  private readonly members = new Map<RoomMember, Set<number>>();
  private pending: Array<{ update: Uint8Array; from: RoomMember | null }> = [];
  private flushScheduled = false;
  private failed = false;
  private closed = false;
  private bytes: number;
  private logEntries: number;
  private logBytes: number;
  private lastSeq: number;

  /**
   * Opens a workspace from storage. Throws RoomLoadError when its stored state cannot be read
   * or does not decode: a room must never serve (and later store) a partial document.
   */
  static open(name: string, storage: Storage, logger: ServerLogger, commit: CommitMode = 'each'): Room {
    const started = performance.now();
    let state;
    try {
      state = storage.load(name);
    } catch (error) {
      throw new RoomLoadError(`reading workspace "${name}" failed: ${(error as Error).message}`);
    }
    const doc = new Y.Doc();
    try {
      const origin: Origin = { kind: 'load' };
      doc.transact(() => state.entries.forEach((entry) => Y.applyUpdate(doc, entry, origin)), origin);
    } catch (error) {
      doc.destroy();
      throw new RoomLoadError(`workspace "${name}" has a stored update that does not decode: ${(error as Error).message}`);
    }
    if (doc.store.pendingStructs !== null || doc.store.pendingDs !== null) {
      logger.warn({ workspace: name }, 'the stored workspace has updates whose dependencies are missing; serving the rest');
    }
    const room = new Room(name, doc, storage, logger, state, commit);
    logger.debug({ workspace: name, bytes: state.bytes, entries: state.entries.length, ms: Math.round(performance.now() - started) }, 'room opened');
    return room;
  }

  private constructor(
    readonly name: string,
    doc: Y.Doc,
    private readonly storage: Storage,
    private readonly logger: ServerLogger,
    state: { bytes: number; logEntries: number; logBytes: number; lastSeq: number },
    private readonly commit: CommitMode,
  ) {
    this.doc = doc;
    this.bytes = state.bytes;
    this.logEntries = state.logEntries;
    this.logBytes = state.logBytes;
    this.lastSeq = state.lastSeq;
    this.awareness = new awarenessProtocol.Awareness(doc);
    this.awareness.setLocalState(null);
    this.awareness.on('update', this.onAwarenessUpdate);
    doc.on('update', this.onDocUpdate);
  }

  /** Stored size of the workspace (snapshot and log), in bytes: what the room-size limit counts. */
  get storedBytes(): number {
    return this.bytes;
  }

  get memberCount(): number {
    return this.members.size;
  }

  /** True once storing failed: the room must be dropped and reopened from storage. */
  get isFailed(): boolean {
    return this.failed;
  }

  /** Adds a member and greets it: sync step 1 (the server's state vector) and everyone's presence. */
  join(member: RoomMember): void {
    this.members.set(member, new Set());
    member.send(syncStep1Message(this.doc));
    this.sendPresence(member);
  }

  /** Removes a member and its presence; returns how many members remain. */
  leave(member: RoomMember): number {
    const clients = this.members.get(member);
    if (clients === undefined) return this.members.size;
    this.members.delete(member);
    if (clients.size > 0) awarenessProtocol.removeAwarenessStates(this.awareness, [...clients], null);
    return this.members.size;
  }

  /** Sends a member everyone's presence. */
  sendPresence(member: RoomMember): void {
    const states = this.awareness.getStates();
    if (states.size > 0) member.send(awarenessMessage(awarenessProtocol.encodeAwarenessUpdate(this.awareness, [...states.keys()])));
  }

  /** Answers sync step 1 with step 2, after making everything it contains durable. */
  answerSyncStep1(member: RoomMember, stateVector: Uint8Array): void {
    this.flush();
    if (!this.failed) member.send(syncStep2Message(this.doc, stateVector));
  }

  /** Applies a member's document update (already checked against its role and well-formed). */
  applyUpdate(member: RoomMember, update: Uint8Array): void {
    const origin: Origin = { kind: 'member', member };
    Y.applyUpdate(this.doc, update, origin);
    if (this.commit === 'each') this.flush();
  }

  /** Applies a member's presence update; the member controls the client IDs it introduces. */
  applyAwareness(member: RoomMember, update: Uint8Array): void {
    awarenessProtocol.applyAwarenessUpdate(this.awareness, update, member);
  }

  /** Presence client IDs a member controls. */
  presenceOf(member: RoomMember): ReadonlySet<number> {
    return this.members.get(member) ?? new Set();
  }

  /**
   * Stores every update applied since the last flush in one durable commit, then broadcasts
   * them. If storing fails, nothing is broadcast: the room fails, closing its members (they
   * still have their changes and send them again when they reconnect to a reopened room).
   */
  flush(): void {
    if (this.pending.length === 0 || this.failed) return;
    const batch = this.pending;
    this.pending = [];
    try {
      this.lastSeq = this.storage.append(this.name, batch.map((entry) => entry.update));
    } catch (error) {
      this.fail(error);
      return;
    }
    for (const { update } of batch) {
      this.bytes += update.length;
      this.logBytes += update.length;
    }
    this.logEntries += batch.length;
    for (const { update, from } of batch) {
      const message = updateMessage(update);
      for (const member of this.members.keys()) if (member !== from) member.send(message);
    }
    if (this.logEntries >= COMPACT_AFTER_ENTRIES || (this.logBytes >= COMPACT_AFTER_BYTES && this.logBytes >= this.bytes - this.logBytes)) {
      this.compact();
    }
  }

  /** Replaces the stored log with one snapshot of the document (after a flush). */
  compact(): void {
    this.flush();
    if (this.failed || this.logEntries === 0) return;
    try {
      const state = Y.encodeStateAsUpdate(this.doc);
      this.storage.compact(this.name, state, this.lastSeq);
      this.logger.debug({ workspace: this.name, entries: this.logEntries, before: this.bytes, after: state.length }, 'compacted');
      this.bytes = state.length;
      this.logEntries = 0;
      this.logBytes = 0;
    } catch (error) {
      // The log is intact: compaction can wait for the next chance.
      this.logger.warn({ workspace: this.name, err: error }, 'compaction failed; the update log is kept');
    }
  }

  /** Flushes, compacts and frees the room; its members must have left (or be closed by the caller). */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.compact();
    this.awareness.off('update', this.onAwarenessUpdate);
    this.doc.off('update', this.onDocUpdate);
    this.awareness.destroy();
    this.doc.destroy();
  }

  private fail(error: unknown): void {
    this.failed = true;
    this.logger.error({ workspace: this.name, err: error }, 'storing updates failed; closing the room so that clients resend them');
    for (const member of [...this.members.keys()]) member.close(CLOSE.storageFailed);
  }

  private readonly onDocUpdate = (update: Uint8Array, origin: unknown): void => {
    const from = (origin as Origin | null)?.kind === 'member' ? (origin as Extract<Origin, { kind: 'member' }>).member : null;
    this.pending.push({ update, from });
    if (this.commit === 'turn' && !this.flushScheduled) {
      this.flushScheduled = true;
      // Everything applied in this event-loop turn is committed together (one fsync).
      setImmediate(() => {
        this.flushScheduled = false;
        try {
          this.flush();
        } catch (error) {
          this.logger.error({ workspace: this.name, err: error }, 'flushing a room failed');
        }
      });
    }
  };

  private readonly onAwarenessUpdate = (
    { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    const controlled = this.members.get(origin as RoomMember);
    if (controlled) {
      added.forEach((client) => controlled.add(client));
      removed.forEach((client) => controlled.delete(client));
    }
    const message = awarenessMessage(awarenessProtocol.encodeAwarenessUpdate(this.awareness, [...added, ...updated, ...removed]));
    for (const member of this.members.keys()) member.send(message);
  };
}
