import * as Y from 'yjs';

/** A struct of a decoded update, or of a document's store. */
export type Struct = Y.Item | Y.GC | Y.Skip;

/** A deleted clock range of one client, and the root of what it deletes (null: unknown). */
export interface DeletedPiece {
  client: number;
  clock: number;
  len: number;
  root: string | null;
  /** The range is garbage already: deleting it changes nothing. */
  collected: boolean;
}

/** Parent chains longer than this are refused rather than followed (updates can be hostile). */
const MAX_CHAIN = 100_000;

/** The struct covering `clock` in a clock-ordered array of one client's structs, or null. */
function findStruct(structs: readonly Struct[] | undefined, clock: number): Struct | null {
  if (!structs || structs.length === 0) return null;
  let low = 0;
  let high = structs.length - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const struct = structs[mid];
    if (clock < struct.id.clock) high = mid - 1;
    else if (clock >= struct.id.clock + struct.length) low = mid + 1;
    else return struct;
  }
  return null;
}

/** The name of the top-level type an integrated type lives in, or null. */
export function rootNameOfType(type: Y.AbstractType<unknown>): string | null {
  let current = type;
  for (let steps = 0; current._item !== null; steps++) {
    const parent = current._item.parent;
    if (!(parent instanceof Y.AbstractType) || steps > MAX_CHAIN) return null;
    current = parent;
  }
  return current.doc ? Y.findRootTypeKey(current) : null;
}

/**
 * A decoded update, read against the document it is about to be applied to: for each struct it
 * inserts and each range it deletes, the top-level shared type (root) that is changed. A struct's
 * parent is resolved through the update itself and through the document: an item names its
 * root, or the item holding its parent type, or only its left/right neighbour (whose parent it
 * shares). `rootOf` is null when that cannot be resolved (garbage-collected parents, references
 * to structs nobody has, cycles): callers must treat that as "somewhere it may not write".
 * The constructor throws if the update does not decode.
 */
export class UpdateRoots {
  readonly structs: Struct[];
  readonly ds: ReturnType<typeof Y.decodeUpdate>['ds'];
  private readonly inUpdate = new Map<number, Struct[]>();
  private readonly memo = new Map<Struct, string | null>();

  constructor(
    update: Uint8Array,
    private readonly doc: Y.Doc,
  ) {
    const decoded = Y.decodeUpdate(update);
    this.structs = decoded.structs;
    this.ds = decoded.ds;
    for (const struct of this.structs) {
      let list = this.inUpdate.get(struct.id.client);
      if (!list) this.inUpdate.set(struct.id.client, (list = []));
      list.push(struct);
    }
  }

  /** The root a struct of the update (or of the document) lives in; null for GC, Skip, or unresolvable. */
  rootOf(start: Struct): string | null {
    const chain: Struct[] = [];
    const seen = new Set<Struct>();
    let current: Struct | null = start;
    let root: string | null = null;
    while (current !== null) {
      if (this.memo.has(current)) {
        root = this.memo.get(current) ?? null;
        break;
      }
      if (chain.length > MAX_CHAIN || seen.has(current)) break;
      chain.push(current);
      seen.add(current);
      if (!(current instanceof Y.Item)) break; // GC or Skip: no parent to follow
      const parent = current.parent as Y.AbstractType<unknown> | Y.ID | string | null;
      if (parent instanceof Y.AbstractType) {
        root = rootNameOfType(parent);
        break;
      }
      if (typeof parent === 'string') {
        root = parent;
        break;
      }
      if (parent instanceof Y.ID) {
        const holder = this.lookup(parent);
        // The parent must be an item that holds a type.
        if (!(holder instanceof Y.Item) || !(holder.content instanceof Y.ContentType)) break;
        current = holder;
        continue;
      }
      const neighbour: Y.ID | null = current.origin ?? current.rightOrigin;
      current = neighbour ? this.lookup(neighbour) : null;
    }
    for (const struct of chain) this.memo.set(struct, root);
    return root;
  }

  /** The update's deletions, cut at struct boundaries, each with the root of what it deletes. */
  deletedPieces(): DeletedPiece[] {
    const pieces: DeletedPiece[] = [];
    for (const [client, ranges] of this.ds.clients) {
      for (const range of ranges) {
        let clock = range.clock;
        const end = range.clock + range.len;
        while (clock < end) {
          const struct = this.lookup(Y.createID(client, clock));
          if (struct === null) {
            // Deleting what nobody has seen (yet): no root.
            pieces.push({ client, clock, len: end - clock, root: null, collected: false });
            break;
          }
          const pieceEnd = Math.min(end, struct.id.clock + struct.length);
          pieces.push({ client, clock, len: pieceEnd - clock, root: struct instanceof Y.Item ? this.rootOf(struct) : null, collected: struct instanceof Y.GC });
          clock = pieceEnd;
        }
      }
    }
    return pieces;
  }

  private lookup(id: Y.ID): Struct | null {
    return findStruct(this.doc.store.clients.get(id.client), id.clock) ?? findStruct(this.inUpdate.get(id.client), id.clock);
  }
}

/**
 * True when every item the document has from `client` lives in one of `roots`: a client
 * (a Yjs session) that has only ever written there. Used so that an update limited to some roots
 * cannot reuse the client ID of someone who writes elsewhere.
 */
export function clientWroteOnlyIn(doc: Y.Doc, client: number, roots: ReadonlySet<string>): boolean {
  for (const struct of doc.store.clients.get(client) ?? []) {
    if (!(struct instanceof Y.Item)) continue;
    const parent = struct.parent;
    const root = parent instanceof Y.AbstractType ? rootNameOfType(parent) : null;
    if (root === null || !roots.has(root)) return false;
  }
  return true;
}
