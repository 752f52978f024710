import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { DATABASE_FILE, DataDirError, MemoryStorage, SqliteStorage, openDatabase } from './index.ts';
import type { Storage } from './index.ts';

const dirs: string[] = [];
const tempDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'clausewatch-storage-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values);
const plain = (entries: Uint8Array[]): number[][] => entries.map((entry) => [...entry]);

const implementations: Array<[string, () => Storage]> = [
  ['MemoryStorage', () => new MemoryStorage()],
  ['SqliteStorage', () => new SqliteStorage(openDatabase(tempDir()), { ownsDatabase: true })],
];

describe.each(implementations)('%s (the Storage contract)', (_name, create) => {
  it('loads nothing for a workspace never written to', () => {
    const storage = create();
    expect(storage.load('fresh')).toEqual({ entries: [], bytes: 0, logEntries: 0, logBytes: 0, lastSeq: 0 });
    storage.close();
  });

  it('returns appended updates in order, per workspace', () => {
    const storage = create();
    storage.append('a', [bytes(1), bytes(2, 2)]);
    storage.append('b', [bytes(9)]);
    const last = storage.append('a', [bytes(3)]);
    const a = storage.load('a');
    expect(plain(a.entries)).toEqual([[1], [2, 2], [3]]);
    expect(a).toMatchObject({ bytes: 4, logEntries: 3, logBytes: 4, lastSeq: last });
    expect(plain(storage.load('b').entries)).toEqual([[9]]);
    storage.close();
  });

  it('compacts the log into a snapshot, keeping later updates', () => {
    const storage = create();
    const upTo = storage.append('a', [bytes(1), bytes(2)]);
    const later = storage.append('a', [bytes(3)]);
    storage.compact('a', bytes(7, 7, 7), upTo);
    const a = storage.load('a');
    expect(plain(a.entries)).toEqual([[7, 7, 7], [3]]);
    expect(a).toMatchObject({ bytes: 4, logEntries: 1, logBytes: 1, lastSeq: later });
    storage.compact('a', bytes(8), later);
    expect(storage.load('a')).toMatchObject({ entries: [bytes(8)], logEntries: 0, lastSeq: later });
    storage.close();
  });

  it('keeps its own copy of what it was given', () => {
    const storage = create();
    const update = bytes(1, 2, 3);
    storage.append('a', [update]);
    update[0] = 99;
    expect(plain(storage.load('a').entries)).toEqual([[1, 2, 3]]);
    storage.close();
  });
});

describe('SqliteStorage', () => {
  it('keeps everything across reopening the data directory', () => {
    const dir = tempDir();
    const first = new SqliteStorage(openDatabase(dir), { ownsDatabase: true });
    const seq = first.append('a', [bytes(1), bytes(2)]);
    first.compact('a', bytes(5), seq);
    first.append('a', [bytes(6)]);
    first.close();
    const second = new SqliteStorage(openDatabase(dir), { ownsDatabase: true });
    expect(plain(second.load('a').entries)).toEqual([[5], [6]]);
    expect(second.append('a', [bytes(7)])).toBeGreaterThan(seq + 1);
    second.close();
  });

  it('refuses a data file that is not a database, naming it, and leaves it alone', () => {
    const dir = tempDir();
    writeFileSync(join(dir, DATABASE_FILE), 'these are the analysts notes, not SQLite'.repeat(200));
    expect(() => openDatabase(dir)).toThrow(DataDirError);
    expect(() => openDatabase(dir)).toThrow(new RegExp(`${DATABASE_FILE}: `));
  });

  it('uses WAL with synchronous = NORMAL, or FULL when asked', () => {
    const db = openDatabase(tempDir());
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(1);
    db.close();
    const full = openDatabase(tempDir(), { synchronous: 'FULL' });
    expect(full.pragma('synchronous', { simple: true })).toBe(2);
    full.close();
  });
});

describe('openDatabase migrations', () => {
  it('upgrades a version-1 data directory, keeping its updates in order', () => {
    const dir = tempDir();
    const v1 = new Database(join(dir, DATABASE_FILE));
    v1.exec(`CREATE TABLE updates (seq INTEGER PRIMARY KEY AUTOINCREMENT, workspace TEXT NOT NULL, data BLOB NOT NULL);
      CREATE INDEX updates_by_workspace ON updates (workspace, seq);
      CREATE TABLE snapshots (workspace TEXT PRIMARY KEY, seq INTEGER NOT NULL, data BLOB NOT NULL, updated_at TEXT NOT NULL);
      CREATE TABLE tokens (id TEXT PRIMARY KEY, workspace TEXT NOT NULL, role TEXT NOT NULL, hash TEXT NOT NULL UNIQUE, created_at TEXT NOT NULL, revoked_at TEXT);`);
    const insert = v1.prepare('INSERT INTO updates (workspace, data) VALUES (?, ?)');
    for (const [workspace, byte] of [['a', 1], ['b', 9], ['a', 2], ['a', 3]] as const) insert.run(workspace, Buffer.from([byte]));
    v1.prepare("INSERT INTO tokens VALUES ('tok_1', 'a', 'editor', 'h', 'now', NULL)").run();
    v1.pragma('user_version = 1');
    v1.close();
    const storage = new SqliteStorage(openDatabase(dir), { ownsDatabase: true });
    expect(plain(storage.load('a').entries)).toEqual([[1], [2], [3]]);
    expect(plain(storage.load('b').entries)).toEqual([[9]]);
    storage.append('a', [bytes(4)]);
    expect(plain(storage.load('a').entries)).toEqual([[1], [2], [3], [4]]);
    storage.close();
    const db = openDatabase(dir);
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    expect(db.prepare('SELECT count(*) AS n FROM tokens').get()).toEqual({ n: 1 });
    db.close();
  });
});
