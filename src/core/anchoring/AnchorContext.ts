/** What re-anchoring on a new version needs, computed once for any number of annotations. */
import { diffDocuments } from '../diff/index.ts';
import type { Hunk } from '../diff/index.ts';
import type { ItuDocument } from '../model/index.ts';
import { citationFromId, indexClauses } from './clauseIndex.ts';
import type { IndexedClause } from './clauseIndex.ts';
import { OffsetMap } from './OffsetMap.ts';
import type { AnchorOptions } from './types.ts';

/** Where an old clause went in the new version, with the word diff of its text. */
export interface ClausePair {
  clause: IndexedClause;
  hunks: readonly Hunk[];
  offsets: OffsetMap;
}

export class AnchorContext {
  readonly clauses: Map<string, IndexedClause>;
  readonly ordered: IndexedClause[];
  readonly previous: Map<string, IndexedClause> | null;
  /** Old clause ID → its counterpart in the new version; absent when the clause was removed. */
  private readonly pairs = new Map<string, ClausePair>();
  /** New clauses with no counterpart in the old version (added, or too changed to pair). */
  readonly added: IndexedClause[] = [];

  constructor(
    readonly doc: ItuDocument,
    readonly options: AnchorOptions,
  ) {
    this.clauses = indexClauses(doc);
    this.ordered = [...this.clauses.values()];
    const previous = options.previous;
    this.previous = previous ? indexClauses(previous) : null;
    if (!previous) return;
    const diff = options.diff ?? diffDocuments(previous, doc);
    const paired = new Set<string>();
    for (const change of diff.changes) {
      if (change.op === 'SUP') continue;
      if (change.op === 'ADD') continue;
      const newId = change.op === 'MOVE' ? change.to! : `${doc.id}${change.clause.slice(previous.id.length)}`;
      const clause = this.clauses.get(newId);
      if (!clause || !this.previous!.has(change.clause)) continue;
      paired.add(newId);
      this.pairs.set(change.clause, { clause, hunks: change.hunks, offsets: new OffsetMap(change.hunks) });
    }
    for (const clause of this.ordered) if (!paired.has(clause.id)) this.added.push(clause);
  }

  /** The new counterpart of an old clause, or null when it was removed. */
  pairOf(oldId: string): ClausePair | null {
    return this.pairs.get(oldId) ?? null;
  }

  /** How the old clause was cited: from the old text, else as recorded on the target, else from its ID. */
  oldCitation(oldId: string, recorded: string | undefined): string {
    return this.previous?.get(oldId)?.citation ?? recorded ?? citationFromId(oldId);
  }
}
