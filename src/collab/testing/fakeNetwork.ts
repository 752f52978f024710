/** A network switch for tests: what the browser's online / offline events are in the app. */
import type { NetworkSignal } from '../workspaceConnection.ts';

export interface FakeNetwork extends NetworkSignal {
  set(online: boolean): void;
}

export function fakeNetwork(online = true): FakeNetwork {
  let state = online;
  const listeners = new Set<() => void>();
  return {
    online: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(next) {
      state = next;
      listeners.forEach((listener) => listener());
    },
  };
}
