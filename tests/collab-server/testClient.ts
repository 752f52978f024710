import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

/** A real y-websocket client (the `ws` package as its WebSocket) with its own Y.Doc. */
export interface TestClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** Resolves when the provider has synced with the server (now or on its next connection). */
  synced(): Promise<void>;
  destroy(): void;
}

/**
 * Connects a WebsocketProvider the way the app does: `new WebsocketProvider(wsUrl, workspace,
 * doc, { params: { token } })`. BroadcastChannel is off so clients in one process only meet
 * through the server.
 */
export function connectClient(wsUrl: string, workspace: string, token: string, doc = new Y.Doc()): TestClient {
  const provider = new WebsocketProvider(wsUrl, workspace, doc, {
    params: { token },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    maxBackoffTime: 200,
  });
  return {
    doc,
    provider,
    synced: () => (provider.synced ? Promise.resolve() : new Promise((resolve) => provider.once('sync', (state: boolean) => state && resolve()))),
    destroy: () => {
      provider.destroy();
      doc.destroy();
    },
  };
}

/**
 * Resolves once `condition()` holds, checking it now and after every update of `docs`;
 * rejects after `timeoutMs` with `what` in the message. No polling, no sleeping.
 */
export function whenDocs(docs: Y.Doc[], condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = (): void => {
      if (!condition()) return;
      cleanup();
      resolve();
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
    }, timeoutMs);
    const cleanup = (): void => {
      clearTimeout(timer);
      docs.forEach((doc) => doc.off('update', check));
    };
    docs.forEach((doc) => doc.on('update', check));
    check();
  });
}

/** The roots the tests write, and their types (a doc only knows a root's type once asked for it). */
export const TEST_ROOTS = { draftText: Y.Text, annotations: Y.Map, proposals: Y.Array, library: Y.Map, log: Y.Map } as const;

/** Everything the tests write in a doc, as comparable JSON. */
export function docJson(doc: Y.Doc): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, type] of Object.entries(TEST_ROOTS)) out[name] = doc.get(name, type as typeof Y.AbstractType<unknown>).toJSON();
  return out;
}

/** True when all docs hold exactly the same content (state vectors and JSON). */
export function converged(docs: Y.Doc[]): boolean {
  const [first, ...rest] = docs;
  const vector = Buffer.from(Y.encodeStateVector(first)).toString('base64');
  return rest.every((doc) => Buffer.from(Y.encodeStateVector(doc)).toString('base64') === vector && Y.equalDeleteSets(Y.createDeleteSetFromStructStore(first.store), Y.createDeleteSetFromStructStore(doc.store)));
}
