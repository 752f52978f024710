/**
 * The part of an external store that React's useSyncExternalStore reads: the current immutable
 * snapshot, and subscription to its replacement. The library and proposal stores are built on it.
 */
export interface SnapshotSource<T> {
  getSnapshot(): T;
  subscribe(listener: () => void): () => void;
}

/** A snapshot source with its setter: `set` replaces the snapshot and notifies every listener. */
export function snapshotSource<T>(initial: T): SnapshotSource<T> & { set(next: T): void } {
  let snapshot = initial;
  const listeners = new Set<() => void>();
  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(next) {
      snapshot = next;
      listeners.forEach((listener) => listener());
    },
  };
}
