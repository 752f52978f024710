/**
 * The client against the real Clausewatch server on a loopback port (memory storage): roles as
 * the client experiences them — a viewer's change dropped and reported, a bad or revoked token
 * refused — and "saved" meaning a fresh client gets the change from the server.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { createLogger, startServer } from '../../server/index.ts';
import type { RunningServer } from '../../server/index.ts';
import type { ConnectionStatus } from './connectionStatus.ts';
import { statusBecomes as statusWithin } from './testing/statusBecomes.ts';
import { addToLibrary, readLibrary } from './library.ts';
import { sampleResolution } from './testing/sampleTexts.ts';
import { connectWorkspace } from './workspaceConnection.ts';
import type { ConnectOptions, WorkspaceConnection } from './workspaceConnection.ts';

const statusBecomes = (connection: WorkspaceConnection, status: ConnectionStatus): Promise<void> => statusWithin(connection, status, 8000);

let server: RunningServer;
const open: WorkspaceConnection[] = [];

beforeAll(async () => {
  server = await startServer({
    port: 0,
    fixturesDir: new URL('../../fixtures', import.meta.url).pathname,
    distDir: new URL('../../dist', import.meta.url).pathname,
    logger: createLogger({ level: 'silent' }),
    handleSignals: false,
    revocationPollMs: 50,
  });
});
afterEach(async () => {
  await Promise.all(open.splice(0).map((connection) => connection.destroy()));
});
afterAll(async () => {
  await server?.close();
});

function connect(workspace: string, token: string, options: Partial<ConnectOptions> = {}): WorkspaceConnection {
  const connection = connectWorkspace({
    serverUrl: `${server.url.replace(/^http/, 'ws')}/ws`,
    workspace,
    token,
    offlineStore: null,
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    serverReachable: async () => (await fetch(`${server.url}/healthz`)).ok,
    ackDelayMs: 20,
    ...options,
  });
  open.push(connection);
  return connection;
}


const ids = (connection: WorkspaceConnection): string[] => readLibrary(connection.doc).entries.map((entry) => entry.document.id).sort();

describe('a workspace connection to the Clausewatch server', () => {
  it('says "saved" once the server has the change: a client arriving later gets it', async () => {
    const { token } = server.tokens.create('saved', 'editor');
    const ana = connect('saved', token);
    await statusBecomes(ana, 'connected');
    addToLibrary(ana.doc, [sampleResolution('901')], { by: 'Ana' });
    await statusBecomes(ana, 'saved');
    await ana.destroy();
    const later = connect('saved', token);
    await later.whenSynced;
    expect(ids(later)).toEqual(['res901']);
  });

  it('shows "read only" with the server\'s reason when a viewer\'s change is dropped', async () => {
    const editor = connect('roles', server.tokens.create('roles', 'editor').token);
    const viewer = connect('roles', server.tokens.create('roles', 'viewer').token);
    await Promise.all([statusBecomes(editor, 'connected'), statusBecomes(viewer, 'connected')]);
    addToLibrary(viewer.doc, [sampleResolution('902')], { by: 'Cleo' });
    await statusBecomes(viewer, 'read-only');
    expect(viewer.writeRefusal()).toMatch(/viewer/);
    addToLibrary(editor.doc, [sampleResolution('903')], { by: 'Ana' });
    await statusBecomes(editor, 'saved');
    expect(ids(editor)).toEqual(['res903']);
  });

  it('says "refused" for a wrong token, and for a token revoked while connected', async () => {
    const wrong = connect('refusals', 'not-a-token');
    await statusBecomes(wrong, 'refused');
    const { token, record } = server.tokens.create('refusals', 'editor');
    const revoked = connect('refusals', token);
    await statusBecomes(revoked, 'connected');
    server.tokens.revoke('refusals', record.id);
    await statusBecomes(revoked, 'refused');
  });
});
