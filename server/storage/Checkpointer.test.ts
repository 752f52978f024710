import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Checkpointer } from './Checkpointer.ts';
import { DATABASE_FILE, openDatabase } from './openDatabase.ts';
import { SqliteStorage } from './sqliteStorage.ts';

const dir = mkdtempSync(join(tmpdir(), 'clausewatch-checkpoint-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('Checkpointer', () => {
  it('takes checkpoints off the connection and leaves everything in the database file when stopped', async () => {
    const db = openDatabase(dir);
    const errors: string[] = [];
    const checkpointer = new Checkpointer(db, (message) => errors.push(message));
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    const storage = new SqliteStorage(db, { ownsDatabase: true });
    for (let i = 0; i < 3_000; i++) storage.append('w', [Uint8Array.of(i % 256, 1, 2, 3)]);
    const wal = join(dir, `${DATABASE_FILE}-wal`);
    // Far more than SQLite's own checkpoint every 1,000 pages (about 4 MB) would let it grow.
    expect(statSync(wal).size).toBeGreaterThan(10 * 1024 * 1024);
    storage.close();
    await checkpointer.stop();
    expect(errors).toEqual([]);
    expect(!existsSync(wal) || statSync(wal).size === 0).toBe(true);
    const reopened = new SqliteStorage(openDatabase(dir), { ownsDatabase: true });
    expect(reopened.load('w').logEntries).toBe(3_000);
    reopened.close();
  });
});
