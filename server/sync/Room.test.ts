import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { MemoryStorage } from '../storage/index.ts';
import { memoryLogger } from '../testing/memoryLogger.ts';
import type { CloseReason } from './closeCodes.ts';
import { Room, RoomLoadError } from './Room.ts';
import type { RoomMember } from './Room.ts';

/** A member that records what it is sent and how it is closed. */
function member(): RoomMember & { sent: Uint8Array[]; closedWith: CloseReason | null } {
  const m = {
    sent: [] as Uint8Array[],
    closedWith: null as CloseReason | null,
    send: (message: Uint8Array) => void m.sent.push(message),
    close: (reason: CloseReason) => void (m.closedWith = reason),
  };
  return m;
}

const isUpdateMessage = (message: Uint8Array): boolean => message[0] === 0 && message[1] === 2;

function edit(doc: Y.Doc, key: string): Uint8Array {
  let update: Uint8Array | null = null;
  doc.once('update', (u: Uint8Array) => void (update = u));
  doc.getMap('annotations').set(key, key);
  return update!;
}

describe('Room', () => {
  it('stores each update before broadcasting it, and not back to its sender', () => {
    const storage = new MemoryStorage();
    const [a, b] = [member(), member()];
    const append = storage.append.bind(storage);
    let broadcastBeforeStored = false;
    storage.append = (workspace, updates) => {
      broadcastBeforeStored ||= b.sent.some(isUpdateMessage);
      return append(workspace, updates);
    };
    const room = Room.open('w', storage, memoryLogger().logger);
    room.join(a);
    room.join(b);
    room.applyUpdate(a, edit(new Y.Doc(), 'k'));
    expect(storage.load('w').logEntries).toBe(1);
    expect(b.sent.filter(isUpdateMessage)).toHaveLength(1);
    expect(a.sent.filter(isUpdateMessage)).toHaveLength(0);
    expect(broadcastBeforeStored).toBe(false);
    room.close();
  });

  it('in group-commit mode, stores the updates of one event-loop turn together, then broadcasts them', async () => {
    const storage = new MemoryStorage();
    const commits: number[] = [];
    const append = storage.append.bind(storage);
    storage.append = (workspace, updates) => (commits.push(updates.length), append(workspace, updates));
    const room = Room.open('w', storage, memoryLogger().logger, 'turn');
    const [a, b] = [member(), member()];
    room.join(a);
    room.join(b);
    const writer = new Y.Doc();
    for (let i = 0; i < 5; i++) room.applyUpdate(a, edit(writer, `k${i}`));
    expect(b.sent.filter(isUpdateMessage)).toHaveLength(0);
    await new Promise((resolve) => setImmediate(resolve));
    expect(commits).toEqual([5]);
    expect(b.sent.filter(isUpdateMessage)).toHaveLength(5);
    room.close();
  });

  it('broadcasts nothing and closes its members (4500) when storing fails', () => {
    const storage = new MemoryStorage();
    storage.append = () => {
      throw new Error('disk full');
    };
    const { logger, lines } = memoryLogger();
    const room = Room.open('w', storage, logger);
    const [a, b] = [member(), member()];
    room.join(a);
    room.join(b);
    room.applyUpdate(a, edit(new Y.Doc(), 'k'));
    room.flush();
    expect(b.sent.filter(isUpdateMessage)).toHaveLength(0);
    expect([a.closedWith?.code, b.closedWith?.code]).toEqual([4500, 4500]);
    expect(room.isFailed).toBe(true);
    expect(lines.some((line) => line.msg.startsWith('storing updates failed'))).toBe(true);
    room.close();
  });

  it('reloads exactly what it stored, compacted or not', () => {
    const storage = new MemoryStorage();
    const { logger } = memoryLogger();
    const writer = new Y.Doc();
    const first = Room.open('w', storage, logger);
    const a = member();
    first.join(a);
    for (let i = 0; i < 50; i++) first.applyUpdate(a, edit(writer, `k${i}`));
    first.flush();
    const second = Room.open('w', storage, logger);
    expect(second.doc.getMap('annotations').toJSON()).toEqual(writer.getMap('annotations').toJSON());
    second.close();
    first.leave(a);
    first.close(); // compacts
    expect(storage.load('w')).toMatchObject({ logEntries: 0, entries: [expect.any(Uint8Array)] });
    const third = Room.open('w', storage, logger);
    expect(third.doc.getMap('annotations').toJSON()).toEqual(writer.getMap('annotations').toJSON());
    third.close();
  });

  it('refuses to open when a stored update does not decode, or storage cannot be read', () => {
    const { logger } = memoryLogger();
    const storage = new MemoryStorage();
    storage.append('w', [Uint8Array.of(1, 1, 200, 200, 200, 7)]);
    expect(() => Room.open('w', storage, logger)).toThrow(RoomLoadError);
    expect(() => Room.open('w', storage, logger)).toThrow(/workspace "w" has a stored update that does not decode/);
    const unreadable = new MemoryStorage();
    unreadable.load = () => {
      throw new Error('SQLITE_CORRUPT');
    };
    expect(() => Room.open('x', unreadable, logger)).toThrow(/reading workspace "x" failed: SQLITE_CORRUPT/);
  });
});
