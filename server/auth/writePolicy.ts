import * as Y from 'yjs';
import { COMMENTER_WRITABLE_ROOTS } from '../../src/collab/roots.ts';
import { encodeUpdate } from './encodeUpdate.ts';
import type { Role } from './roles.ts';
import { UpdateRoots, clientWroteOnlyIn } from './updateRoots.ts';
import type { Struct } from './updateRoots.ts';

/**
 * What to do with a document update from a client: apply it (possibly with the parts the role
 * may not write removed, `dropped` saying what), or refuse it whole.
 */
export type WriteDecision =
  | { action: 'apply'; update: Uint8Array; dropped: string | null }
  | { action: 'refuse'; reason: string };

const COMMENTER_ROOTS: ReadonlySet<string> = COMMENTER_WRITABLE_ROOTS;

/** Merges adjacent clock ranges of one client. */
function mergeRanges(ranges: Array<{ clock: number; len: number }>): Array<{ clock: number; len: number }> {
  const merged: Array<{ clock: number; len: number }> = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && last.clock + last.len === range.clock) last.len += range.len;
    else merged.push({ ...range });
  }
  return merged;
}

/**
 * Decides what `role` may apply of `update` to `doc`. Editors: everything. Viewers: nothing.
 * Commenters: only changes inside COMMENTER_WRITABLE_ROOTS (annotations). Anything else a
 * commenter's update inserts is replaced by a garbage-collected placeholder of the same length,
 * and its other deletions are removed: the client's clock stays contiguous, so its later
 * annotations still apply. An update written under the client ID of someone who has written
 * elsewhere is refused whole (it could take over that writer's next clocks).
 * Throws if the update does not decode.
 */
export function decideWrite(role: Role, update: Uint8Array, doc: Y.Doc): WriteDecision {
  if (role === 'editor') return { action: 'apply', update, dropped: null };
  if (role === 'viewer') return { action: 'refuse', reason: 'viewers cannot change the workspace' };

  const roots = new UpdateRoots(update, doc);
  const clients = new Set(roots.structs.filter((struct) => !(struct instanceof Y.Skip)).map((struct) => struct.id.client));
  for (const client of clients) {
    if (!clientWroteOnlyIn(doc, client, COMMENTER_ROOTS)) {
      return { action: 'refuse', reason: `commenters may not write as client ${client}, which has edited more than annotations` };
    }
  }
  const forbidden = new Set<string>();
  let unplaced = false;
  const note = (root: string | null): void => {
    if (root === null) unplaced = true;
    else forbidden.add(root);
  };
  const kept: Struct[] = roots.structs.map((struct) => {
    if (!(struct instanceof Y.Item)) return struct;
    const root = roots.rootOf(struct);
    if (root !== null && COMMENTER_ROOTS.has(root)) return struct;
    note(root);
    return new Y.GC(struct.id, struct.length);
  });
  const deletes = new Map<number, Array<{ clock: number; len: number }>>();
  for (const piece of roots.deletedPieces()) {
    if (piece.collected) continue;
    if (piece.root === null || !COMMENTER_ROOTS.has(piece.root)) {
      note(piece.root);
      continue;
    }
    let ranges = deletes.get(piece.client);
    if (!ranges) deletes.set(piece.client, (ranges = []));
    ranges.push({ clock: piece.clock, len: piece.len });
  }
  if (forbidden.size === 0 && !unplaced) return { action: 'apply', update, dropped: null };
  const parts = [...[...forbidden].sort(), ...(unplaced ? ['content the server cannot place'] : [])];
  return {
    action: 'apply',
    update: encodeUpdate(kept, new Map([...deletes].map(([client, ranges]) => [client, mergeRanges(ranges)]))),
    dropped: `commenters may only change annotations; dropped changes to ${parts.join(', ')}`,
  };
}
