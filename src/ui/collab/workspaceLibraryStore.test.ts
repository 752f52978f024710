import { describe, expect, it } from 'vitest';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { addToLibrary, readSettings } from '../../collab/index.ts';
import type { ConnectionStatus, WorkspaceConnection } from '../../collab/index.ts';
import { sampleResolution } from '../../collab/testing/sampleTexts.ts';
import { createWorkspaceLibraryStore } from './workspaceLibraryStore.ts';

/** A connection without a network: the test says when the device copy loaded and the server synced. */
function fakeConnection() {
  const doc = new Y.Doc();
  const listeners = new Set<(status: ConnectionStatus) => void>();
  let status: ConnectionStatus = 'connecting';
  let refusal: string | null = null;
  let loaded = (): void => {};
  let synced = (): void => {};
  const connection: WorkspaceConnection = {
    workspace: 'demo',
    doc,
    awareness: new Awareness(doc),
    status: () => status,
    writeRefusal: () => refusal,
    onStatus(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    whenLoaded: new Promise<void>((resolve) => (loaded = resolve)),
    whenSynced: new Promise<void>((resolve) => (synced = resolve)),
    retry() {},
    destroy: async () => {},
  };
  return {
    connection,
    doc,
    loaded,
    synced,
    setStatus(next: ConnectionStatus) {
      status = next;
      listeners.forEach((listener) => listener(next));
    },
    refuseWrites(reason: string) {
      refusal = reason;
    },
  };
}

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

describe('the workspace library store', () => {
  it('is loading until the server synced, then lists the workspace texts and which were imported', async () => {
    const fake = fakeConnection();
    const store = createWorkspaceLibraryStore(fake.connection, { by: 'Ana', role: 'editor' });
    const seen: string[] = [];
    store.subscribe(() => seen.push(store.getSnapshot().status));
    expect(store.getSnapshot().status).toBe('loading');
    fake.synced();
    await settle();
    expect(store.getSnapshot()).toMatchObject({ status: 'ready', documents: [] });
    addToLibrary(fake.doc, [sampleResolution('901')], { by: 'Ben' });
    expect(store.getSnapshot().documents.map((doc) => doc.id)).toEqual(['res901']);
    expect([...store.getSnapshot().importedIds]).toEqual(['res901']);
    expect(seen).toEqual(['ready', 'ready']);
    store.destroy();
  });

  it('shows what the device has when offline, without waiting for the server', async () => {
    const fake = fakeConnection();
    addToLibrary(fake.doc, [sampleResolution('902')], { by: 'Ana' });
    const store = createWorkspaceLibraryStore(fake.connection, { by: 'Ana', role: 'viewer' });
    fake.setStatus('offline');
    fake.loaded();
    await settle();
    expect(store.getSnapshot()).toMatchObject({ status: 'ready', documents: [{ id: 'res902' }] });
  });

  it('seeds the sample library only after the first sync, only for editors, and only once', async () => {
    const samples = [sampleResolution('901'), sampleResolution('902')];
    const editor = fakeConnection();
    const store = createWorkspaceLibraryStore(editor.connection, { by: 'Ana', role: 'editor' });
    store.loaded(samples);
    await settle();
    expect(store.getSnapshot().documents).toEqual([]);
    editor.synced();
    await settle();
    expect(store.getSnapshot().documents.map((doc) => doc.id).sort()).toEqual(['res901', 'res902']);
    expect(store.getSnapshot().importedIds.size).toBe(0);
    expect(readSettings(editor.doc).librarySeededAt).toBeTruthy();

    const viewer = fakeConnection();
    const viewerStore = createWorkspaceLibraryStore(viewer.connection, { by: 'Cleo', role: 'viewer' });
    viewerStore.loaded(samples);
    viewer.synced();
    await settle();
    expect(viewerStore.getSnapshot().documents).toEqual([]);
  });

  it('refuses imports from commenters and viewers, and after the server refused a change, in words', () => {
    const fake = fakeConnection();
    const commenter = createWorkspaceLibraryStore(fake.connection, { by: 'Dev', role: 'commenter' });
    expect(() => commenter.add([sampleResolution()])).toThrow('You joined this workspace as a commenter: only editors can add texts to it.');
    const editor = createWorkspaceLibraryStore(fake.connection, { by: 'Ana', role: 'editor' });
    expect(editor.add([sampleResolution()])).toEqual({ added: ['res901'], replaced: [] });
    fake.refuseWrites('viewers cannot change the workspace');
    expect(() => editor.add([sampleResolution()])).toThrow('does not accept changes from this token');
  });

  it('says when stored texts cannot be read, and still lists the others', async () => {
    const fake = fakeConnection();
    fake.doc.getMap('library').set('res5', { document: { id: 'res5' } });
    addToLibrary(fake.doc, [sampleResolution('901')], { by: 'Ana' });
    const store = createWorkspaceLibraryStore(fake.connection, { by: 'Ana', role: 'editor' });
    fake.synced();
    await settle();
    expect(store.getSnapshot()).toMatchObject({ status: 'error', documents: [{ id: 'res901' }] });
    expect(store.getSnapshot().error).toContain('One text in this workspace could not be read');
  });
});
