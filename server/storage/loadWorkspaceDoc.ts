import * as Y from 'yjs';
import type { Storage } from './Storage.ts';

/** A workspace's stored state could not be read or does not decode. */
export class WorkspaceLoadError extends Error {
  override readonly name = 'WorkspaceLoadError';
}

/**
 * Reads a workspace's stored state into a fresh Y.Doc, as a room does when it opens: the
 * snapshot, then every logged update, applied in order in one transaction. Throws
 * WorkspaceLoadError when the state cannot be read or an update does not decode.
 */
export function loadWorkspaceDoc(storage: Storage, workspace: string): Y.Doc {
  let entries: Uint8Array[];
  try {
    entries = storage.load(workspace).entries;
  } catch (error) {
    throw new WorkspaceLoadError(`reading workspace "${workspace}" failed: ${(error as Error).message}`);
  }
  const doc = new Y.Doc();
  try {
    doc.transact(() => entries.forEach((entry) => Y.applyUpdate(doc, entry)));
  } catch (error) {
    doc.destroy();
    throw new WorkspaceLoadError(`workspace "${workspace}" has a stored update that does not decode: ${(error as Error).message}`);
  }
  return doc;
}
