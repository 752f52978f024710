import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';

/**
 * The y-websocket protocol: every frame is one message, a varUint type then its body.
 * Sync (0) carries y-protocols sync messages, awareness (1) presence, auth (2) a permission
 * refusal from the server, query-awareness (3) asks for everyone's presence.
 */
export const MESSAGE_SYNC = 0;
export const MESSAGE_AWARENESS = 1;
export const MESSAGE_AUTH = 2;
export const MESSAGE_QUERY_AWARENESS = 3;

const SYNC_STEP_1 = 0;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

/** A message from a client, decoded and checked: anything that gets this far is well-formed. */
export type ClientMessage =
  | { type: 'sync-step-1'; stateVector: Uint8Array }
  | { type: 'sync-step-2' | 'update'; update: Uint8Array; empty: boolean }
  | { type: 'awareness'; update: Uint8Array; clients: number[] }
  | { type: 'query-awareness' };

/** A frame that is not a well-formed client message; the message says what is wrong. */
export class MalformedMessage extends Error {
  override readonly name = 'MalformedMessage';
}

/** A varUint that must be a safe integer (lib0 returns imprecise numbers past 2^53). */
function readNumber(decoder: decoding.Decoder, what: string): number {
  const value = decoding.readVarUint(decoder);
  if (!Number.isSafeInteger(value)) throw new MalformedMessage(`${what} overflows (varint too long)`);
  return value;
}

function readLength(decoder: decoding.Decoder, what: string): number {
  const length = readNumber(decoder, `the length of ${what}`);
  const left = decoder.arr.length - decoder.pos;
  if (length > left) throw new MalformedMessage(`${what} claims ${length} bytes but only ${left} follow`);
  return length;
}

function readBytes(decoder: decoding.Decoder, what: string): Uint8Array {
  return decoding.readUint8Array(decoder, readLength(decoder, what));
}

const safe = (...values: number[]): boolean => values.every(Number.isSafeInteger);

/** Checks an update decodes completely, with sane numbers; true when it changes nothing (no structs, no deletions). */
function checkUpdate(update: Uint8Array): boolean {
  if (update.length === 0) throw new MalformedMessage('the update is empty (zero bytes)');
  const { structs, ds } = Y.decodeUpdate(update);
  for (const struct of structs) {
    if (!safe(struct.id.client, struct.id.clock, struct.length)) throw new MalformedMessage('the update has a client, clock or length that overflows');
  }
  for (const [client, ranges] of ds.clients) {
    if (!safe(client) || ranges.some((range) => !safe(range.clock, range.len))) throw new MalformedMessage('the update deletes a range that overflows');
  }
  return structs.length === 0 && ds.clients.size === 0;
}

function checkStateVector(stateVector: Uint8Array): void {
  const decoder = decoding.createDecoder(stateVector);
  const entries = readNumber(decoder, 'the state vector size');
  for (let i = 0; i < entries; i++) {
    readNumber(decoder, 'a client in the state vector');
    readNumber(decoder, 'a clock in the state vector');
  }
  if (decoding.hasContent(decoder)) throw new MalformedMessage('the state vector has trailing bytes');
}

/** Reads an awareness update's client IDs, checking each state is JSON. */
function awarenessClients(update: Uint8Array): number[] {
  const decoder = decoding.createDecoder(update);
  const count = readNumber(decoder, 'the presence count');
  const clients: number[] = [];
  for (let i = 0; i < count; i++) {
    clients.push(readNumber(decoder, 'a presence client'));
    readNumber(decoder, 'a presence clock');
    const state = new TextDecoder('utf-8', { fatal: true }).decode(readBytes(decoder, 'a presence state'));
    JSON.parse(state);
  }
  if (decoding.hasContent(decoder)) throw new MalformedMessage('the presence update has trailing bytes');
  return clients;
}

/**
 * Decodes one binary frame from a client, checking every part (lengths, varints, the Yjs update,
 * presence JSON) without applying anything. Throws MalformedMessage when the frame is not a
 * message a y-websocket client sends. The frame must be its own buffer (not a view into a larger
 * one), so that no read can run past its end.
 */
export function parseClientMessage(frame: Uint8Array): ClientMessage {
  try {
    const decoder = decoding.createDecoder(frame);
    if (!decoding.hasContent(decoder)) throw new MalformedMessage('the message is empty');
    const type = readNumber(decoder, 'the message type');
    let message: ClientMessage;
    if (type === MESSAGE_SYNC) {
      const step = readNumber(decoder, 'the sync message type');
      const body = readBytes(decoder, 'the sync message');
      if (step === SYNC_STEP_1) {
        checkStateVector(body);
        message = { type: 'sync-step-1', stateVector: body };
      } else if (step === SYNC_STEP_2 || step === SYNC_UPDATE) {
        message = { type: step === SYNC_STEP_2 ? 'sync-step-2' : 'update', update: body, empty: checkUpdate(body) };
      } else {
        throw new MalformedMessage(`unknown sync message type ${step}`);
      }
    } else if (type === MESSAGE_AWARENESS) {
      const body = readBytes(decoder, 'the presence message');
      message = { type: 'awareness', update: body, clients: awarenessClients(body) };
    } else if (type === MESSAGE_QUERY_AWARENESS) {
      message = { type: 'query-awareness' };
    } else {
      throw new MalformedMessage(`unknown message type ${type}`);
    }
    if (decoding.hasContent(decoder)) throw new MalformedMessage(`${frame.length - decoder.pos} bytes after the end of the message`);
    return message;
  } catch (error) {
    if (error instanceof MalformedMessage) throw error;
    throw new MalformedMessage(error instanceof Error ? error.message : String(error));
  }
}

function message(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
}

/** Sync step 1: the server's state vector, asking the client for what the server lacks. */
export const syncStep1Message = (doc: Y.Doc): Uint8Array =>
  message((e) => {
    encoding.writeVarUint(e, MESSAGE_SYNC);
    encoding.writeVarUint(e, SYNC_STEP_1);
    encoding.writeVarUint8Array(e, Y.encodeStateVector(doc));
  });

/** Sync step 2: everything the client lacks, given its state vector. */
export const syncStep2Message = (doc: Y.Doc, stateVector: Uint8Array): Uint8Array =>
  message((e) => {
    encoding.writeVarUint(e, MESSAGE_SYNC);
    encoding.writeVarUint(e, SYNC_STEP_2);
    encoding.writeVarUint8Array(e, Y.encodeStateAsUpdate(doc, stateVector));
  });

/** A document update for the other clients. */
export const updateMessage = (update: Uint8Array): Uint8Array =>
  message((e) => {
    encoding.writeVarUint(e, MESSAGE_SYNC);
    encoding.writeVarUint(e, SYNC_UPDATE);
    encoding.writeVarUint8Array(e, update);
  });

/** A presence update. */
export const awarenessMessage = (update: Uint8Array): Uint8Array =>
  message((e) => {
    encoding.writeVarUint(e, MESSAGE_AWARENESS);
    encoding.writeVarUint8Array(e, update);
  });

/** y-protocols' permission-denied message: y-websocket clients log the reason. */
export const permissionDeniedMessage = (reason: string): Uint8Array =>
  message((e) => {
    encoding.writeVarUint(e, MESSAGE_AUTH);
    encoding.writeVarUint(e, 0);
    encoding.writeVarString(e, reason);
  });
