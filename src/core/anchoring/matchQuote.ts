/**
 * Finding a quote again in a text, in the manner of the Hypothesis client's match-quote: candidates
 * within an edit budget, each scored on the quote itself, the text around it and its distance
 * from where it used to be.
 */
import { approximateMatches, editDistance } from './approximateMatches.ts';

/** What is known about where the quote stood. */
export interface QuoteContext {
  /** Text just before the quote ('' when it started its clause). */
  prefix: string;
  /** Text just after the quote ('' when it ended its clause). */
  suffix: string;
  /** Offset where it used to start, if known. */
  hint?: number;
}

export interface QuoteMatch {
  start: number;
  end: number;
  errors: number;
  /** 1 for the quote found exactly, less for each edit. */
  quoteScore: number;
  /** How well the text around the match agrees with the prefix and suffix, 0..1. */
  contextScore: number;
  /** Weighted total, 0..1. */
  score: number;
}

/** The quoted words themselves matter most. */
const QUOTE_WEIGHT = 50;
/** The words just before tell two occurrences of the same words apart. */
const PREFIX_WEIGHT = 20;
/** As do the words just after. */
const SUFFIX_WEIGHT = 20;
/** Closeness to the old offset only breaks ties between otherwise equal candidates. */
const POSITION_WEIGHT = 2;
const TOTAL_WEIGHT = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT;

/** Similarity of an expected context and the text found there, 0..1; two empty texts agree. */
function contextSimilarity(expected: string, found: string): number {
  const longest = Math.max(expected.length, found.length);
  if (longest === 0) return 1;
  return 1 - editDistance(expected, found, longest) / longest;
}

/**
 * Scores an occurrence of the quote at [start, end) of `text`. An empty prefix (suffix) expects
 * the quote at the start (end) of the text: one character is compared, so any text there disagrees.
 */
export function scoreMatch(text: string, quoteLength: number, match: { start: number; end: number; errors: number }, context: QuoteContext): QuoteMatch {
  const before = text.slice(Math.max(0, match.start - Math.max(context.prefix.length, 1)), match.start);
  const after = text.slice(match.end, match.end + Math.max(context.suffix.length, 1));
  const prefixScore = contextSimilarity(context.prefix, before);
  const suffixScore = contextSimilarity(context.suffix, after);
  const quoteScore = quoteLength === 0 ? 1 : 1 - match.errors / quoteLength;
  const positionScore = context.hint === undefined ? 1 : 1 - Math.abs(match.start - context.hint) / Math.max(text.length, 1);
  const contextScore = (PREFIX_WEIGHT * prefixScore + SUFFIX_WEIGHT * suffixScore) / (PREFIX_WEIGHT + SUFFIX_WEIGHT);
  const score = (QUOTE_WEIGHT * quoteScore + PREFIX_WEIGHT * prefixScore + SUFFIX_WEIGHT * suffixScore + POSITION_WEIGHT * positionScore) / TOTAL_WEIGHT;
  return { start: match.start, end: match.end, errors: match.errors, quoteScore, contextScore, score };
}

/**
 * Every occurrence of `quote` in `text` with at most `maxErrors` edits, scored, best first. Exact
 * occurrences, when there are any, are the only candidates.
 */
export function matchQuote(text: string, quote: string, context: QuoteContext, maxErrors: number): QuoteMatch[] {
  return approximateMatches(text, quote, maxErrors)
    .map((m) => scoreMatch(text, quote.length, m, context))
    .sort((a, b) => b.score - a.score || a.start - b.start);
}
