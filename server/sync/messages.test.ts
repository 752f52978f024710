import { describe, expect, it } from 'vitest';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { MalformedMessage, parseClientMessage } from './messages.ts';

const frame = (...parts: Array<number | Uint8Array>): Uint8Array => {
  const encoder = encoding.createEncoder();
  for (const part of parts) {
    if (typeof part === 'number') encoding.writeVarUint(encoder, part);
    else encoding.writeVarUint8Array(encoder, part);
  }
  return encoding.toUint8Array(encoder);
};

describe('parseClientMessage', () => {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, 'resolves');
  const update = Y.encodeStateAsUpdate(doc);

  it('reads the messages a y-websocket client sends', () => {
    expect(parseClientMessage(frame(0, 0, Y.encodeStateVector(doc)))).toMatchObject({ type: 'sync-step-1' });
    expect(parseClientMessage(frame(0, 1, update))).toMatchObject({ type: 'sync-step-2', empty: false });
    expect(parseClientMessage(frame(0, 2, update))).toMatchObject({ type: 'update', update, empty: false });
    expect(parseClientMessage(frame(0, 1, Uint8Array.of(0, 0)))).toMatchObject({ type: 'sync-step-2', empty: true });
    expect(parseClientMessage(frame(3))).toEqual({ type: 'query-awareness' });
    const awareness = frame(1, 7, 3, new TextEncoder().encode('{"clause":"res130/resolves/3"}'));
    expect(parseClientMessage(frame(1, awareness))).toMatchObject({ type: 'awareness', clients: [7] });
  });

  it('says what is wrong with a malformed frame', () => {
    const cases: Array<[Uint8Array, RegExp]> = [
      [new Uint8Array(0), /the message is empty/],
      [frame(9), /unknown message type 9/],
      [frame(0, 5, update), /unknown sync message type 5/],
      [frame(0, 2, new Uint8Array(0)), /the update is empty/],
      [frame(0, 2, update).slice(0, 6), /claims \d+ bytes but only \d+ follow/],
      [Uint8Array.of(...frame(0, 2, update), 1), /1 bytes after the end of the message/],
      [Uint8Array.of(0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x7f), /the message type overflows/],
      [frame(1, frame(1, 7, 3, new TextEncoder().encode('{not json'))), /JSON/],
      [frame(0, 2, Uint8Array.of(1, 200, 200, 200)), /.+/],
      [frame(0, 0, Uint8Array.of(1, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f, 1)), /overflows|Integer out of Range/],
    ];
    for (const [bytes, message] of cases) {
      expect(() => parseClientMessage(bytes), String([...bytes.slice(0, 8)])).toThrow(MalformedMessage);
      expect(() => parseClientMessage(bytes)).toThrow(message);
    }
  });
});
