import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../storage/index.ts';
import { MemoryTokenStore } from './memoryTokenStore.ts';
import { SqliteTokenStore } from './sqliteTokenStore.ts';
import { hashToken } from './tokenSecret.ts';
import type { TokenStore } from './TokenStore.ts';
import { workspaceNameProblem } from './workspaceName.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const sqliteDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'clausewatch-tokens-'));
  dirs.push(dir);
  return dir;
};

const implementations: Array<[string, () => TokenStore]> = [
  ['MemoryTokenStore', () => new MemoryTokenStore()],
  ['SqliteTokenStore', () => new SqliteTokenStore(openDatabase(sqliteDir()))],
];

describe.each(implementations)('%s (the TokenStore contract)', (_name, create) => {
  it('creates tokens that verify to their workspace and role, once per secret', () => {
    const store = create();
    const a = store.create('team-a', 'editor');
    const b = store.create('team-a', 'viewer');
    expect(a.token).toMatch(/^cwt_[A-Za-z0-9_-]{43}$/);
    expect(a.token).not.toBe(b.token);
    expect(store.verify(a.token)).toEqual(a.record);
    expect(store.verify(b.token)).toMatchObject({ workspace: 'team-a', role: 'viewer', revokedAt: null });
    expect(store.verify(`${a.token.slice(0, -1)}x`)).toBeNull();
    expect(store.verify('')).toBeNull();
  });

  it('lists a workspace’s tokens without their secrets', () => {
    const store = create();
    const a = store.create('team-a', 'editor');
    store.create('team-b', 'commenter');
    const listed = store.list('team-a');
    expect(listed).toEqual([a.record]);
    expect(JSON.stringify(listed)).not.toContain(a.token);
  });

  it('revokes a token of its own workspace only, and reports the change', () => {
    const store = create();
    const a = store.create('team-a', 'editor');
    const marker = store.changeMarker();
    expect(store.revoke('team-b', a.record.id)).toBeNull();
    expect(store.verify(a.token)).not.toBeNull();
    const revoked = store.revoke('team-a', a.record.id);
    expect(revoked?.revokedAt).toEqual(expect.any(String));
    expect(store.verify(a.token)).toBeNull();
    expect(store.revokedAmong([a.record.id, 'tok_unknown'])).toEqual([a.record.id, 'tok_unknown']);
    expect(store.revoke('team-a', a.record.id)?.revokedAt).toBe(revoked?.revokedAt);
    if (store instanceof MemoryTokenStore) expect(store.changeMarker()).not.toBe(marker);
  });
});

describe('SqliteTokenStore', () => {
  it('stores only a hash of each token', () => {
    const dir = sqliteDir();
    const db = openDatabase(dir);
    const { token } = new SqliteTokenStore(db).create('team-a', 'editor');
    const rows = db.prepare('SELECT * FROM tokens').all();
    expect(JSON.stringify(rows)).not.toContain(token.slice(4));
    expect(rows).toEqual([expect.objectContaining({ hash: hashToken(token) })]);
    db.close();
  });

  it('sees a revocation made by another process (another connection) through changeMarker', () => {
    const dir = sqliteDir();
    const server = new SqliteTokenStore(openDatabase(dir));
    const cli = new SqliteTokenStore(openDatabase(dir));
    const { record } = cli.create('team-a', 'editor');
    const before = server.changeMarker();
    expect(server.revokedAmong([record.id])).toEqual([]);
    cli.revoke('team-a', record.id);
    expect(server.changeMarker()).not.toBe(before);
    expect(server.revokedAmong([record.id])).toEqual([record.id]);
  });
});

describe('workspaceNameProblem', () => {
  it('accepts plain names and explains bad ones', () => {
    expect(workspaceNameProblem('pp26-itu-team')).toBeNull();
    expect(workspaceNameProblem('a')).toBeNull();
    expect(workspaceNameProblem('')).toBe('the workspace name is empty');
    expect(workspaceNameProblem('Team A')).toContain('may only contain lower-case letters');
    expect(workspaceNameProblem('-team')).toContain('starts with a hyphen');
    expect(workspaceNameProblem('x'.repeat(64))).toContain('the limit is 63');
    expect(workspaceNameProblem('../etc')).not.toBeNull();
  });
});
