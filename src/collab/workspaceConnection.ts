/**
 * A workspace's live connection: the Y.Doc, synced with the server through y-websocket, kept on
 * this device through y-indexeddb (so that edits made offline survive a reload and are sent on
 * reconnecting), awareness for presence, and the connection status the UI shows.
 */
import { IndexeddbPersistence } from 'y-indexeddb';
import { messageAuth, WebsocketProvider } from 'y-websocket';
import { readAuthMessage } from 'y-protocols/auth';
import type { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { deriveStatus, INITIAL_FACTS } from './connectionStatus.ts';
import type { ConnectionFacts, ConnectionStatus } from './connectionStatus.ts';
import { trackSyncAck } from './syncAck.ts';

/** The browser's idea of being online, and its online / offline events. */
export interface NetworkSignal {
  online(): boolean;
  subscribe(listener: () => void): () => void;
}

export interface ConnectOptions {
  /** The sync endpoint, `ws://HOST:PORT/ws`; the workspace name is appended as a path segment. */
  serverUrl: string;
  workspace: string;
  token: string;
  doc?: Y.Doc;
  /** IndexedDB database for the copy kept on this device; null keeps none. Default `clausewatch:<workspace>`. */
  offlineStore?: string | null;
  /** A WebSocket class for Node (the `ws` package); the browser's by default. */
  WebSocketPolyfill?: typeof WebSocket;
  /** Default: the browser's navigator.onLine and online / offline events; always online elsewhere. */
  network?: NetworkSignal;
  /**
   * Whether the server answers plain HTTP. When connecting fails three times in a row while it
   * does, the server is refusing this token (browsers do not show a WebSocket's HTTP 401).
   */
  serverReachable?: () => Promise<boolean>;
  /** Groups quick edits before asking the server to confirm them. */
  ackDelayMs?: number;
}

/** A live workspace. */
export interface WorkspaceConnection {
  readonly workspace: string;
  readonly doc: Y.Doc;
  readonly awareness: Awareness;
  status(): ConnectionStatus;
  /** Why the server dropped a change from this device, or null while it accepted all of them. */
  writeRefusal(): string | null;
  /** Calls `listener` whenever the status may have changed. */
  onStatus(listener: (status: ConnectionStatus) => void): () => void;
  /** Resolves once the copy on this device is loaded (at once when there is none). */
  readonly whenLoaded: Promise<void>;
  /** Resolves the first time the server's state has arrived. */
  readonly whenSynced: Promise<void>;
  /** Tries again after a refusal (with another token, for instance). */
  retry(token?: string): void;
  destroy(): Promise<void>;
}

/** Consecutive failed attempts, with the server up, after which the token counts as refused. */
const REFUSED_AFTER = 3;

function browserNetwork(): NetworkSignal {
  if (typeof window === 'undefined' || typeof navigator === 'undefined') return { online: () => true, subscribe: () => () => {} };
  return {
    online: () => navigator.onLine,
    subscribe(listener) {
      window.addEventListener('online', listener);
      window.addEventListener('offline', listener);
      return () => {
        window.removeEventListener('online', listener);
        window.removeEventListener('offline', listener);
      };
    },
  };
}

/** Opens a workspace: loads the copy on this device, then connects to the server. */
export function connectWorkspace(options: ConnectOptions): WorkspaceConnection {
  const doc = options.doc ?? new Y.Doc();
  const network = options.network ?? browserNetwork();
  const storeName = options.offlineStore === undefined ? `clausewatch:${options.workspace}` : options.offlineStore;
  const persistence = storeName === null ? null : new IndexeddbPersistence(storeName, doc);
  const provider = new WebsocketProvider(options.serverUrl, options.workspace, doc, {
    connect: false,
    params: { token: options.token },
    // Every change goes through the server, never tab to tab: the server checks each one against
    // the token's role, and "saved" must mean the server has it. (Tabs still share the IndexedDB copy.)
    disableBc: true,
    ...(options.WebSocketPolyfill ? { WebSocketPolyfill: options.WebSocketPolyfill } : {}),
  });
  const ack = trackSyncAck(provider, options.ackDelayMs);
  const listeners = new Set<(status: ConnectionStatus) => void>();
  let facts: ConnectionFacts = { ...INITIAL_FACTS, online: network.online() };
  let current = deriveStatus(facts);
  let destroyed = false;

  const update = (patch: Partial<ConnectionFacts>): void => {
    facts = { ...facts, ...patch, confirmed: ack.confirmed, changed: ack.changed };
    const next = deriveStatus(facts);
    if (next === current) return;
    current = next;
    listeners.forEach((listener) => listener(next));
  };

  let resolveSynced: () => void = () => {};
  const whenSynced = new Promise<void>((resolve) => (resolveSynced = resolve));
  provider.on('sync', (synced: boolean) => {
    if (synced) resolveSynced();
  });
  provider.on('status', ({ status }) => {
    if (status === 'connected') update({ socket: 'open', everOpened: true, failedAttempts: 0 });
    else update({ socket: status === 'connecting' ? 'connecting' : 'closed' });
  });
  provider.on('connection-close', () => {
    const failed = provider.wsconnected ? facts.failedAttempts : facts.failedAttempts + 1;
    update({ socket: 'closed', failedAttempts: failed });
    if (failed >= REFUSED_AFTER && failed % REFUSED_AFTER === 0 && options.serverReachable && network.online()) {
      void options.serverReachable().then((reachable) => {
        if (!reachable || destroyed || provider.wsconnected) return;
        provider.disconnect();
        update({ refused: true });
      });
    }
  });
  // A server that closes with 44xx means it: y-websocket stops retrying.
  provider.on('closed', () => update({ refused: true }));
  // The server drops changes the token's role does not allow, and says so once per connection.
  provider.messageHandlers[messageAuth] = (_encoder, decoder) => {
    readAuthMessage(decoder, doc, (_doc, reason) => update({ writeRefused: reason || 'the server did not accept a change' }));
  };
  ack.onChange(() => update({}));

  // Browsers keep a WebSocket open for a while after the network went; follow their online /
  // offline events instead, so that "offline" shows at once and the reconnect starts at once.
  const onNetwork = (): void => {
    const online = network.online();
    if (online && !facts.refused && !destroyed) provider.connect();
    if (!online) provider.disconnect();
    update({ online });
  };
  const unsubscribeNetwork = network.subscribe(onNetwork);

  const whenLoaded = persistence ? persistence.whenSynced.then(() => undefined) : Promise.resolve();
  // Connect once the local copy is in the document: the first exchange then sends the server any
  // edits made offline before a reload.
  void whenLoaded.then(() => {
    if (!destroyed && network.online()) provider.connect();
  });

  return {
    workspace: options.workspace,
    doc,
    awareness: provider.awareness,
    status: () => current,
    writeRefusal: () => facts.writeRefused,
    onStatus(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    whenLoaded,
    whenSynced,
    retry(token) {
      if (token !== undefined) provider.params = { ...provider.params, token };
      update({ refused: false, failedAttempts: 0 });
      if (network.online()) provider.connect();
    },
    async destroy() {
      destroyed = true;
      unsubscribeNetwork();
      ack.destroy();
      provider.destroy();
      listeners.clear();
      if (persistence) await persistence.destroy();
    },
  };
}
