/** Anchors that follow the text: describe() an annotation's target, anchor() it again on a new version. */
export { describe, describeClause, CONTEXT_LENGTH } from './describe.ts';
export { anchor, anchorAll, Anchorer, MAX_ERROR_RATE, MIN_CONTEXT, MIN_CONTEXT_ELSEWHERE } from './anchor.ts';
export type { Anchor, AnchorOptions, AnchorState, ResolvedSpan } from './types.ts';
export { clauseCitation, citationFromId, indexClauses } from './clauseIndex.ts';
export type { IndexedClause } from './clauseIndex.ts';
export { approximateMatches, editDistance } from './approximateMatches.ts';
export type { ApproximateMatch } from './approximateMatches.ts';
export { matchQuote } from './matchQuote.ts';
export type { QuoteContext, QuoteMatch } from './matchQuote.ts';
export { touchedAnnotations, touchedRiskCategories } from './touchedAnnotations.ts';
export type { TouchedAnnotation } from './touchedAnnotations.ts';
export { carryToProposal, counterpartOf, DELETED_BY_PROPOSAL } from './carryToProposal.ts';
export type { CarriedAnnotation } from './carryToProposal.ts';
export { isWholeClause } from './isWholeClause.ts';
