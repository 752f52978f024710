import Database from 'better-sqlite3';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { changeOf, clientMessage, serverMessageKind } from './clientMessages.ts';
import { openRaw, refusal } from './rawSocket.ts';
import type { RawSocket } from './rawSocket.ts';
import { connectClient, docJson, whenDocs } from './testClient.ts';
import { startTestServer } from './testServer.ts';
import type { TestServer } from './testServer.ts';

process.setMaxListeners(100);

const BIN = fileURLToPath(new URL('../../bin/clausewatch.mjs', import.meta.url));
let server: TestServer;
beforeAll(async () => { server = await startTestServer(); });
afterAll(async () => { await server.close(); });

/** A workspace with an editor's content in it; returns an editor token. */
async function seeded(workspace: string): Promise<{ editor: string; content: Record<string, unknown> }> {
  const editor = server.token(workspace, 'editor');
  const client = connectClient(server.wsUrl, workspace, editor);
  await client.synced();
  client.doc.getMap('library').set('res901', 'Testing the server');
  client.doc.getMap('annotations').set('a1', 'an editor note');
  // A second client seeing it proves the server stored it.
  const check = connectClient(server.wsUrl, workspace, editor);
  await whenDocs([check.doc], () => check.doc.getMap('annotations').has('a1'), 'the seed to be stored');
  const content = docJson(check.doc);
  client.destroy();
  check.destroy();
  return { editor, content };
}

/** What a fresh editor sees in the workspace now. */
async function serverContent(workspace: string, editor: string): Promise<Record<string, unknown>> {
  const client = connectClient(server.wsUrl, workspace, editor);
  await client.synced();
  const content = docJson(client.doc);
  client.destroy();
  return content;
}

/** Sends a sync step 1 and waits for its step 2: the server has handled everything sent before. */
async function roundTrip(socket: RawSocket, doc: Y.Doc): Promise<void> {
  const before = socket.messages.length;
  socket.ws.send(clientMessage.syncStep1(doc));
  await socket.next((message) => socket.messages.indexOf(message) >= before && serverMessageKind(message).kind === 'sync-step-2');
}

function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }));
  });
}

describe('who may connect', () => {
  it('refuses with HTTP 401 at the upgrade, sending nothing else: no token, a bad token, a revoked token, a token for another workspace', async () => {
    await seeded('team-a');
    const revoked = server.server.tokens.create('team-a', 'editor');
    server.server.tokens.revoke('team-a', revoked.record.id);
    const otherWorkspace = server.token('team-b', 'editor');
    const cases = {
      'no token': `${server.wsUrl}/team-a`,
      'empty token': `${server.wsUrl}/team-a?token=`,
      'bad token': `${server.wsUrl}/team-a?token=cwt_${'A'.repeat(43)}`,
      'revoked token': `${server.wsUrl}/team-a?token=${revoked.token}`,
      'token for team-b': `${server.wsUrl}/team-a?token=${otherWorkspace}`,
    };
    for (const [what, url] of Object.entries(cases)) {
      const answer = await refusal(url);
      expect(answer, what).toMatchObject({ status: 401, opened: false, messages: 0 });
      expect(answer.body, what).not.toMatch(/Testing the server|an editor note|res901/);
    }
    expect((await refusal(`${server.wsUrl}/team-a`)).body).toContain('needs a token');
    const logged = JSON.stringify(server.logs);
    expect(logged).not.toContain(revoked.token);
    expect(logged).not.toContain(otherWorkspace);
  });

  it('answers 400 for a bad workspace name and 404 for other paths', async () => {
    const token = server.token('team-a', 'editor');
    expect(await refusal(`${server.wsUrl}/Team%20A?token=${token}`)).toMatchObject({ status: 400, body: expect.stringContaining('lower-case') });
    expect((await refusal(`${server.wsUrl}/team-a/x?token=${token}`)).status).toBe(404);
    expect((await refusal(`${server.httpUrl.replace('http', 'ws')}/team-a?token=${token}`)).status).toBe(404);
  });
});

