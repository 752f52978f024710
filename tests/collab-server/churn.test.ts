import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SqliteTokenStore } from '../../server/auth/index.ts';
import { openDatabase } from '../../server/storage/index.ts';
import { spawnServer } from './childServer.ts';
import type { ChildServer } from './childServer.ts';
import { openRaw } from './rawSocket.ts';
import { connectClient } from './testClient.ts';

process.setMaxListeners(100);

const WORKSPACES = Array.from({ length: 8 }, (_, i) => `churn-${i}`);
let dataDir: string;
let server: ChildServer;
let tokens: string[];
beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'clausewatch-churn-'));
  const db = openDatabase(dataDir);
  const store = new SqliteTokenStore(db);
  tokens = WORKSPACES.map((workspace) => store.create(workspace, 'editor').token);
  db.close();
  server = await spawnServer(dataDir, { MAX_CONNECTS_PER_MINUTE: '1000000' });
});
afterAll(async () => {
  server.kill('SIGTERM');
  await server.exited;
  rmSync(dataDir, { recursive: true, force: true });
});

const health = async (): Promise<{ rooms: number; connections: number }> => (await fetch(`${server.httpUrl}/healthz`)).json() as Promise<{ rooms: number; connections: number }>;

/** Waits (up to 10 s) for the server to report no rooms and no connections. */
async function untilIdle(): Promise<{ rooms: number; connections: number }> {
  const deadline = performance.now() + 10_000;
  for (;;) {
    const now = await health();
    if ((now.rooms === 0 && now.connections === 0) || performance.now() > deadline) return now;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** `count` connect/disconnect cycles, `parallel` at a time: mostly bare sockets, every tenth a syncing, editing client. */
async function churn(count: number, parallel: number): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < count) {
      const i = next++;
      const w = i % WORKSPACES.length;
      if (i % 10 === 0) {
        const client = connectClient(server.wsUrl, WORKSPACES[w], tokens[w]);
        await client.synced();
        client.doc.getMap('log').set(`cycle-${i}`, i);
        client.provider.awareness.setLocalStateField('clause', `res130/resolves/${i}`);
        client.destroy();
      } else {
        const socket = await openRaw(`${server.wsUrl}/${WORKSPACES[w]}?token=${tokens[w]}`);
        await socket.next(() => true);
        socket.ws.close();
        await socket.closed;
      }
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
}

it('thousands of connect/disconnect cycles leave no rooms open and memory near its baseline', async () => {
  await churn(300, 16);
  expect(await untilIdle()).toEqual({ ok: true, rooms: 0, connections: 0 });
  const baseline = await server.memory();
  await churn(3_000, 16);
  expect(await untilIdle()).toEqual({ ok: true, rooms: 0, connections: 0 });
  const after = await server.memory();
  const mb = (bytes: number): number => Math.round(bytes / 1024 / 102.4) / 10;
  expect(mb(after.heapUsed - baseline.heapUsed), `heap ${mb(baseline.heapUsed)} → ${mb(after.heapUsed)} MB`).toBeLessThan(4);
  expect(mb(after.rss - baseline.rss), `RSS ${mb(baseline.rss)} → ${mb(after.rss)} MB`).toBeLessThan(40);
}, 60_000);
