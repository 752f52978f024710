/** In-memory Yjs peers for tests: exchange everything each doc lacks, like a sync round would. */
import * as Y from 'yjs';

/** Brings every doc up to date with every other (full state exchange, any number of docs). */
export function syncAll(...docs: Y.Doc[]): void {
  for (const from of docs) {
    for (const to of docs) {
      if (from !== to) Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)), 'test-peer');
    }
  }
}

/** Docs that see each other's updates at once (as on a perfect network); returns a function that unlinks them. */
export function linkLive(...docs: Y.Doc[]): () => void {
  const offs = docs.map((from) => {
    const forward = (update: Uint8Array, origin: unknown): void => {
      if (origin === 'test-peer') return;
      for (const to of docs) if (to !== from) Y.applyUpdate(to, update, 'test-peer');
    };
    from.on('update', forward);
    return () => from.off('update', forward);
  });
  syncAll(...docs);
  return () => offs.forEach((off) => off());
}
