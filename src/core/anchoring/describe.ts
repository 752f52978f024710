/** Building an annotation's target from a clause and, optionally, a span of its text. */
import type { AnnotationTarget, ItuDocument, TextPosition } from '../model/index.ts';
import { indexClauses } from './clauseIndex.ts';
import type { IndexedClause } from './clauseIndex.ts';

/** Characters of context kept either side of a quote: enough to tell repeated words apart, as in Hypothesis. */
export const CONTEXT_LENGTH = 32;

/** The target for a clause already looked up (see describe). */
export function describeClause(clause: IndexedClause, span?: TextPosition): AnnotationTarget {
  const { text } = clause;
  if (span === undefined) {
    const target: AnnotationTarget = { clause: clause.id, citation: clause.citation };
    if (text !== '') {
      target.quote = { exact: text, prefix: '', suffix: '' };
      target.position = { start: 0, end: text.length };
    }
    return target;
  }
  const { start, end } = span;
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || start < 0 || end > text.length || start >= end) {
    throw new RangeError(`Span ${start}..${end} is not a non-empty range of clause ${clause.id} (length ${text.length})`);
  }
  return {
    clause: clause.id,
    quote: { exact: text.slice(start, end), prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start), suffix: text.slice(end, end + CONTEXT_LENGTH) },
    position: { start, end },
    citation: clause.citation,
  };
}

/**
 * The target of an annotation on a clause of `doc` (a footnote ID works too): the whole clause,
 * or the span [start, end) of its text (label excluded). Records the quote with up to
 * CONTEXT_LENGTH characters either side, the position and the clause's citation. A whole-clause
 * target quotes the whole text, so a new version can tell whether it changed. Throws for an
 * unknown clause or a span outside the text.
 */
export function describe(doc: ItuDocument, clauseId: string, span?: TextPosition): AnnotationTarget {
  const clause = indexClauses(doc).get(clauseId);
  if (!clause) throw new RangeError(`Clause ${clauseId} is not in document ${doc.id}`);
  return describeClause(clause, span);
}
