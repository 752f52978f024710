/**
 * The demo workspace: the real server (startServer) with the real fixtures on a fresh data
 * directory creates workspace `demo` and prints a link; a real y-websocket client with the printed
 * token sees everything in it; a restart adds nothing; a data directory in use gets no demo.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { afterAll, describe, expect, it } from 'vitest';
import { readAnnotations, readLibrary, readProposals, readSettings } from '../src/collab/index.ts';
import { startServer } from '../server/index.ts';
import type { RunningServer } from '../server/index.ts';
import { SqliteStorage, openDatabase } from '../server/storage/index.ts';
import { memoryLogger } from '../server/testing/memoryLogger.ts';
import { connectClient } from './collab-server/testClient.ts';
import { FIXTURES } from './support/fixtureWorkspace.ts';

const root = mkdtempSync(join(tmpdir(), 'clausewatch-demo-ws-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const LINK = /^Demo workspace ready: (http:\/\/127\.0\.0\.1:(\d+))\/\?workspace=demo#token=([^&]+)&role=editor$/;

/** Starts the server as `clausewatch serve` would, collecting what it prints for the person who started it. */
async function start(dataDir: string | undefined, port = 0): Promise<{ server: RunningServer; printed: string[] }> {
  const printed: string[] = [];
  const server = await startServer({
    port,
    fixturesDir: FIXTURES,
    distDir: join(root, 'no-app'),
    logger: memoryLogger().logger,
    handleSignals: false,
    dataDir,
    announce: (line) => printed.push(line),
  });
  return { server, printed };
}

/** What a client with this token sees of workspace demo once synced. */
async function look(server: RunningServer, token: string) {
  const client = connectClient(`${server.url.replace(/^http/, 'ws')}/ws`, 'demo', token);
  try {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('timed out after 10 s waiting for workspace demo to sync')), 10_000);
    });
    await Promise.race([client.synced(), timeout]).finally(() => clearTimeout(timer));
    const { doc } = client;
    return {
      library: readLibrary(doc).entries.map((entry) => entry.document.id).sort(),
      proposals: readProposals(doc).proposals,
      annotations: readAnnotations(doc).annotations.map((a) => a.id),
      settings: readSettings(doc),
    };
  } finally {
    client.destroy();
  }
}

describe('the demo workspace', () => {
  it('is created on an empty data directory, with a printed link whose token opens everything, and only once', async () => {
    const dataDir = join(root, 'fresh');
    const first = await start(dataDir);
    let token: string;
    let seen: Awaited<ReturnType<typeof look>>;
    try {
      expect(first.printed).toHaveLength(1);
      const match = LINK.exec(first.printed[0]);
      expect(match, first.printed[0]).not.toBeNull();
      expect(match![1]).toBe(first.server.url);
      token = decodeURIComponent(match![3]);
      seen = await look(first.server, token);
      expect(seen.library.length).toBeGreaterThanOrEqual(5);
      expect(seen.library).toContain('res130');
      const onRes130 = seen.proposals.filter((p) => p.base.documentId === 'res130');
      expect(onRes130.length).toBeGreaterThanOrEqual(2);
      expect(new Set(onRes130.map((p) => p.status)).size).toBeGreaterThanOrEqual(2);
      expect(seen.annotations.length).toBeGreaterThanOrEqual(12);
      expect(seen.settings).toMatchObject({ name: 'Demo workspace' });
      expect(typeof seen.settings.librarySeededAt).toBe('string');
      expect(first.server.tokens.list('demo')).toHaveLength(1);
    } finally {
      await first.server.close();
    }

    const second = await start(dataDir);
    try {
      expect(second.printed).toEqual([]);
      const again = await look(second.server, token);
      expect(again.library).toEqual(seen.library);
      expect(again.annotations).toEqual(seen.annotations);
      expect(again.proposals.map((p) => p.id)).toEqual(seen.proposals.map((p) => p.id));
      expect(second.server.tokens.list('demo')).toHaveLength(1);
    } finally {
      await second.server.close();
    }
    const storage = new SqliteStorage(openDatabase(dataDir), { ownsDatabase: true });
    expect(storage.listWorkspaces()).toEqual(['demo']);
    storage.close();
  });

  it('is not created in a data directory that already holds a workspace', async () => {
    const dataDir = join(root, 'in-use');
    const storage = new SqliteStorage(openDatabase(dataDir), { ownsDatabase: true });
    const doc = new Y.Doc();
    doc.getMap('settings').set('name', 'Our team');
    storage.append('team', [Y.encodeStateAsUpdate(doc)]);
    storage.close();
    const { server, printed } = await start(dataDir);
    try {
      expect(printed).toEqual([]);
      expect(server.tokens.list('demo')).toEqual([]);
    } finally {
      await server.close();
    }
    const after = new SqliteStorage(openDatabase(dataDir), { ownsDatabase: true });
    expect(after.listWorkspaces()).toEqual(['team']);
    after.close();
  });

  it('is created in memory when the server has no data directory', async () => {
    const { server, printed } = await start(undefined);
    try {
      expect(printed).toHaveLength(1);
      const token = decodeURIComponent(LINK.exec(printed[0])![3]);
      expect((await look(server, token)).annotations.length).toBeGreaterThanOrEqual(12);
    } finally {
      await server.close();
    }
  });
});
