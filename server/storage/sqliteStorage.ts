import type { SqliteDatabase } from './openDatabase.ts';
import type { Storage, StoredState } from './Storage.ts';

interface Row {
  seq: number;
  data: Buffer;
}

/**
 * Storage in the SQLite database opened by `openDatabase`: table `updates` is the log (keyed by
 * workspace and a sequence number counted per workspace), table `snapshots` one compacted state
 * per workspace. One server process writes a data directory's workspaces (a second one would fail
 * its appends on the key, not overwrite). The caller owns the database connection unless
 * `ownsDatabase` is set.
 */
export class SqliteStorage implements Storage {
  private readonly db: SqliteDatabase;
  private readonly ownsDatabase: boolean;
  private readonly insertUpdate;
  private readonly selectSnapshot;
  private readonly selectUpdates;
  private readonly upsertSnapshot;
  private readonly deleteUpdates;
  private readonly selectLastSeq;
  private readonly selectWorkspaces;
  /** The last sequence number used, per workspace written to (read from the file on first use). */
  private readonly lastSeq = new Map<string, number>();

  constructor(db: SqliteDatabase, options: { ownsDatabase?: boolean } = {}) {
    this.db = db;
    this.ownsDatabase = options.ownsDatabase ?? false;
    this.insertUpdate = db.prepare<[string, number, Uint8Array]>('INSERT INTO updates (workspace, seq, data) VALUES (?, ?, ?)');
    this.selectLastSeq = db.prepare<[string, string], { seq: number | null }>(
      'SELECT max(seq) AS seq FROM (SELECT max(seq) AS seq FROM updates WHERE workspace = ? UNION ALL SELECT seq FROM snapshots WHERE workspace = ?)',
    );
    this.selectSnapshot = db.prepare<[string], Row>('SELECT seq, data FROM snapshots WHERE workspace = ?');
    this.selectUpdates = db.prepare<[string, number], Row>('SELECT seq, data FROM updates WHERE workspace = ? AND seq > ? ORDER BY seq');
    this.upsertSnapshot = db.prepare<[string, number, Uint8Array, string]>(
      `INSERT INTO snapshots (workspace, seq, data, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (workspace) DO UPDATE SET seq = excluded.seq, data = excluded.data, updated_at = excluded.updated_at`,
    );
    this.deleteUpdates = db.prepare<[string, number]>('DELETE FROM updates WHERE workspace = ? AND seq <= ?');
    this.selectWorkspaces = db.prepare<[], { workspace: string }>('SELECT workspace FROM updates UNION SELECT workspace FROM snapshots ORDER BY workspace');
  }

  load(workspace: string): StoredState {
    // One read transaction: a compaction by another connection cannot fall between the two reads.
    return this.db.transaction((): StoredState => {
      const snapshot = this.selectSnapshot.get(workspace);
      const log = this.selectUpdates.all(workspace, snapshot?.seq ?? 0);
      const entries: Uint8Array[] = snapshot ? [toBytes(snapshot.data)] : [];
      let logBytes = 0;
      for (const row of log) {
        entries.push(toBytes(row.data));
        logBytes += row.data.length;
      }
      return {
        entries,
        bytes: logBytes + (snapshot?.data.length ?? 0),
        logEntries: log.length,
        logBytes,
        lastSeq: log.at(-1)?.seq ?? snapshot?.seq ?? 0,
      };
    }).deferred();
  }

  append(workspace: string, updates: readonly Uint8Array[]): number {
    let seq = this.lastSeq.get(workspace) ?? this.selectLastSeq.get(workspace, workspace)?.seq ?? 0;
    try {
      if (updates.length === 1) {
        // One statement, its own transaction: the cheapest commit (this runs before every broadcast).
        this.insertUpdate.run(workspace, ++seq, updates[0]);
      } else {
        this.db.transaction(() => {
          for (const update of updates) this.insertUpdate.run(workspace, ++seq, update);
        }).immediate();
      }
    } catch (error) {
      this.lastSeq.delete(workspace);
      throw error;
    }
    this.lastSeq.set(workspace, seq);
    return seq;
  }

  compact(workspace: string, state: Uint8Array, upToSeq: number): void {
    this.db.transaction(() => {
      this.upsertSnapshot.run(workspace, upToSeq, state, new Date().toISOString());
      this.deleteUpdates.run(workspace, upToSeq);
    }).immediate();
  }

  listWorkspaces(): string[] {
    return this.selectWorkspaces.all().map((row) => row.workspace);
  }

  close(): void {
    if (this.ownsDatabase && this.db.open) this.db.close();
  }
}

/** better-sqlite3 returns Buffers; Yjs wants plain Uint8Arrays (a view, no copy). */
const toBytes = (buffer: Buffer): Uint8Array => new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
