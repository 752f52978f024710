import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Database as SqliteDatabase } from 'better-sqlite3';

export type { SqliteDatabase };

/** The database file inside the data directory. */
export const DATABASE_FILE = 'clausewatch.sqlite';

/**
 * How long a writer waits for another process's lock before failing: the `token` command and the
 * server share the file, and either may be writing. Readers (openDatabaseReadOnly) wait as long.
 */
export const BUSY_TIMEOUT_MS = 5_000;

/** The schema's version, stored in `PRAGMA user_version`. */
export const SCHEMA_VERSION = 2;

/** MIGRATIONS[v] takes a database from version v to v + 1. */
const MIGRATIONS: readonly string[] = [
  `CREATE TABLE updates (
     seq INTEGER PRIMARY KEY AUTOINCREMENT,
     workspace TEXT NOT NULL,
     data BLOB NOT NULL
   );
   CREATE INDEX updates_by_workspace ON updates (workspace, seq);
   CREATE TABLE snapshots (
     workspace TEXT PRIMARY KEY,
     seq INTEGER NOT NULL,
     data BLOB NOT NULL,
     updated_at TEXT NOT NULL
   );
   CREATE TABLE tokens (
     id TEXT PRIMARY KEY,
     workspace TEXT NOT NULL,
     role TEXT NOT NULL CHECK (role IN ('editor', 'commenter', 'viewer')),
     hash TEXT NOT NULL UNIQUE,
     created_at TEXT NOT NULL,
     revoked_at TEXT
   );
   CREATE INDEX tokens_by_workspace ON tokens (workspace, created_at);`,
  // One b-tree page written per commit instead of three (table, index, AUTOINCREMENT counter):
  // updates keyed by (workspace, seq), seq counted per workspace. Old seqs keep their order.
  `ALTER TABLE updates RENAME TO updates_v1;
   CREATE TABLE updates (
     workspace TEXT NOT NULL,
     seq INTEGER NOT NULL,
     data BLOB NOT NULL,
     PRIMARY KEY (workspace, seq)
   ) WITHOUT ROWID;
   INSERT INTO updates (workspace, seq, data) SELECT workspace, seq, data FROM updates_v1;
   DROP TABLE updates_v1;`,
];

/** The data directory could not be opened; the message names the file and says why. */
export class DataDirError extends Error {
  override readonly name = 'DataDirError';
}

/**
 * How hard a commit waits for the disk. NORMAL (the default): in WAL mode a commit has been
 * written to the WAL file, in the operating system's hands, when it returns, so it survives the
 * server process crashing or being killed (kill -9, out of memory); only a crash of the machine
 * itself (power, kernel) can lose the commits since the last checkpoint's fsync (the Checkpointer
 * takes one every second). FULL also fsyncs the WAL on every commit, which survives that too, at
 * the price of one fsync per broadcast: on the shared virtual disk we measured, 3 ms at the median
 * and 50 ms at p99 added to every edit's propagation. NORMAL is the default because the
 * machine-crash window is covered anyway: every client that received an update still holds it (in
 * memory and in IndexedDB) and sends it back when it reconnects.
 */
export type Synchronous = 'NORMAL' | 'FULL';

export const SYNCHRONOUS_MODES: readonly Synchronous[] = ['NORMAL', 'FULL'];

/**
 * Opens (creating when missing) the SQLite database in `dataDir` that holds workspace documents
 * and tokens, in WAL mode with `synchronous` NORMAL or FULL (see Synchronous). Rooms commit all
 * the updates of one event-loop turn together, before broadcasting any of them.
 */
export function openDatabase(dataDir: string, options: { synchronous?: Synchronous } = {}): SqliteDatabase {
  const file = join(dataDir, DATABASE_FILE);
  let db: SqliteDatabase;
  try {
    // Created private to the server's user: it holds every workspace.
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    db = new Database(file, { timeout: BUSY_TIMEOUT_MS });
  } catch (error) {
    throw new DataDirError(`${file}: cannot open the database: ${(error as Error).message}`);
  }
  try {
    db.pragma('journal_mode = WAL');
    db.pragma(`synchronous = ${options.synchronous === 'FULL' ? 'FULL' : 'NORMAL'}`);
    db.pragma('foreign_keys = ON');
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > SCHEMA_VERSION) {
      throw new Error(`it was written by a newer Clausewatch (schema ${version}, this one knows ${SCHEMA_VERSION})`);
    }
    if (version < SCHEMA_VERSION) {
      db.transaction(() => {
        // Read again under the write lock: another process may have migrated meanwhile.
        for (let at = db.pragma('user_version', { simple: true }) as number; at < SCHEMA_VERSION; at++) db.exec(MIGRATIONS[at]);
        db.pragma(`user_version = ${SCHEMA_VERSION}`);
      }).immediate();
    }
  } catch (error) {
    db.close();
    throw new DataDirError(`${file}: ${(error as Error).message}`);
  }
  return db;
}
