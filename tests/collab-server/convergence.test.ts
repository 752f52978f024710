import Database from 'better-sqlite3';
import fc from 'fast-check';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { connectClient, converged, docJson, whenDocs } from './testClient.ts';
import type { TestClient } from './testClient.ts';
import { startTestServer } from './testServer.ts';
import type { TestServer } from './testServer.ts';

let server: TestServer;
beforeAll(async () => { server = await startTestServer(); });
afterAll(async () => { await server.close(); });

/** One random edit by one client, on the kinds of shared types the app uses. */
type Edit =
  | { client: number; kind: 'text-insert'; at: number; text: string }
  | { client: number; kind: 'text-delete'; at: number; length: number }
  | { client: number; kind: 'map-set'; key: string; value: string }
  | { client: number; kind: 'map-delete'; key: string }
  | { client: number; kind: 'list-insert'; at: number; value: number }
  | { client: number; kind: 'list-delete'; at: number };

const editArb = (clients: number): fc.Arbitrary<Edit> => {
  const client = fc.integer({ min: 0, max: clients - 1 });
  const at = fc.nat({ max: 1000 });
  const key = fc.constantFrom('a', 'b', 'c', 'd', 'e');
  return fc.oneof(
    fc.record({ client, kind: fc.constant('text-insert' as const), at, text: fc.string({ minLength: 1, maxLength: 8 }) }),
    fc.record({ client, kind: fc.constant('text-delete' as const), at, length: fc.integer({ min: 1, max: 5 }) }),
    fc.record({ client, kind: fc.constant('map-set' as const), key, value: fc.string({ maxLength: 6 }) }),
    fc.record({ client, kind: fc.constant('map-delete' as const), key }),
    fc.record({ client, kind: fc.constant('list-insert' as const), at, value: fc.integer() }),
    fc.record({ client, kind: fc.constant('list-delete' as const), at }),
  );
};

function apply(doc: Y.Doc, edit: Edit): void {
  const text = doc.getText('draftText');
  const map = doc.getMap<string>('annotations');
  const list = doc.getArray<number>('proposals');
  switch (edit.kind) {
    case 'text-insert': text.insert(edit.at % (text.length + 1), edit.text); break;
    case 'text-delete': if (text.length > 0) text.delete(edit.at % text.length, Math.min(edit.length, text.length - (edit.at % text.length))); break;
    case 'map-set': map.set(edit.key, edit.value); break;
    case 'map-delete': map.delete(edit.key); break;
    case 'list-insert': list.insert(edit.at % (list.length + 1), [edit.value]); break;
    case 'list-delete': if (list.length > 0) list.delete(edit.at % list.length, 1); break;
  }
}

/** Applies edits in chunks, yielding to the event loop between chunks so messages cross in flight. */
async function play(clients: TestClient[], edits: Edit[]): Promise<void> {
  for (let i = 0; i < edits.length; i++) {
    apply(clients[edits[i].client].doc, edits[i]);
    if (i % 7 === 6) await new Promise((resolve) => setImmediate(resolve));
  }
}

let workspaceSeq = 0;
const freshWorkspace = (): string => `converge-${++workspaceSeq}`;

async function settle(clients: TestClient[]): Promise<void> {
  const docs = clients.map((client) => client.doc);
  await whenDocs(docs, () => converged(docs), 'all clients to converge');
  const json = docJson(docs[0]);
  for (const doc of docs.slice(1)) expect(docJson(doc)).toEqual(json);
}

describe('convergence with real clients', () => {
  it('3 clients with seeded random concurrent edits converge, and the server holds the same', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(editArb(3), { minLength: 20, maxLength: 150 }), async (edits) => {
        const workspace = freshWorkspace();
        const token = server.token(workspace, 'editor');
        const clients = [0, 1, 2].map(() => connectClient(server.wsUrl, workspace, token));
        try {
          await Promise.all(clients.map((client) => client.synced()));
          await play(clients, edits);
          await settle(clients);
          const late = connectClient(server.wsUrl, workspace, token);
          clients.push(late);
          await late.synced();
          await settle(clients);
        } finally {
          clients.forEach((client) => client.destroy());
        }
      }),
      { seed: 20261128, numRuns: 20 },
    );
  });

  it('merges hundreds of offline edits on reconnect; a restart keeps everything and duplicates nothing', async () => {
    const workspace = freshWorkspace();
    const token = server.token(workspace, 'editor');
    const clients = [0, 1, 2].map(() => connectClient(server.wsUrl, workspace, token));
    try {
      await Promise.all(clients.map((client) => client.synced()));
      const [edits] = fc.sample(fc.array(editArb(3), { minLength: 600, maxLength: 600 }), { seed: 20261128, numRuns: 1 });
      await play(clients, edits.slice(0, 100));
      await settle(clients);

      // Client 2 goes offline and works on; the others keep editing too.
      const offline = clients[2];
      offline.provider.disconnect();
      const offlineEdits = edits.slice(100, 450).map((edit) => ({ ...edit, client: 2 }));
      for (const edit of offlineEdits) apply(offline.doc, edit);
      await play(clients.slice(0, 2), edits.slice(450).map((edit) => ({ ...edit, client: edit.client % 2 })));
      await whenDocs([clients[0].doc, clients[1].doc], () => converged([clients[0].doc, clients[1].doc]), 'the online clients to converge');
      expect(converged([clients[0].doc, offline.doc])).toBe(false);
      offline.provider.connect();
      await settle(clients);
      const before = docJson(clients[0].doc);
      expect((before.draftText as string).length).toBeGreaterThan(0);

      // Restart on the same port and data dir: the providers reconnect by themselves.
      const resynced = clients.map((client) => new Promise<void>((resolve) => {
        const onSync = (state: boolean): void => { if (state) { client.provider.off('sync', onSync); resolve(); } };
        client.provider.on('status', ({ status }: { status: string }) => { if (status === 'disconnected') client.provider.on('sync', onSync); });
      }));
      await server.restart();
      const fresh = connectClient(server.wsUrl, workspace, token);
      await fresh.synced();
      expect(docJson(fresh.doc)).toEqual(before);
      await Promise.all(resynced);
      // Every client re-sent what it had; nothing of it was new, so nothing was stored or duplicated.
      const probe = connectClient(server.wsUrl, workspace, token);
      await probe.synced();
      expect(docJson(probe.doc)).toEqual(before);
      clients.push(fresh, probe);
      await settle(clients);
      const db = new Database(join(server.dataDir, 'clausewatch.sqlite'), { readonly: true });
      const logged = db.prepare('SELECT count(*) AS n FROM updates WHERE workspace = ?').get(workspace) as { n: number };
      db.close();
      expect(logged.n).toBe(0);
    } finally {
      clients.forEach((client) => client.destroy());
    }
  });
});
