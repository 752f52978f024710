/**
 * The base text's annotations carried onto a proposal's text: each annotation is found in the
 * base as it stands, then followed through the comparison of the base and the proposal (moves,
 * relabelling, the word diff of its clause) to the proposal's clause. The comparison decides
 * which clause is which: an annotation lands on its own clause's counterpart or nowhere.
 */
import type { ClauseChange, DocumentDiff } from '../diff/index.ts';
import type { Annotation, AnnotationTarget, ItuDocument } from '../model/index.ts';
import { Anchorer } from './anchor.ts';
import { indexClauses } from './clauseIndex.ts';
import { describeClause } from './describe.ts';
import type { Anchor } from './types.ts';
import { isWholeClause } from './isWholeClause.ts';

/** What an annotation on a clause the proposal deletes says about it. */
export const DELETED_BY_PROPOSAL = 'clause deleted by this proposal';

/** One base annotation on a proposal's text. */
export interface CarriedAnnotation {
  annotation: Annotation;
  /** The base clause it sits on as the base stands now, or null when it is not found in the base. */
  baseClause: string | null;
  /** What the proposal does to that clause (null when the comparison does not mention it). */
  change: ClauseChange | null;
  /** Where it stands in the proposal: exact, moved ("was considering c)"), fuzzy, or orphaned. */
  anchor: Anchor;
}

const orphan = (reason: string): Anchor => ({ state: 'orphaned', clause: null, span: null, from: null, reason });

/** The proposal clause the comparison pairs with a base clause (null for SUP and ADD). */
export function counterpartOf(change: ClauseChange, base: ItuDocument, proposal: ItuDocument): string | null {
  if (change.op === 'SUP' || change.op === 'ADD') return null;
  if (change.op === 'MOVE') return change.to ?? null;
  return `${proposal.id}${change.clause.slice(base.id.length)}`;
}

/**
 * Carries the annotations made on `base` (others are left out) onto `proposal`, the proposal's
 * text, using `diff` = the comparison of the two (exact for Word tracked changes). In the order
 * given. An annotation on a clause the proposal deletes is orphaned as DELETED_BY_PROPOSAL; one
 * the anchoring would place on a clause the comparison pairs with another base clause is orphaned.
 */
export function carryToProposal(annotations: readonly Annotation[], base: ItuDocument, proposal: ItuDocument, diff: DocumentDiff): CarriedAnnotation[] {
  const own = annotations.filter((annotation) => annotation.target.clause.startsWith(`${base.id}/`));
  if (own.length === 0) return [];
  const baseClauses = indexClauses(base);
  const inBase = new Anchorer(base);
  const inProposal = new Anchorer(proposal, { previous: base, diff });
  const changes = new Map<string, ClauseChange>();
  /** Proposal clause → the base clause the comparison says it is. */
  const pairedWith = new Map<string, string>();
  for (const change of diff.changes) {
    if (change.op === 'ADD') continue;
    changes.set(change.clause, change);
    const counterpart = counterpartOf(change, base, proposal);
    if (counterpart) pairedWith.set(counterpart, change.clause);
  }
  return own.map((annotation): CarriedAnnotation => {
    const found = inBase.anchor(annotation.target);
    const clause = found.clause ? baseClauses.get(found.clause) : undefined;
    if (!clause || !found.span) return { annotation, baseClause: null, change: null, anchor: orphan(`not found in the base text: ${found.reason}`) };
    // As the base stands now: the annotation's own target when it still fits exactly, else re-described where it was found.
    const target: AnnotationTarget =
      found.state === 'exact'
        ? annotation.target
        : { ...describeClause(clause, isWholeClause(annotation.target) ? undefined : found.span), citation: clause.citation };
    const change = changes.get(clause.id) ?? null;
    if (change?.op === 'SUP') return { annotation, baseClause: clause.id, change, anchor: orphan(DELETED_BY_PROPOSAL) };
    const carried = inProposal.anchor(target);
    const paired = carried.clause === null ? null : pairedWith.get(carried.clause);
    // Anchoring follows the comparison already; this guards the rule should the two ever disagree.
    if (paired !== undefined && paired !== null && paired !== clause.id) {
      return { annotation, baseClause: clause.id, change, anchor: orphan(`the quoted words are no longer in ${clause.citation}`) };
    }
    return { annotation, baseClause: clause.id, change, anchor: carried };
  });
}
