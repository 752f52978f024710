import { createContext, useContext, useEffect, useSyncExternalStore } from 'react';
import type { ReactNode } from 'react';
import { fetchLibrary } from './fetchLibrary.ts';
import type { LibrarySnapshot, LibraryStore } from './libraryStore.ts';

const LibraryContext = createContext<LibraryStore | null>(null);

/**
 * Provides the library to the app. With `load`, fetches the sample library from the server once
 * on mount (tests and previews pass a pre-filled store and no `load`).
 */
export function LibraryProvider({ store, load = false, children }: { store: LibraryStore; load?: boolean; children: ReactNode }) {
  useEffect(() => {
    if (!load) return;
    let current = true;
    fetchLibrary().then(
      (documents) => current && store.loaded(documents),
      (error: unknown) => current && store.failed(error instanceof Error ? error.message : String(error)),
    );
    return () => {
      current = false;
    };
  }, [store, load]);
  return <LibraryContext.Provider value={store}>{children}</LibraryContext.Provider>;
}

/** The library store itself, for adding documents. */
export function useLibraryStore(): LibraryStore {
  const store = useContext(LibraryContext);
  if (!store) throw new Error('useLibraryStore: no LibraryProvider above this component');
  return store;
}

/** The library's current documents and loading status; re-renders when they change. */
export function useLibrary(): LibrarySnapshot {
  const store = useLibraryStore();
  return useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
}
