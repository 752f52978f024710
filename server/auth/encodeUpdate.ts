import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import type { Struct } from './updateRoots.ts';

/**
 * Encodes structs and deletions as a Yjs update (format v1), the way Yjs itself writes one:
 * per client, its structs in clock order with no gaps (the caller keeps them contiguous), then
 * the delete set. Structs from `Y.decodeUpdate` write themselves.
 */
export function encodeUpdate(structs: readonly Struct[], deletes: ReadonlyMap<number, ReadonlyArray<{ clock: number; len: number }>>): Uint8Array {
  const encoder = new Y.UpdateEncoderV1();
  const byClient = new Map<number, Struct[]>();
  for (const struct of structs) {
    let list = byClient.get(struct.id.client);
    if (!list) byClient.set(struct.id.client, (list = []));
    list.push(struct);
  }
  encoding.writeVarUint(encoder.restEncoder, byClient.size);
  for (const [client, list] of byClient) {
    list.sort((a, b) => a.id.clock - b.id.clock);
    for (let i = 1; i < list.length; i++) {
      const previous = list[i - 1];
      if (previous.id.clock + previous.length !== list[i].id.clock) throw new Error(`encodeUpdate: client ${client} has a gap at clock ${previous.id.clock + previous.length}`);
    }
    encoding.writeVarUint(encoder.restEncoder, list.length);
    encoder.writeClient(client);
    encoding.writeVarUint(encoder.restEncoder, list[0].id.clock);
    for (const struct of list) struct.write(encoder, 0);
  }
  const clients = [...deletes].filter(([, ranges]) => ranges.length > 0);
  encoding.writeVarUint(encoder.restEncoder, clients.length);
  for (const [client, ranges] of clients) {
    encoder.resetDsCurVal();
    encoding.writeVarUint(encoder.restEncoder, client);
    encoding.writeVarUint(encoder.restEncoder, ranges.length);
    for (const { clock, len } of ranges) {
      encoder.writeDsClock(clock);
      encoder.writeDsLen(len);
    }
  }
  return encoder.toUint8Array();
}
