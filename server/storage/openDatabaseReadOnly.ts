import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { BUSY_TIMEOUT_MS, DATABASE_FILE, DataDirError, SCHEMA_VERSION } from './openDatabase.ts';
import type { SqliteDatabase } from './openDatabase.ts';

/** The oldest schema this reader understands: version 1 has the same columns it reads. */
const OLDEST_READABLE_VERSION = 1;

/**
 * Opens the data directory's database for reading only, for commands that must not change it
 * (`clausewatch export`): never creates the file or the directory, never migrates. Works while a
 * server writes to it (WAL: a reader sees the last committed state). Throws DataDirError naming
 * the file when there is no database or it cannot be read.
 */
export function openDatabaseReadOnly(dataDir: string): SqliteDatabase {
  const file = join(dataDir, DATABASE_FILE);
  if (!existsSync(file)) {
    throw new DataDirError(`${dataDir}: no Clausewatch data here (no ${DATABASE_FILE}); pass --data-dir or set DATA_DIR to the server's data directory`);
  }
  let db: SqliteDatabase;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
  } catch (error) {
    throw new DataDirError(`${file}: cannot open the database: ${(error as Error).message}`);
  }
  try {
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > SCHEMA_VERSION) throw new Error(`it was written by a newer Clausewatch (schema ${version}, this one knows ${SCHEMA_VERSION})`);
    if (version < OLDEST_READABLE_VERSION) throw new Error('it holds no Clausewatch workspaces (no schema); start the server on this data directory first');
  } catch (error) {
    db.close();
    throw new DataDirError(`${file}: ${(error as Error).message}`);
  }
  return db;
}
