import { addToLibrary, canEdit, observeLibrary, readLibrary, seedLibrary } from '../../collab/index.ts';
import type { LibraryReadCache, Role, WorkspaceConnection } from '../../collab/index.ts';
import type { ItuDocument } from '../../core/model/index.ts';
import type { LibrarySnapshot, LibraryStore } from '../library/index.ts';

export interface WorkspaceLibraryOptions {
  /** Who adds texts, as others see it. */
  by: string;
  role: Role;
}

/** A library store that is a view of the workspace's `library`, with the way to stop observing it. */
export interface WorkspaceLibraryStore extends LibraryStore {
  destroy(): void;
}

/**
 * The library of a workspace, behind the same interface as the single-user library: the sidebar
 * and reader show the workspace's texts, and imports go into the workspace for the whole team.
 * `loaded` (the server's sample library) seeds the workspace once, after the first sync with the
 * server, and only for editors (see seedLibrary).
 */
export function createWorkspaceLibraryStore(connection: WorkspaceConnection, options: WorkspaceLibraryOptions): WorkspaceLibraryStore {
  const { doc } = connection;
  const cache: LibraryReadCache = new WeakMap();
  const listeners = new Set<() => void>();
  let ready = false;
  let sampleError: string | null = null;
  let snapshot: LibrarySnapshot = { documents: [], status: 'loading', error: null, importedIds: new Set() };

  const rebuild = (): void => {
    const { entries, problems } = readLibrary(doc, cache);
    const documents = entries.map((entry) => entry.document);
    const unreadable =
      problems.length === 0
        ? null
        : `${problems.length === 1 ? 'One text' : `${problems.length} texts`} in this workspace could not be read and ${problems.length === 1 ? 'is' : 'are'} not shown (${problems[0].key}: ${problems[0].reason}).`;
    const error = unreadable ?? (documents.length === 0 ? sampleError : null);
    snapshot = {
      documents,
      status: !ready ? 'loading' : error ? 'error' : 'ready',
      error,
      importedIds: new Set(entries.filter((entry) => entry.origin === 'import').map((entry) => entry.document.id)),
    };
    listeners.forEach((listener) => listener());
  };
  const markReady = (): void => {
    if (ready) return;
    ready = true;
    rebuild();
  };

  const stopObserving = observeLibrary(doc, rebuild);
  // Ready once the server's copy arrived, or once the device's copy has something to show, or
  // when the server cannot be reached (then what the device has is all there is).
  void connection.whenSynced.then(markReady);
  void connection.whenLoaded.then(() => {
    if (readLibrary(doc, cache).entries.length > 0) markReady();
  });
  const stopStatus = connection.onStatus((status) => {
    if (status === 'offline' || status === 'refused') void connection.whenLoaded.then(markReady);
  });

  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    loaded(documents: ItuDocument[]) {
      if (!canEdit(options.role)) return;
      void connection.whenSynced.then(() => seedLibrary(doc, documents, { by: options.by }));
    },
    failed(message) {
      sampleError = message;
      rebuild();
    },
    add(documents) {
      if (!canEdit(options.role)) {
        throw new Error(`You joined this workspace as a ${options.role}: only editors can add texts to it. The file was not imported.`);
      }
      if (connection.writeRefusal() !== null) {
        throw new Error('The server does not accept changes from this token, so texts cannot be added to the workspace. The file was not imported.');
      }
      return addToLibrary(doc, documents, { by: options.by });
    },
    destroy() {
      stopObserving();
      stopStatus();
      listeners.clear();
    },
  };
}
