import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { changeOf, clientMessage, serverMessageKind } from './clientMessages.ts';
import { openRaw, refusal } from './rawSocket.ts';
import { connectClient, docJson } from './testClient.ts';
import { startTestServer } from './testServer.ts';
import type { TestServer } from './testServer.ts';

process.setMaxListeners(100);

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({
    limits: { messagesPerSecond: 100, messageBurst: 10, maxRoomBytes: 64 * 1024, maxAwarenessBytes: 1_000, maxBufferedBytes: 256 * 1024, connectsPerMinutePerIp: 1_000 },
  });
});
afterAll(async () => { await server.close(); });

describe('limits', () => {
  it('slows a fast sender down without dropping anything', async () => {
    const token = server.token('rate', 'editor');
    const socket = await openRaw(`${server.wsUrl}/rate?token=${token}`);
    const doc = new Y.Doc();
    const started = performance.now();
    for (let i = 0; i < 60; i++) socket.ws.send(clientMessage.update(changeOf(doc, (d) => d.getMap('log').set(`k${i}`, i))));
    socket.ws.send(clientMessage.syncStep1(doc));
    await socket.next((m) => serverMessageKind(m).kind === 'sync-step-2', 10_000);
    // 61 messages, 10 at once, then 100 per second: at least half a second.
    expect(performance.now() - started).toBeGreaterThanOrEqual(450);
    const reader = connectClient(server.wsUrl, 'rate', token);
    await reader.synced();
    expect(reader.doc.getMap('log').size).toBe(60);
    reader.destroy();
    socket.ws.close();
  });

  it('refuses changes that would grow a workspace past its size limit, and says so', async () => {
    const token = server.token('size', 'editor');
    const writer = await openRaw(`${server.wsUrl}/size?token=${token}`);
    const doc = new Y.Doc();
    writer.ws.send(clientMessage.update(changeOf(doc, (d) => d.getText('draftText').insert(0, 'small enough'))));
    writer.ws.send(clientMessage.update(changeOf(doc, (d) => d.getText('draftText').insert(0, 'x'.repeat(70 * 1024)))));
    const denied = await writer.next((m) => serverMessageKind(m).kind === 'denied');
    expect(serverMessageKind(denied).reason).toContain('size limit');
    const reader = connectClient(server.wsUrl, 'size', token);
    await reader.synced();
    expect(docJson(reader.doc).draftText).toBe('small enough');
    reader.destroy();
    writer.ws.close();
  });

  it('closes a socket whose presence message is over the limit (1009)', async () => {
    const token = server.token('presence', 'viewer');
    const socket = await openRaw(`${server.wsUrl}/presence?token=${token}`);
    const awareness = new awarenessProtocol.Awareness(new Y.Doc());
    awareness.setLocalState({ name: 'x'.repeat(2_000) });
    socket.ws.send(clientMessage.awareness(awareness));
    expect((await socket.closed).code).toBe(1009);
    awareness.destroy();
  });

  it('closes a connection that stops reading once too much waits for it (1013)', async () => {
    const roomy = await startTestServer({ limits: { maxBufferedBytes: 1024 * 1024 } });
    try {
      const token = roomy.token('slow', 'editor');
      const slow = await openRaw(`${roomy.wsUrl}/slow?token=${token}`);
      // Stop reading: the kernel's buffers fill, then the server's queue for this socket grows.
      (slow.ws as unknown as { _socket: { pause(): void } })._socket.pause();
      const writer = await openRaw(`${roomy.wsUrl}/slow?token=${token}`);
      const doc = new Y.Doc();
      let closed = false;
      void slow.closed.then(() => (closed = true));
      const answered = (): number => writer.messages.filter((m) => serverMessageKind(m).kind === 'sync-step-2').length;
      for (let i = 0; i < 80 && !closed; i++) {
        writer.ws.send(clientMessage.update(changeOf(doc, (d) => d.getText('draftText').insert(0, String(i % 10).repeat(512 * 1024)))));
        // Wait until the server has handled it (and queued it for `slow`).
        writer.ws.send(clientMessage.syncStep1(doc));
        await writer.next(() => answered() > i);
      }
      (slow.ws as unknown as { _socket: { resume(): void } })._socket.resume();
      // 1013, or 1006 when the close frame itself could not get through the full buffers in time.
      expect([1013, 1006]).toContain((await slow.closed).code);
      expect(roomy.logs.some((line) => line.msg === 'connection too far behind; closing it')).toBe(true);
      expect(writer.ws.readyState).toBe(writer.ws.OPEN);
      writer.ws.close();
    } finally {
      await roomy.close();
    }
  });

  it('answers 429 past the connection attempts allowed per address', async () => {
    const strict = await startTestServer({ limits: { connectsPerMinutePerIp: 3 } });
    try {
      const token = strict.token('busy', 'viewer');
      for (let i = 0; i < 3; i++) (await openRaw(`${strict.wsUrl}/busy?token=${token}`)).ws.close();
      const answer = await refusal(`${strict.wsUrl}/busy?token=${token}`);
      expect(answer).toMatchObject({ status: 429, opened: false, messages: 0, body: expect.stringContaining('Too many connection attempts') });
    } finally {
      await strict.close();
    }
  });
});

