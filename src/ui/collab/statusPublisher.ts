import type { ConnectionStatus } from '../../collab/index.ts';

/**
 * How long the server may take to confirm a change before the badge says "Syncing…". Typing makes
 * the status go saved → syncing → saved on every keystroke; shown as it is, the badge would flicker,
 * a screen reader would announce it twice per keystroke, and each change would re-render the app
 * while the draft editor has focus (React then measures the editor's whole selection).
 */
export const SYNCING_SHOWN_AFTER_MS = 1_000;

/** Timer functions, replaceable in tests. */
export interface Timers {
  setTimeout: (callback: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
}

const REAL_TIMERS: Timers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** Publishes connection statuses to the screen, holding back a short "syncing" between two "saved". */
export interface StatusPublisher {
  publish(status: ConnectionStatus): void;
  stop(): void;
}

/**
 * Passes each status on to `show` as it comes, except "syncing" right after "saved" or
 * "connected": that one is shown only if it lasts `delayMs` (the server has not confirmed by then).
 * Every other status, and every status after an outage ("offline" → "syncing"), shows at once.
 */
export function createStatusPublisher(show: (status: ConnectionStatus) => void, delayMs = SYNCING_SHOWN_AFTER_MS, timers: Timers = REAL_TIMERS): StatusPublisher {
  let shown: ConnectionStatus | null = null;
  let pending: unknown = null;
  const cancel = (): void => {
    if (pending !== null) timers.clearTimeout(pending);
    pending = null;
  };
  const showNow = (status: ConnectionStatus): void => {
    shown = status;
    show(status);
  };
  return {
    publish(status) {
      if (status === 'syncing' && (shown === 'saved' || shown === 'connected')) {
        if (pending === null) pending = timers.setTimeout(() => ((pending = null), showNow('syncing')), delayMs);
        return;
      }
      cancel();
      if (status !== shown) showNow(status);
    },
    stop: cancel,
  };
}