describe('what each role may do', () => {
  it('drops a viewer’s document updates but shares its presence', async () => {
    const { editor, content } = await seeded('roles-viewer');
    const watcher = connectClient(server.wsUrl, 'roles-viewer', editor);
    await watcher.synced();
    const viewer = await openRaw(`${server.wsUrl}/roles-viewer?token=${server.token('roles-viewer', 'viewer')}`);
    // The viewer reads everything...
    const doc = new Y.Doc();
    viewer.ws.send(clientMessage.syncStep1(doc));
    const step2 = await viewer.next((m) => serverMessageKind(m).kind === 'sync-step-2');
    Y.applyUpdate(doc, serverMessageKind(step2).payload!);
    expect(docJson(doc)).toEqual(content);
    // ...writes nothing...
    viewer.ws.send(clientMessage.update(changeOf(doc, (d) => d.getMap('library').set('res901', 'rewritten by a viewer'))));
    viewer.ws.send(clientMessage.update(changeOf(doc, (d) => d.getMap('annotations').set('a2', 'a viewer note'))));
    const denied = await viewer.next((m) => serverMessageKind(m).kind === 'denied');
    expect(serverMessageKind(denied).reason).toBe('viewers cannot change the workspace');
    await roundTrip(viewer, doc);
    expect(await serverContent('roles-viewer', editor)).toEqual(content);
    // ...and is seen: presence is allowed.
    const awareness = new awarenessProtocol.Awareness(doc);
    awareness.setLocalState({ user: { name: 'Viewer' }, clause: 'res130/resolves/3' });
    viewer.ws.send(clientMessage.awareness(awareness));
    await new Promise<void>((resolve) => {
      const check = (): void => { if (watcher.provider.awareness.getStates().get(doc.clientID)?.clause === 'res130/resolves/3') resolve(); };
      watcher.provider.awareness.on('change', check);
      check();
    });
    awareness.destroy();
    viewer.ws.close();
    watcher.destroy();
  });

  it('accepts a commenter’s annotations and drops its changes to the library and drafts', async () => {
    const { editor } = await seeded('roles-commenter');
    const commenter = connectClient(server.wsUrl, 'roles-commenter', server.token('roles-commenter', 'commenter'));
    const watcher = connectClient(server.wsUrl, 'roles-commenter', editor);
    await Promise.all([commenter.synced(), watcher.synced()]);
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
    try {
      commenter.doc.getMap('library').set('res901', 'rewritten by a commenter');
      commenter.doc.getXmlFragment('draft').insert(0, [new Y.XmlText('a commenter draft')]);
      commenter.doc.getMap('annotations').set('a2', 'risk: developing countries left out');
      await whenDocs([watcher.doc], () => watcher.doc.getMap('annotations').has('a2'), 'the annotation to arrive');
    } finally {
      console.warn = warn;
    }
    const seen = await serverContent('roles-commenter', editor);
    expect(seen.library).toEqual({ res901: 'Testing the server' });
    expect(seen.annotations).toEqual({ a1: 'an editor note', a2: 'risk: developing countries left out' });
    expect(warnings.join('\n')).toContain('commenters may only change annotations');
    commenter.destroy();
    watcher.destroy();
  });
});

describe('revoking', () => {
  it('`clausewatch token revoke` closes live connections of that token (4401) and only those', async () => {
    const { editor } = await seeded('revoke-live');
    const created = await cli('token', 'create', '--workspace', 'revoke-live', '--role', 'viewer', '--data-dir', server.dataDir);
    expect(created.code).toBe(0);
    const token = created.stdout.trim().split(/\s+/).at(-1)!;
    const id = /tok_[0-9a-f]+/.exec(created.stdout)![0];
    const viewer = connectClient(server.wsUrl, 'revoke-live', token);
    const other = connectClient(server.wsUrl, 'revoke-live', editor);
    await Promise.all([viewer.synced(), other.synced()]);
    const closed = new Promise<{ code: number; reason: string }>((resolve) => viewer.provider.on('closed', resolve));
    const revoked = await cli('token', 'revoke', '--workspace', 'revoke-live', id, '--data-dir', server.dataDir);
    expect(revoked).toMatchObject({ code: 0, stderr: '' });
    const started = performance.now();
    expect(await closed).toEqual({ code: 4401, reason: 'this token has been revoked' });
    expect(performance.now() - started).toBeLessThan(3_000);
    expect(viewer.provider.shouldConnect).toBe(false);
    expect(other.provider.wsconnected).toBe(true);
    expect((await refusal(`${server.wsUrl}/revoke-live?token=${token}`)).status).toBe(401);
    viewer.destroy();
    other.destroy();
  });
});

describe('a workspace whose stored state cannot be read', () => {
  it('refuses connections (4503) and leaves the stored data alone; other workspaces work', async () => {
    const { editor } = await seeded('fine');
    const token = server.token('broken', 'editor');
    const db = new Database(join(server.dataDir, 'clausewatch.sqlite'));
    db.prepare('INSERT INTO updates (workspace, seq, data) VALUES (?, 1, ?)').run('broken', Buffer.from([1, 1, 200, 200, 200, 7, 3, 99]));
    const rows = (): number => (db.prepare('SELECT count(*) AS n FROM updates WHERE workspace = ?').get('broken') as { n: number }).n;
    const socket = await openRaw(`${server.wsUrl}/broken?token=${token}`);
    expect(await socket.closed).toEqual({ code: 4503, reason: 'the workspace could not be loaded; the server log says why' });
    expect(socket.messages).toHaveLength(0);
    const client = connectClient(server.wsUrl, 'broken', token);
    const closed = await new Promise<number>((resolve) => client.provider.on('connection-close', (event: CloseEvent | null) => event && resolve(event.code)));
    expect(closed).toBe(4503);
    expect(client.doc.getMap('annotations').size).toBe(0);
    client.destroy();
    expect(rows()).toBe(1);
    expect(server.logs.some((line) => line.msg === 'refusing connections to a workspace that failed to load' && line.workspace === 'broken')).toBe(true);
    db.close();
    expect(await serverContent('fine', editor)).toMatchObject({ annotations: { a1: 'an editor note' } });
  });
});
