import { describe, expect, it } from 'vitest';
import { loadCredentials, loadName, saveCredentials, saveName, userFor } from './credentials.ts';
import type { KeyValueStore } from './credentials.ts';
import { readLink, shareLinkFor, syncUrlFor, workspaceNameProblem, workspaceUrl } from './shareLink.ts';

function memoryStore(): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (key) => data.get(key) ?? null, setItem: (key, value) => void data.set(key, value), removeItem: (key) => void data.delete(key) };
}

describe('share links', () => {
  it('round-trip: the link built for a workspace reads back as the same workspace, token and role', () => {
    const link = new URL(shareLinkFor('http://127.0.0.1:8080', 'pp26-prep', 'tok+en/with=odd&chars', 'commenter'));
    expect(readLink(link)).toEqual({ workspace: 'pp26-prep', workspaceProblem: null, token: 'tok+en/with=odd&chars', role: 'commenter', hash: '' });
    expect(link.search).toBe('?workspace=pp26-prep');
  });

  it('leave a permalink fragment alone and read no token from it', () => {
    expect(readLink({ search: '?workspace=demo', hash: '#res130/resolves/3' })).toEqual({ workspace: 'demo', workspaceProblem: null, token: null, role: null, hash: '#res130/resolves/3' });
    expect(readLink({ search: '', hash: '' }).workspace).toBeNull();
  });

  it('refuse a workspace name the server would refuse, saying why, and ignore an unknown role', () => {
    const claims = readLink({ search: '?workspace=Demo%20Room', hash: '#token=abc&role=admin' });
    expect(claims.workspace).toBeNull();
    expect(claims.workspaceProblem).toContain('lower-case letters');
    expect(claims.role).toBeNull();
    expect(claims.token).toBe('abc');
    expect(workspaceNameProblem('')).toBe('The workspace name is empty.');
    expect(workspaceNameProblem('a'.repeat(64))).toContain('limit is 63');
    expect(workspaceNameProblem('-x')).not.toBeNull();
  });

  it('point the sync endpoint at the page\'s own host, secure under https', () => {
    expect(syncUrlFor({ protocol: 'http:', host: '127.0.0.1:8080' })).toBe('ws://127.0.0.1:8080/ws');
    expect(syncUrlFor({ protocol: 'https:', host: 'watch.example.org' })).toBe('wss://watch.example.org/ws');
    expect(workspaceUrl('http://h', 'demo')).toBe('http://h/?workspace=demo');
    expect(workspaceUrl('http://h', null)).toBe('http://h/');
  });
});

describe('stored credentials', () => {
  it('are kept per workspace and survive garbage in storage', () => {
    const store = memoryStore();
    saveCredentials(store, 'a', { token: 't1', role: 'viewer' });
    expect(loadCredentials(store, 'a')).toEqual({ token: 't1', role: 'viewer' });
    expect(loadCredentials(store, 'b')).toBeNull();
    store.setItem('clausewatch:workspace:b', '{not json');
    expect(loadCredentials(store, 'b')).toBeNull();
    store.setItem('clausewatch:workspace:c', JSON.stringify({ token: 't3', role: 'overlord' }));
    expect(loadCredentials(store, 'c')).toEqual({ token: 't3', role: 'editor' });
  });

  it('remember the person\'s name, and give nameless people a placeholder with a colour', () => {
    const store = memoryStore();
    expect(loadName(store)).toBe('');
    saveName(store, '  Ana  ');
    expect(loadName(store)).toBe('Ana');
    expect(userFor('')).toMatchObject({ name: 'Anonymous analyst' });
    expect(userFor('Ana').color).toMatch(/^#[0-9a-f]{6}$/);
  });
});
