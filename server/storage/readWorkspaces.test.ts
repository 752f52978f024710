import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { afterAll, describe, expect, it } from 'vitest';
import { DATABASE_FILE, DataDirError, MemoryStorage, SqliteStorage, WorkspaceLoadError, loadWorkspaceDoc, openDatabase, openDatabaseReadOnly } from './index.ts';
import type { Storage } from './index.ts';

const dirs: string[] = [];
const tempDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'clausewatch-read-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A Yjs update that sets `key` in map `m`. */
function update(key: string, value: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getMap('m').set(key, value);
  return Y.encodeStateAsUpdate(doc);
}

describe.each<[string, () => Storage]>([
  ['MemoryStorage', () => new MemoryStorage()],
  ['SqliteStorage', () => new SqliteStorage(openDatabase(tempDir()), { ownsDatabase: true })],
])('%s.listWorkspaces', (_name, create) => {
  it('lists the workspaces with anything stored, by name, whether logged or compacted', () => {
    const storage = create();
    expect(storage.listWorkspaces()).toEqual([]);
    storage.load('only-read');
    storage.append('team-b', [update('a', '1')]);
    const seq = storage.append('team-a', [update('b', '2')]);
    storage.compact('team-a', update('b', '2'), seq);
    expect(storage.listWorkspaces()).toEqual(['team-a', 'team-b']);
    storage.close();
  });
});

describe('loadWorkspaceDoc', () => {
  it('applies the snapshot and the log in order', () => {
    const storage = new MemoryStorage();
    const seq = storage.append('w', [update('a', 'first')]);
    storage.compact('w', update('a', 'first'), seq);
    storage.append('w', [update('b', 'second')]);
    const doc = loadWorkspaceDoc(storage, 'w');
    expect(doc.getMap('m').toJSON()).toEqual({ a: 'first', b: 'second' });
  });

  it('refuses a stored update that does not decode, naming the workspace', () => {
    const storage = new MemoryStorage();
    storage.append('w', [Uint8Array.of(255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 1)]);
    expect(() => loadWorkspaceDoc(storage, 'w')).toThrow(WorkspaceLoadError);
    expect(() => loadWorkspaceDoc(storage, 'w')).toThrow(/workspace "w"/);
  });
});

describe('openDatabaseReadOnly', () => {
  it('reads what a writer committed, also while the writer keeps the database open, and cannot write', () => {
    const dir = tempDir();
    const writer = new SqliteStorage(openDatabase(dir), { ownsDatabase: true });
    writer.append('w', [update('a', '1')]);
    const db = openDatabaseReadOnly(dir);
    const reader = new SqliteStorage(db);
    expect(reader.listWorkspaces()).toEqual(['w']);
    writer.append('w', [update('b', '2')]);
    expect(loadWorkspaceDoc(reader, 'w').getMap('m').toJSON()).toEqual({ a: '1', b: '2' });
    expect(() => reader.append('w', [update('c', '3')])).toThrow(/readonly/i);
    db.close();
    writer.close();
  });

  it('names the data directory when there is no database, and creates nothing', () => {
    const dir = join(tempDir(), 'missing');
    expect(() => openDatabaseReadOnly(dir)).toThrow(DataDirError);
    expect(() => openDatabaseReadOnly(dir)).toThrow(`${dir}: no Clausewatch data here (no ${DATABASE_FILE})`);
  });

  it('refuses a file that is not a Clausewatch database, naming it', () => {
    const dir = tempDir();
    writeFileSync(join(dir, DATABASE_FILE), 'not a database at all'.repeat(100));
    expect(() => openDatabaseReadOnly(dir)).toThrow(new RegExp(`${DATABASE_FILE}: `));
  });
});
