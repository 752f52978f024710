import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';

/** Messages as a y-websocket client writes them (built with y-protocols, not the server's code). */
export const clientMessage = {
  update(update: Uint8Array): Uint8Array {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 0);
    syncProtocol.writeUpdate(encoder, update);
    return encoding.toUint8Array(encoder);
  },
  syncStep1(doc: Y.Doc): Uint8Array {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 0);
    syncProtocol.writeSyncStep1(encoder, doc);
    return encoding.toUint8Array(encoder);
  },
  awareness(awareness: awarenessProtocol.Awareness): Uint8Array {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 1);
    encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(awareness, [awareness.clientID]));
    return encoding.toUint8Array(encoder);
  },
};

/** What kind of server message this is: 'sync-step-1', 'sync-step-2', 'update', 'awareness', 'denied' (with reason). */
export function serverMessageKind(message: Uint8Array): { kind: string; reason?: string; payload?: Uint8Array } {
  const decoder = decoding.createDecoder(message);
  const type = decoding.readVarUint(decoder);
  if (type === 0) {
    const step = decoding.readVarUint(decoder);
    return { kind: ['sync-step-1', 'sync-step-2', 'update'][step] ?? `sync-${step}`, payload: decoding.readVarUint8Array(decoder) };
  }
  if (type === 1) return { kind: 'awareness', payload: decoding.readVarUint8Array(decoder) };
  if (type === 2) {
    decoding.readVarUint(decoder);
    return { kind: 'denied', reason: decoding.readVarString(decoder) };
  }
  return { kind: `type-${type}` };
}

/** The update a change to `doc` produces. */
export function changeOf(doc: Y.Doc, edit: (doc: Y.Doc) => void): Uint8Array {
  let update: Uint8Array | null = null;
  const capture = (u: Uint8Array): void => void (update = u);
  doc.on('update', capture);
  doc.transact(() => edit(doc));
  doc.off('update', capture);
  if (update === null) throw new Error('the edit changed nothing');
  return update;
}
