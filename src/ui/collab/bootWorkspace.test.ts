import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../store/index.ts';
import { bootWorkspace } from './bootWorkspace.ts';
import { loadCredentials, saveName } from './credentials.ts';
import type { KeyValueStore } from './credentials.ts';

function environment(url: string, storage: KeyValueStore = memoryStore()) {
  const parsed = new URL(url);
  const replaced: string[] = [];
  return {
    env: {
      location: { protocol: parsed.protocol, host: parsed.host, pathname: parsed.pathname, search: parsed.search, hash: parsed.hash },
      history: { replaceState: (_data: unknown, _unused: string, next?: string | URL | null) => void replaced.push(String(next)) },
      storage,
      store: createAppStore(),
    },
    replaced,
  };
}

function memoryStore(): KeyValueStore {
  const data = new Map<string, string>();
  return { getItem: (key) => data.get(key) ?? null, setItem: (key, value) => void data.set(key, value), removeItem: (key) => void data.delete(key) };
}

describe('starting the app from its URL', () => {
  it('works alone without a workspace, leaving the address bar alone', () => {
    const { env, replaced } = environment('http://h/#res130/resolves/3');
    expect(bootWorkspace(env)).toEqual({ mode: 'alone' });
    expect(replaced).toEqual([]);
    expect(env.store.getState().credentialsPrompt).toBeNull();
  });

  it('stores a share link\'s token, takes it out of the address bar, and asks for a name it lacks', () => {
    const { env, replaced } = environment('http://h/?workspace=demo#token=s3cret&role=commenter');
    expect(bootWorkspace(env)).toEqual({ mode: 'needs-credentials', workspace: 'demo' });
    expect(replaced).toEqual(['/?workspace=demo']);
    expect(loadCredentials(env.storage, 'demo')).toEqual({ token: 's3cret', role: 'commenter' });
    expect(env.store.getState().credentialsPrompt).toEqual({ reason: 'missing', workspace: 'demo', token: 's3cret', role: 'commenter' });
  });

  it('asks for a token for a workspace it has none for, even when it knows the name', () => {
    const storage = memoryStore();
    saveName(storage, 'Ana');
    const { env } = environment('http://h/?workspace=demo', storage);
    expect(bootWorkspace(env).mode).toBe('needs-credentials');
    expect(env.store.getState().credentialsPrompt).toEqual({ reason: 'missing', workspace: 'demo' });
  });

  it('says why a workspace name in the URL cannot be used, and works alone meanwhile', () => {
    const { env } = environment('http://h/?workspace=Not%20Valid');
    expect(bootWorkspace(env)).toEqual({ mode: 'alone' });
    expect(env.store.getState().credentialsPrompt?.message).toContain('lower-case letters');
  });
});
