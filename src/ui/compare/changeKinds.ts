import type { ClauseChange } from '../../core/diff/index.ts';

/** `res130/resolves` → `resolves`: sections of two copies of a text compare alike. */
const withoutDocument = (id: string): string => id.slice(id.indexOf('/') + 1);

/**
 * A clause that only took a new label because a clause was inserted or deleted before it (c)
 * becoming d)): same section, same text. Shown as moved, but not a change of substance: a reader
 * does not step through it, and it folds away with the unchanged clauses.
 */
export function isRelabelOnly(change: ClauseChange): boolean {
  return change.op === 'MOVE' && !change.modified && !movesSection(change);
}

/** A clause moved under another heading (recognizing d) → noting d)). */
export function movesSection(change: ClauseChange): boolean {
  return change.op === 'MOVE' && !!change.toSection && withoutDocument(change.toSection) !== withoutDocument(change.section);
}

/** A change a reader steps through and sees unfolded: any op but NOC, relabelling alone aside. */
export function isSubstantive(change: ClauseChange): boolean {
  return change.op !== 'NOC' && !isRelabelOnly(change);
}
