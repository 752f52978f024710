import { describe, expect, it } from 'vitest';
import { createAppStore } from './appStore.ts';

describe('app store', () => {
  it('opens a document at a clause and clears the target when closing', () => {
    const store = createAppStore();
    store.getState().openTarget('res130', 'res130/resolves/3');
    expect(store.getState()).toMatchObject({ selectedDocId: 'res130', targetId: 'res130/resolves/3' });
    store.getState().openTarget(null, 'res130/resolves/3');
    expect(store.getState()).toMatchObject({ selectedDocId: null, targetId: null });
  });

  it('keeps a running import on screen when asked to dismiss it, and clears a failed one', () => {
    const store = createAppStore();
    store.getState().setImportStatus({ phase: 'parsing', file: 'big.txt', fraction: 0.5 });
    store.getState().dismissImport();
    expect(store.getState().importStatus.phase).toBe('parsing');
    store.getState().setImportStatus({ phase: 'error', file: 'big.txt', message: 'bad' });
    store.getState().dismissImport();
    expect(store.getState().importStatus.phase).toBe('idle');
  });

  it('keeps slices independent: a search does not move the selection', () => {
    const store = createAppStore();
    store.getState().openTarget('res179');
    store.getState().setQuery('child');
    store.getState().toggleSidebar();
    expect(store.getState()).toMatchObject({ selectedDocId: 'res179', query: 'child', sidebarOpen: true });
  });
});

describe('opening the same target twice', () => {
  it('counts each opening, so the reader scrolls to it again', () => {
    const store = createAppStore();
    store.getState().openTarget('res130', 'res130/resolves/3');
    const first = store.getState().targetSeq;
    store.getState().openTarget('res130', 'res130/resolves/3');
    expect(store.getState().targetSeq).toBe(first + 1);
  });
});
