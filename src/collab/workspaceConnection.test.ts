/**
 * The provider wrapper against y-websocket's reference server on a loopback port, with
 * fake-indexeddb as the copy kept on the device. (The Clausewatch server has its own tests; the
 * browser test runs this client against it.)
 */
import 'fake-indexeddb/auto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import type { ConnectionStatus } from './connectionStatus.ts';
import { statusBecomes } from './testing/statusBecomes.ts';
import { addToLibrary, readLibrary } from './library.ts';
import { readPresence, setPresence } from './presence.ts';
import { fakeNetwork } from './testing/fakeNetwork.ts';
import type { FakeNetwork } from './testing/fakeNetwork.ts';
import { startReferenceServer } from './testing/referenceServer.ts';
import type { ReferenceServer } from './testing/referenceServer.ts';
import { sampleResolution } from './testing/sampleTexts.ts';
import { connectWorkspace } from './workspaceConnection.ts';
import type { ConnectOptions, WorkspaceConnection } from './workspaceConnection.ts';


const TOKEN = 'good-token';
let server: ReferenceServer;
const open: WorkspaceConnection[] = [];

beforeAll(async () => {
  server = await startReferenceServer(TOKEN);
});
afterEach(async () => {
  await Promise.all(open.splice(0).map((connection) => connection.destroy()));
});
afterAll(async () => {
  await server.close();
});

function connect(workspace: string, options: Partial<ConnectOptions> = {}): WorkspaceConnection {
  const connection = connectWorkspace({
    serverUrl: server.url,
    workspace,
    token: TOKEN,
    offlineStore: null,
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    ackDelayMs: 20,
    ...options,
  });
  open.push(connection);
  return connection;
}


/** Resolves when `check` holds, re-checked on every update of `doc`. */
function docSatisfies(doc: Y.Doc, check: () => boolean, timeoutMs = 5000): Promise<void> {
  if (check()) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      doc.off('update', onUpdate);
      reject(new Error('the document never reached the expected state'));
    }, timeoutMs);
    const onUpdate = (): void => {
      if (!check()) return;
      clearTimeout(timer);
      doc.off('update', onUpdate);
      resolve();
    };
    doc.on('update', onUpdate);
  });
}

function statusLog(connection: WorkspaceConnection): ConnectionStatus[] {
  const log: ConnectionStatus[] = [connection.status()];
  connection.onStatus((status) => log.push(status));
  return log;
}

const libraryIds = (doc: Y.Doc): string[] => readLibrary(doc).entries.map((entry) => entry.document.id).sort();

describe('a workspace connection', () => {
  it('syncs two clients through the server and says "saved" only once the server has the change', async () => {
    const ana = connect('sync');
    const ben = connect('sync');
    await Promise.all([statusBecomes(ana, 'connected'), statusBecomes(ben, 'connected')]);
    const log = statusLog(ana);
    addToLibrary(ana.doc, [sampleResolution('901')], { by: 'Ana' });
    expect(ana.status()).toBe('syncing');
    await statusBecomes(ana, 'saved');
    expect(log).toEqual(['connected', 'syncing', 'saved']);
    // "saved" means the server holds it.
    expect(libraryIds(server.doc('sync')!)).toEqual(['res901']);
    await docSatisfies(ben.doc, () => libraryIds(ben.doc).length === 1);
    expect(libraryIds(ben.doc)).toEqual(['res901']);
  });

  it('shows offline while the network is gone, keeps edits, and merges both sides on reconnecting', async () => {
    const network: FakeNetwork = fakeNetwork();
    const ana = connect('offline', { network });
    const ben = connect('offline');
    await Promise.all([statusBecomes(ana, 'connected'), statusBecomes(ben, 'connected')]);
    const log = statusLog(ana);
    network.set(false);
    expect(ana.status()).toBe('offline');
    addToLibrary(ana.doc, [sampleResolution('901')], { by: 'Ana' });
    addToLibrary(ben.doc, [sampleResolution('902')], { by: 'Ben' });
    await statusBecomes(ben, 'saved');
    expect(libraryIds(ana.doc)).toEqual(['res901']);
    network.set(true);
    await statusBecomes(ana, 'saved');
    expect(log).toEqual(['connected', 'offline', 'syncing', 'saved']);
    await docSatisfies(ben.doc, () => libraryIds(ben.doc).length === 2);
    expect(libraryIds(ana.doc)).toEqual(['res901', 'res902']);
    expect(libraryIds(ben.doc)).toEqual(['res901', 'res902']);
  });

  it('keeps offline edits on the device across a reload, and sends them once back online', async () => {
    const network = fakeNetwork();
    const store = `clausewatch-test:${Math.random()}`;
    const first = connect('reload', { network, offlineStore: store });
    await statusBecomes(first, 'connected');
    network.set(false);
    for (let i = 0; i < 200; i++) first.doc.getMap('settings').set(`edit-${i % 20}`, i);
    addToLibrary(first.doc, [sampleResolution('903')], { by: 'Ana' });
    await first.destroy();

    // The page is reloaded while still offline: the edits come back from IndexedDB.
    const second = connect('reload', { network, offlineStore: store });
    await second.whenLoaded;
    expect(libraryIds(second.doc)).toEqual(['res903']);
    expect(second.status()).toBe('offline');
    const log = statusLog(second);
    network.set(true);
    await statusBecomes(second, 'saved');
    // This session never reached the server before: it says so ("connecting") before syncing.
    expect(log).toEqual(['offline', 'connecting', 'syncing', 'saved']);
    expect(libraryIds(server.doc('reload')!)).toEqual(['res903']);
    expect(server.doc('reload')!.getMap('settings').get('edit-19')).toBe(199);
    // A reload after that does not duplicate anything.
    await second.destroy();
    const third = connect('reload', { offlineStore: store });
    await statusBecomes(third, 'connected');
    expect(libraryIds(third.doc)).toEqual(['res903']);
    expect(third.doc.getMap('library').size).toBe(1);
  });

  it('says "refused" when the server keeps turning the token away while it is up', async () => {
    const refused = connect('secret', { token: 'wrong', serverReachable: async () => (await fetch(server.httpUrl)).ok });
    await statusBecomes(refused, 'refused', 10_000);
    expect(server.doc('secret')).toBeUndefined();
    refused.retry(TOKEN);
    await statusBecomes(refused, 'connected');
  });

  it('shares presence: names, colours and the clause each person is on', async () => {
    const ana = connect('presence');
    const ben = connect('presence');
    await Promise.all([statusBecomes(ana, 'connected'), statusBecomes(ben, 'connected')]);
    setPresence(ana.awareness, { user: { name: 'Ana', color: '#1d4e89' }, view: { kind: 'document', id: 'res901' }, clause: 'res901/considering/a' });
    setPresence(ben.awareness, { user: { name: 'Ben', color: '#a93226' }, view: null, clause: null });
    await new Promise<void>((resolve) => {
      const check = (): void => {
        if (readPresence(ben.awareness).some((person) => person.name === 'Ana' && person.clause === 'res901/considering/a')) resolve();
      };
      ben.awareness.on('change', check);
      check();
    });
    expect(readPresence(ben.awareness).map((person) => [person.name, person.self])).toEqual([
      ['Ben', true],
      ['Ana', false],
    ]);
  });
});
