import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { SqliteTokenStore } from '../../server/auth/index.ts';
import { openDatabase } from '../../server/storage/index.ts';
import { spawnServer } from './childServer.ts';
import type { ChildServer } from './childServer.ts';
import { openRaw } from './rawSocket.ts';
import { connectClient, converged, docJson, whenDocs } from './testClient.ts';

process.setMaxListeners(100);

const WORKSPACE = 'hostile';
const MAX_FRAME = 64 * 1024;
let dataDir: string;
let server: ChildServer;
let token: string;
// The server runs as its own process: the hostile sockets and the server do not share one CPU,
// and "the server stays up" means its process never exits.
beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'clausewatch-hostile-'));
  const db = openDatabase(dataDir);
  token = new SqliteTokenStore(db).create(WORKSPACE, 'editor').token;
  db.close();
  server = await spawnServer(dataDir, { MAX_CONNECTS_PER_MINUTE: '1000000', MAX_FRAME_BYTES: String(MAX_FRAME) });
});
afterAll(async () => {
  server.kill('SIGTERM');
  await server.exited;
  rmSync(dataDir, { recursive: true, force: true });
});

/** mulberry32: a small seeded generator, so every run sends the same frames. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const varint = (n: number): number[] => {
  const out: number[] = [];
  while (n > 127) { out.push((n & 127) | 128); n = Math.floor(n / 128); }
  out.push(n);
  return out;
};
const framed = (type: number[], body: Uint8Array): Uint8Array => Uint8Array.from([...type, ...varint(body.length), ...body]);

/** Real messages a client sends, to cut and corrupt. */
function realMessages(): Uint8Array[] {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  doc.getText('draftText').insert(0, 'resolves to keep the server up');
  doc.getMap('annotations').set('a1', new Y.Map([['body', 'a note']]));
  const awareness = new awarenessProtocol.Awareness(doc);
  awareness.setLocalState({ user: { name: 'Analyst' }, clause: 'res130/resolves/3' });
  const messages = [
    ...updates.map((update) => framed([0, 2], update)),
    framed([0, 0], Y.encodeStateVector(doc)),
    framed([0, 1], Y.encodeStateAsUpdate(doc)),
    framed([1], awarenessProtocol.encodeAwarenessUpdate(awareness, [doc.clientID])),
  ];
  awareness.destroy();
  return messages;
}

type Frame = { kind: string; data: Uint8Array | string };

/** 10,000 frames no client may send, in seven kinds. */
function hostileFrames(): Frame[] {
  const next = random(20261128);
  const int = (max: number): number => Math.floor(next() * max);
  const bytes = (n: number): Uint8Array => Uint8Array.from({ length: n }, () => int(256));
  const real = realMessages();
  const frames: Frame[] = [];
  const add = (kind: string, count: number, make: (i: number) => Uint8Array | string): void => {
    for (let i = 0; i < count; i++) frames.push({ kind, data: make(i) });
  };
  add('random bytes', 2_000, () => bytes(int(80)));
  add('truncated', 2_000, () => { const m = real[int(real.length)]; return m.slice(0, 1 + int(m.length - 1)); });
  add('zero-length', 500, (i) => [new Uint8Array(0), Uint8Array.of(0, 2, 0), Uint8Array.of(0, 1, 0), Uint8Array.of(0, 0, 0), Uint8Array.of(1, 0)][i % 5]);
  const overflow = (): number[] => [...Array(8 + int(6)).fill(0xff), 0x7f];
  add('varint overflow', 1_500, (i) => Uint8Array.from([
    [...overflow()], [0, ...overflow()], [0, 2, ...overflow(), 1, 2, 3], [1, ...overflow()], [0, 2, 12, ...overflow(), 0, 0],
  ][i % 5]));
  add('text frame', 1_000, (i) => (i % 2 ? String.fromCharCode(...bytes(1 + int(40)).map((b) => 32 + (b % 90))) : '\u0000\u0002hello'));
  add('unknown type', 1_500, (i) => (i % 2 ? Uint8Array.from([...varint(4 + int(100_000)), ...bytes(int(20))]) : Uint8Array.from([0, ...varint(3 + int(1000)), ...bytes(int(20))])));
  add('corrupt update', 1_000, () => framed([0, 2], bytes(1 + int(60))));
  add('trailing bytes', 500, () => { const m = real[int(real.length)]; return Uint8Array.from([...m, ...bytes(1 + int(5))]); });
  return frames;
}

describe('malformed frames', () => {
  it('10,000 malformed frames: each bad socket is closed, the server stays up, the document is unchanged, good clients keep syncing', async () => {
    const good = [connectClient(server.wsUrl, WORKSPACE, token), connectClient(server.wsUrl, WORKSPACE, token)];
    await Promise.all(good.map((client) => client.synced()));
    good[0].doc.getText('draftText').insert(0, 'resolves to withstand hostile input');
    let edits = 0;
    const editing = setInterval(() => good[edits++ % 2].doc.getMap('log').set(`edit-${edits}`, edits), 5);

    const frames = hostileFrames();
    expect(frames).toHaveLength(10_000);
    const url = `${server.wsUrl}/${WORKSPACE}?token=${token}`;
    const outcomes = new Map<string, Map<number, number>>();
    let cursor = 0;
    const worker = async (): Promise<void> => {
      while (cursor < frames.length) {
        const frame = frames[cursor++];
        const socket = await openRaw(url);
        socket.ws.send(frame.data, { binary: typeof frame.data !== 'string' });
        const { code } = await socket.closed;
        const counts = outcomes.get(frame.kind) ?? new Map<number, number>();
        counts.set(code, (counts.get(code) ?? 0) + 1);
        outcomes.set(frame.kind, counts);
      }
    };
    await Promise.all(Array.from({ length: 40 }, worker));
    clearInterval(editing);

    const summary = Object.fromEntries([...outcomes].map(([kind, counts]) => [kind, Object.fromEntries(counts)]));
    for (const [kind, counts] of Object.entries(summary)) {
      expect(Object.keys(counts).map(Number).every((code) => code === 1002 || code === 1003), `${kind}: ${JSON.stringify(counts)}`).toBe(true);
    }
    expect(summary['text frame']).toEqual({ 1003: 1_000 });

    // The good clients kept syncing all along, and the server holds exactly what they wrote.
    const docs = good.map((client) => client.doc);
    await whenDocs(docs, () => converged(docs), 'the good clients to converge');
    expect(good[1].doc.getMap('log').size).toBe(edits);
    const fresh = connectClient(server.wsUrl, WORKSPACE, token);
    await fresh.synced();
    expect(docJson(fresh.doc)).toEqual(docJson(good[0].doc));
    const writers = [...Y.decodeStateVector(Y.encodeStateVector(fresh.doc)).keys()].sort();
    expect(writers).toEqual(docs.map((doc) => doc.clientID).sort());
    expect(await (await fetch(`${server.httpUrl}/healthz`)).json()).toEqual({ ok: true, rooms: 1, connections: 3 });
    let exited = false;
    void server.exited.then(() => (exited = true));
    expect(exited).toBe(false);
    [...good, fresh].forEach((client) => client.destroy());
  }, 60_000);

  it('closes a socket that sends a frame over the limit with 1009, and keeps serving', async () => {
    const socket = await openRaw(`${server.wsUrl}/${WORKSPACE}?token=${token}`);
    socket.ws.send(new Uint8Array(MAX_FRAME + 1));
    expect((await socket.closed).code).toBe(1009);
    const client = connectClient(server.wsUrl, WORKSPACE, token);
    await client.synced();
    client.destroy();
  });
});
