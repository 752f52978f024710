import { snapshotSource } from '../common/snapshotSource.ts';
import type { ItuDocument } from '../../core/model/index.ts';

/** The documents the session holds: the server's sample library plus what the user imported. */
export interface LibrarySnapshot {
  documents: ItuDocument[];
  /** 'loading' until the sample library arrived (or failed to). */
  status: 'loading' | 'ready' | 'error';
  /** Why the sample library could not be loaded, in plain words. */
  error: string | null;
  /** IDs of the documents the user imported in this session. */
  importedIds: ReadonlySet<string>;
}

/** IDs of documents an addition brought in, and of those it replaced (same ID, newer copy). */
export interface AddResult {
  added: string[];
  replaced: string[];
}

/** Document data lives here, outside the UI store; components read it through LibraryContext. */
export interface LibraryStore {
  getSnapshot(): LibrarySnapshot;
  subscribe(listener: () => void): () => void;
  /** Sets the sample library; documents imported meanwhile are kept and win over samples. */
  loaded(documents: ItuDocument[]): void;
  failed(message: string): void;
  /** Adds imported documents; one with an ID already present replaces it in place. */
  add(documents: ItuDocument[]): AddResult;
}

/** Merges `incoming` into `existing` by ID: replacements stay in place, new ones go last. */
export function mergeDocuments(existing: ItuDocument[], incoming: ItuDocument[]): { documents: ItuDocument[] } & AddResult {
  const byId = new Map(incoming.map((doc) => [doc.id, doc]));
  const replaced: string[] = [];
  const documents = existing.map((doc) => {
    const newer = byId.get(doc.id);
    if (!newer) return doc;
    replaced.push(doc.id);
    byId.delete(doc.id);
    return newer;
  });
  const added = [...byId.keys()];
  documents.push(...byId.values());
  return { documents, added, replaced };
}

/** A fresh library store, loading. */
export function createLibraryStore(): LibraryStore {
  const source = snapshotSource<LibrarySnapshot>({ documents: [], status: 'loading', error: null, importedIds: new Set() });
  let imported: ItuDocument[] = [];
  const update = source.set;
  return {
    getSnapshot: source.getSnapshot,
    subscribe: source.subscribe,
    loaded(documents) {
      update({ ...source.getSnapshot(), documents: mergeDocuments(documents, imported).documents, status: 'ready', error: null });
    },
    failed(message) {
      update({ ...source.getSnapshot(), status: 'error', error: message });
    },
    add(documents) {
      imported = mergeDocuments(imported, documents).documents;
      const merged = mergeDocuments(source.getSnapshot().documents, documents);
      update({ ...source.getSnapshot(), documents: merged.documents, importedIds: new Set(imported.map((doc) => doc.id)) });
      return { added: merged.added, replaced: merged.replaced };
    },
  };
}
