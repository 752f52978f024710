import type { Storage, StoredState } from './Storage.ts';

interface Stored {
  snapshot: { seq: number; data: Uint8Array } | null;
  log: Array<{ seq: number; data: Uint8Array }>;
}

/**
 * The in-memory twin of SqliteStorage, for tests and for a server started without a data
 * directory. Stores copies, so a caller reusing its buffers cannot change what was stored.
 */
export class MemoryStorage implements Storage {
  private readonly workspaces = new Map<string, Stored>();
  private seq = 0;
  private closed = false;

  load(workspace: string): StoredState {
    this.assertOpen();
    const stored = this.workspaces.get(workspace);
    if (!stored) return { entries: [], bytes: 0, logEntries: 0, logBytes: 0, lastSeq: 0 };
    const logBytes = stored.log.reduce((sum, entry) => sum + entry.data.length, 0);
    const entries = [...(stored.snapshot ? [stored.snapshot.data] : []), ...stored.log.map((entry) => entry.data)].map((data) => data.slice());
    return {
      entries,
      bytes: logBytes + (stored.snapshot?.data.length ?? 0),
      logEntries: stored.log.length,
      logBytes,
      lastSeq: stored.log.at(-1)?.seq ?? stored.snapshot?.seq ?? 0,
    };
  }

  append(workspace: string, updates: readonly Uint8Array[]): number {
    this.assertOpen();
    const stored = this.workspace(workspace);
    for (const update of updates) stored.log.push({ seq: ++this.seq, data: update.slice() });
    return this.seq;
  }

  compact(workspace: string, state: Uint8Array, upToSeq: number): void {
    this.assertOpen();
    const stored = this.workspace(workspace);
    stored.snapshot = { seq: upToSeq, data: state.slice() };
    stored.log = stored.log.filter((entry) => entry.seq > upToSeq);
  }

  listWorkspaces(): string[] {
    this.assertOpen();
    return [...this.workspaces].filter(([, stored]) => stored.snapshot !== null || stored.log.length > 0).map(([name]) => name).sort();
  }

  close(): void {
    this.closed = true;
  }

  private workspace(name: string): Stored {
    let stored = this.workspaces.get(name);
    if (!stored) this.workspaces.set(name, (stored = { snapshot: null, log: [] }));
    return stored;
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('MemoryStorage used after close()');
  }
}
