import type { AnnotationTarget } from '../model/index.ts';

/**
 * True when the target is the whole clause: no quote, or a quote of the whole clause text (empty
 * prefix and suffix, see AnnotationTarget.quote) rather than some words in it.
 */
export const isWholeClause = (target: AnnotationTarget): boolean => !target.quote || (target.quote.prefix === '' && target.quote.suffix === '');
