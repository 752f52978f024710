/** Targets for tests: an annotation's target on a clause, described as the app describes a selection. */
import type { AnnotationTarget, ItuDocument } from '../../model/index.ts';
import { allClauses } from '../../model/index.ts';
import { describe } from '../describe.ts';

/**
 * The target of an annotation on `clause` of `doc`: the whole clause, or the first occurrence of
 * `words` in it at or after `from`. Throws when the clause does not hold the words.
 */
export function targetOn(doc: ItuDocument, clause: string, words?: string, from = 0): AnnotationTarget {
  if (!words) return describe(doc, clause);
  const text = allClauses(doc).find((c) => c.id === clause)?.text ?? '';
  const start = text.indexOf(words, from);
  if (start === -1) throw new Error(`"${words}" is not in ${clause}`);
  return describe(doc, clause, { start, end: start + words.length });
}
