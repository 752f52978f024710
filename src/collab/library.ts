/**
 * The `library` root: official texts, stored once per workspace under their document ID and
 * replaced whole (a newer copy of the same text replaces the old one; nobody edits them in place).
 */
import type * as Y from 'yjs';
import type { ItuDocument } from '../core/model/index.ts';
import { readDocument } from './documentShape.ts';
import { originFor } from './origins.ts';
import { nowIso, plainJson, workspaceRoots } from './schema.ts';
import type { LibraryEntry, LibraryOrigin, ReadProblem } from './schema.ts';

/** Who adds texts and when. */
export interface AddedBy {
  by: string;
  /** ISO 8601; now when left out. */
  at?: string;
}

/** The value stored for a document: plain JSON, keyed by `document.id`. */
export function libraryEntryToYjs(document: ItuDocument, origin: LibraryOrigin, added: AddedBy): LibraryEntry {
  return plainJson({ document, origin, addedBy: added.by, addedAt: added.at ?? nowIso() });
}

/** A stored value read back as an entry, or the reason it cannot be read. */
export function libraryEntryFromYjs(key: string, value: unknown): LibraryEntry | ReadProblem {
  if (typeof value !== 'object' || value === null) return { key, reason: 'the stored value is not a library entry' };
  const fields = value as Partial<Record<keyof LibraryEntry, unknown>>;
  const document = readDocument(fields.document);
  if (!document) return { key, reason: 'the stored text is not a readable document' };
  if (document.id !== key) return { key, reason: `the text stored under "${key}" is ${document.id}` };
  return {
    document,
    origin: fields.origin === 'import' ? 'import' : 'sample',
    addedBy: typeof fields.addedBy === 'string' ? fields.addedBy : '',
    addedAt: typeof fields.addedAt === 'string' ? fields.addedAt : '',
  };
}

/** True for a problem, false for a value that was read. */
export function isReadProblem<T extends object>(read: T | ReadProblem): read is ReadProblem {
  return 'reason' in read && 'key' in read && !('document' in read);
}

/** Reads already done, by stored value: entries are replaced whole, so an unchanged value reads the same. */
export type LibraryReadCache = WeakMap<object, LibraryEntry | ReadProblem>;

/**
 * Every readable text of the workspace, and what could not be read. With a cache, an unchanged
 * entry comes back as the very same object (so a screen showing it need not redraw).
 */
export function readLibrary(doc: Y.Doc, cache?: LibraryReadCache): { entries: LibraryEntry[]; problems: ReadProblem[] } {
  const entries: LibraryEntry[] = [];
  const problems: ReadProblem[] = [];
  workspaceRoots(doc).library.forEach((value, key) => {
    const cached = typeof value === 'object' && value !== null ? cache?.get(value) : undefined;
    const read = cached && (isReadProblem(cached) ? cached.key === key : cached.document.id === key) ? cached : libraryEntryFromYjs(key, value);
    if (cache && typeof value === 'object' && value !== null) cache.set(value, read);
    if (isReadProblem(read)) problems.push(read);
    else entries.push(read);
  });
  return { entries, problems };
}

/** Calls `listener` after every change to the library (from anyone); returns the unsubscribe. */
export function observeLibrary(doc: Y.Doc, listener: () => void): () => void {
  const { library } = workspaceRoots(doc);
  const observer = (): void => listener();
  library.observe(observer);
  return () => library.unobserve(observer);
}

/**
 * Puts imported texts into the workspace in one transaction; a text with an ID already there
 * replaces it. Returns the IDs added and replaced.
 */
export function addToLibrary(doc: Y.Doc, documents: ItuDocument[], added: AddedBy): { added: string[]; replaced: string[] } {
  const { library } = workspaceRoots(doc);
  const result = { added: [] as string[], replaced: [] as string[] };
  doc.transact(() => {
    for (const document of documents) {
      (library.has(document.id) ? result.replaced : result.added).push(document.id);
      library.set(document.id, libraryEntryToYjs(document, 'import', added));
    }
  }, originFor('import-documents', added.by));
  return result;
}

/**
 * Seeds a workspace with the sample library, once in its life: when `settings.librarySeededAt`
 * is set, nothing happens. Texts already present are left alone. Safe when several clients seed
 * at once: keys are document IDs, so their writes land on the same keys and converge to one copy.
 * Returns the IDs it added.
 */
export function seedLibrary(doc: Y.Doc, documents: ItuDocument[], added: AddedBy): string[] {
  const { library, settings } = workspaceRoots(doc);
  if (settings.has('librarySeededAt')) return [];
  const at = added.at ?? nowIso();
  const ids: string[] = [];
  doc.transact(() => {
    for (const document of documents) {
      if (library.has(document.id)) continue;
      library.set(document.id, libraryEntryToYjs(document, 'sample', { by: added.by, at }));
      ids.push(document.id);
    }
    settings.set('librarySeededAt', at);
  }, originFor('seed-library', added.by));
  return ids;
}
