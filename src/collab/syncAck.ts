/**
 * Knowing when the server holds this device's changes. The y-websocket protocol has no
 * acknowledgement, but a server handles one connection's messages in order and answers every
 * sync step 1 with a sync step 2. So after changes have been sent, sending a step 1 and receiving
 * its step 2 proves the server has handled (stored, then broadcast) everything sent before it.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { messageSync } from 'y-websocket';
import type { WebsocketProvider } from 'y-websocket';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';

/** The server's confirmation state, for the current connection. */
export interface SyncAck {
  /** True when the server confirmed everything this device has. */
  readonly confirmed: boolean;
  /** True when this device had something the server lacked at connection, or changed something since. */
  readonly changed: boolean;
  /** Called whenever `confirmed` or `changed` may have changed. */
  onChange(listener: () => void): () => void;
  destroy(): void;
}

/** A probe answered before it counts: the step 2 that answers y-websocket's own step 1 on connecting. */
const HANDSHAKE = -1;
/**
 * True when `doc` holds changes the server's state vector lacks. (Deletions alone do not move a
 * state vector; a reload that brings back only offline deletions reads as "connected", not "saved".)
 */
function aheadOf(doc: Y.Doc, serverState: Uint8Array): boolean {
  const server = Y.decodeStateVector(serverState);
  for (const [client, clock] of Y.decodeStateVector(Y.encodeStateVector(doc))) {
    if (clock > (server.get(client) ?? 0)) return true;
  }
  return false;
}

/**
 * Watches a provider's sync messages and the document's local changes. `delayMs` groups quick
 * successive edits (typing) into one probe.
 */
export function trackSyncAck(provider: WebsocketProvider, delayMs = 120): SyncAck {
  const doc = provider.doc;
  const listeners = new Set<() => void>();
  let localSeq = 0;
  let confirmedSeq = HANDSHAKE;
  let pending: number[] = [];
  let serverStep1 = false;
  let changed = false;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const notify = (): void => listeners.forEach((listener) => listener());

  const sendProbe = (): void => {
    timer = null;
    const ws = provider.ws;
    if (!provider.wsconnected || !serverStep1 || !ws || ws.readyState !== ws.OPEN) return;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, messageSync);
    syncProtocol.writeSyncStep1(encoder, doc);
    pending.push(localSeq);
    ws.send(encoding.toUint8Array(encoder));
  };
  const scheduleProbe = (delay: number): void => {
    if (timer === null) timer = setTimeout(sendProbe, delay);
  };

  const original = provider.messageHandlers[messageSync];
  provider.messageHandlers[messageSync] = (encoder, decoder, target, emitSynced, messageType) => {
    // Only messages from the server count (not those from other tabs over BroadcastChannel).
    const kind = emitSynced ? decoding.peekVarUint(decoder) : -1;
    if (kind === syncProtocol.messageYjsSyncStep1) {
      const peek = decoding.clone(decoder);
      decoding.readVarUint(peek);
      if (aheadOf(doc, decoding.readVarUint8Array(peek))) changed = true;
    }
    original(encoder, decoder, target, emitSynced, messageType);
    if (kind === syncProtocol.messageYjsSyncStep1) {
      serverStep1 = true;
      // The reply (what the server lacks) is sent when this handler returns; probe after it.
      scheduleProbe(0);
      notify();
    } else if (kind === syncProtocol.messageYjsSyncStep2) {
      const seq = pending.shift();
      if (seq !== undefined && seq > confirmedSeq) confirmedSeq = seq;
      notify();
    }
  };

  const onStatus = ({ status }: { status: string }): void => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    serverStep1 = false;
    confirmedSeq = HANDSHAKE;
    // On opening, y-websocket sends its own step 1 first: its answer confirms nothing.
    pending = status === 'connected' ? [HANDSHAKE] : [];
    notify();
  };
  const onUpdate = (_update: Uint8Array, _origin: unknown, _doc: Y.Doc, transaction: Y.Transaction): void => {
    if (!transaction.local) return;
    localSeq++;
    changed = true;
    scheduleProbe(delayMs);
    notify();
  };
  provider.on('status', onStatus);
  doc.on('update', onUpdate);

  return {
    get confirmed() {
      return provider.wsconnected && serverStep1 && confirmedSeq >= 0 && confirmedSeq >= localSeq && timer === null;
    },
    get changed() {
      return changed;
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    destroy() {
      if (timer !== null) clearTimeout(timer);
      provider.off('status', onStatus);
      doc.off('update', onUpdate);
      provider.messageHandlers[messageSync] = original;
      listeners.clear();
    },
  };
}
