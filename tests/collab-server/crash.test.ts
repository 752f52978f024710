import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { SqliteTokenStore } from '../../server/auth/index.ts';
import { openDatabase } from '../../server/storage/index.ts';
import { spawnServer } from './childServer.ts';
import type { ChildServer } from './childServer.ts';
import { connectClient, converged, docJson, whenDocs } from './testClient.ts';
import type { TestClient } from './testClient.ts';

// Every WebsocketProvider adds a process 'exit' listener.
process.setMaxListeners(100);

const dirs: string[] = [];
const children: ChildServer[] = [];
afterAll(() => {
  children.forEach((child) => child.kill('SIGKILL'));
  dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true }));
});

function dataDirWithToken(workspace: string): { dataDir: string; token: string } {
  const dataDir = mkdtempSync(join(tmpdir(), 'clausewatch-crash-'));
  dirs.push(dataDir);
  const db = openDatabase(dataDir);
  const { token } = new SqliteTokenStore(db).create(workspace, 'editor');
  db.close();
  return { dataDir, token };
}

async function start(dataDir: string): Promise<ChildServer> {
  const child = await spawnServer(dataDir);
  children.push(child);
  return child;
}

/** Is everything in `update` (its new structs and its deletions) in `doc`? */
function contains(doc: Y.Doc, update: Uint8Array): boolean {
  const missing = Y.decodeUpdate(Y.diffUpdate(update, Y.encodeStateVector(doc)));
  if (missing.structs.some((struct) => !(struct instanceof Y.Skip))) return false;
  const deleted = Y.createDeleteSetFromStructStore(doc.store);
  for (const [client, ranges] of Y.decodeUpdate(update).ds.clients) {
    for (const { clock, len } of ranges) {
      for (let c = clock; c < clock + len; c++) if (!Y.isDeleted(deleted, Y.createID(client, c))) return false;
    }
  }
  return true;
}

/** One client's steady load: a map entry and a text edit (insert, sometimes delete) every `everyMs`. */
function load(client: TestClient, index: number, everyMs: number): () => void {
  let n = 0;
  const timer = setInterval(() => {
    n++;
    client.doc.transact(() => {
      client.doc.getMap('log').set(`${index}:${n}`, n);
      const text = client.doc.getText('draftText');
      if (n % 4 === 0 && text.length > 3) text.delete(n % text.length, 1);
      else text.insert(n % (text.length + 1), `${index}.${n} `);
    });
  }, everyMs);
  return () => clearInterval(timer);
}

describe('crashes', () => {
  it('kill -9 during a 20-client load: after restart, no update any client received is missing', async () => {
    const workspace = 'crash-load';
    const { dataDir, token } = dataDirWithToken(workspace);
    const first = await start(dataDir);
    const clients = Array.from({ length: 20 }, () => connectClient(first.wsUrl, workspace, token));
    await Promise.all(clients.map((client) => client.synced()));

    // Every update a client receives from the server (from the others), recorded.
    const received: Uint8Array[] = [];
    let onThreshold: (() => void) | null = null;
    const threshold = new Promise<void>((resolve) => (onThreshold = resolve));
    for (const client of clients) {
      client.doc.on('update', (update: Uint8Array, origin: unknown) => {
        if (origin !== client.provider) return;
        received.push(update);
        if (received.length >= 3_000) onThreshold?.();
      });
    }
    const stops = clients.map((client, i) => load(client, i, 20));
    await threshold;
    first.kill('SIGKILL');
    const { signal } = await first.exited;
    stops.forEach((stop) => stop());
    expect(signal).toBe('SIGKILL');
    const receivedCount = received.length;
    clients.forEach((client) => client.provider.disconnect());

    const second = await start(dataDir);
    const restored = connectClient(second.wsUrl, workspace, token);
    await restored.synced();
    const lost = received.slice(0, receivedCount).filter((update) => !contains(restored.doc, update));
    expect(lost).toHaveLength(0);
    expect(restored.doc.getMap('log').size).toBeGreaterThan(100);

    // The clients still hold what the server never stored; reconnected, they all converge.
    const again = clients.map((client) => {
      client.provider.destroy();
      return connectClient(second.wsUrl, workspace, token, client.doc);
    });
    const docs = [restored.doc, ...again.map((client) => client.doc)];
    await whenDocs(docs, () => converged(docs), 'the 20 clients and the restored server to converge', 20_000);
    const json = docJson(restored.doc);
    for (const doc of docs) expect(docJson(doc)).toEqual(json);
    [restored, ...again].forEach((client) => client.destroy());
    second.kill('SIGTERM');
    await second.exited;
  }, 60_000);

  it('SIGTERM during editing: closes clients with 1001, stores and compacts everything, exits 0 within 10 s', async () => {
    const workspace = 'sigterm';
    const { dataDir, token } = dataDirWithToken(workspace);
    const child = await start(dataDir);
    const clients = Array.from({ length: 5 }, () => connectClient(child.wsUrl, workspace, token));
    await Promise.all(clients.map((client) => client.synced()));
    const received: Uint8Array[] = [];
    let onThreshold: (() => void) | null = null;
    const threshold = new Promise<void>((resolve) => (onThreshold = resolve));
    for (const client of clients) {
      client.doc.on('update', (update: Uint8Array, origin: unknown) => {
        if (origin !== client.provider) return;
        received.push(update);
        if (received.length >= 500) onThreshold?.();
      });
    }
    const closeCodes: number[] = [];
    clients.forEach((client) => client.provider.on('connection-close', (event: CloseEvent | null) => event && closeCodes.push(event.code)));
    const stops = clients.map((client, i) => load(client, i, 10));
    await threshold;
    const signalled = performance.now();
    child.kill('SIGTERM');
    const { code, at } = await child.exited;
    stops.forEach((stop) => stop());
    clients.forEach((client) => client.provider.disconnect());
    expect(code).toBe(0);
    expect(at - signalled).toBeLessThan(10_000);
    expect(closeCodes).toContain(1001);
    expect(child.lines.some((line) => line.includes('collaboration data stored and closed'))).toBe(true);

    // Flushed: the log was compacted into the snapshot on the way out.
    const db = openDatabase(dataDir);
    const logged = db.prepare('SELECT count(*) AS n FROM updates WHERE workspace = ?').get(workspace) as { n: number };
    const snapshot = db.prepare('SELECT data FROM snapshots WHERE workspace = ?').get(workspace) as { data: Buffer } | undefined;
    db.close();
    expect(logged.n).toBe(0);
    const stored = new Y.Doc();
    Y.applyUpdate(stored, new Uint8Array(snapshot!.data));
    expect(received.filter((update) => !contains(stored, update))).toHaveLength(0);
    clients.forEach((client) => client.destroy());
  }, 30_000);
});
