/**
 * Re-anchoring annotations on a new version of a text. The ladder, first success wins:
 *   0. live relative positions (drafts), when the collaboration layer can resolve them;
 *   1. the exact position: same clause, same words at the same offset;
 *   2. clause and quote: the clause is followed to its new ID (with the old version: through
 *      the comparison of the two versions; the span through the word diff of its clause), and
 *      the quote is found there;
 *   3. fuzzy quote within that clause;
 *   4. fuzzy quote elsewhere in the document, only when the clause itself is gone, and only
 *      where the surrounding words agree closely.
 * When the clause is still there but the quoted words are not, the annotation is an orphan: it is
 * never moved to other occurrences of the same words.
 */
import type { AnnotationTarget, ItuDocument, TextPosition } from '../model/index.ts';
import { textSimilarity } from '../diff/index.ts';
import { editDistance, MAX_PATTERN_LENGTH } from './approximateMatches.ts';
import { AnchorContext } from './AnchorContext.ts';
import type { IndexedClause } from './clauseIndex.ts';
import { matchQuote, scoreMatch } from './matchQuote.ts';
import type { QuoteMatch } from './matchQuote.ts';
import type { Anchor, AnchorOptions } from './types.ts';
import { isWholeClause } from './isWholeClause.ts';

/** A quote with more than a quarter of its characters changed is no longer the same words. */
export const MAX_ERROR_RATE = 0.25;
/** In its own clause, at least half of the text around a match must agree, so a repeated phrase is not taken for the annotated one. */
export const MIN_CONTEXT = 0.5;
/** In another clause, the text around a match must agree closely: the annotation is being moved. */
export const MIN_CONTEXT_ELSEWHERE = 0.75;
/** Elsewhere, the best match must beat the next one by this much, or the place is ambiguous. */
export const MIN_MARGIN = 0.02;
/** Without the old version, a prefix or suffix this long still found in the clause shows it is the annotated clause. */
export const MIN_CONTEXT_EVIDENCE = 8;
/** A quote shorter than this is too common to look for fuzzily in other clauses. */
export const MIN_FUZZY_ELSEWHERE_LENGTH = 12;
/**
 * A clause rewritten in place keeps a whole-clause annotation only if a fifth of its words (and
 * word pairs) survive, the likeness the comparison itself needs to pair clauses between neighbours.
 */
export const MIN_WHOLE_SIMILARITY = 0.2;
/** Characters outside the region the word diff maps a span to, still searched for the quote (word-diff edges vary). */
const SEARCH_SLACK = 8;

interface Located {
  clause: IndexedClause;
  span: TextPosition;
  errors: number;
}

const maxErrors = (quote: string): number => Math.floor(quote.length * MAX_ERROR_RATE);
const whole = (clause: IndexedClause): TextPosition => ({ start: 0, end: clause.text.length });
/** A clause ID without its document's: a text renumbered as a draft (`res-sen-1`) keeps `resolves/3`. */
const withinDocument = (id: string): string => id.slice(id.indexOf('/') + 1);

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Widens a fuzzy span that cuts a word in two to the whole word, at either end. */
function snapToWords(text: string, span: TextPosition): TextPosition {
  let { start, end } = span;
  while (start > 0 && start < end && WORD_CHAR.test(text[start - 1]) && WORD_CHAR.test(text[start])) start--;
  while (end < text.length && end > start && WORD_CHAR.test(text[end]) && WORD_CHAR.test(text[end - 1])) end++;
  return { start, end };
}

/** Best candidate at or above a context threshold (ties go to the earlier one); null when none qualifies. */
function best(candidates: readonly QuoteMatch[], minContext: number): QuoteMatch | null {
  return candidates.find((c) => c.contextScore >= minContext) ?? null;
}

/** Re-anchors annotations on `doc`; the work shared by all of them (indexes, the comparison) is done once. */
export class Anchorer {
  private readonly context: AnchorContext;
  private readonly similarities = new Map<string, number>();

  constructor(doc: ItuDocument, options: AnchorOptions = {}) {
    this.context = new AnchorContext(doc, options);
  }

  /** Likeness of a quoted clause text and a clause, remembered: many annotations quote the same whole clause. */
  private similarity(text: string, clause: IndexedClause): number {
    const key = `${clause.id}\u0000${text}`;
    let value = this.similarities.get(key);
    if (value === undefined) {
      value = textSimilarity(text, clause.text);
      this.similarities.set(key, value);
    }
    return value;
  }

  anchor(target: AnnotationTarget): Anchor {
    const ctx = this.context;
    const live = this.fromRelative(target);
    if (live) return this.result(target, live, live.errors === 0 ? 'exact' : 'fuzzy');
    const old = ctx.previous?.get(target.clause);
    const oldSpan = old ? this.locate(old, target) : null;
    if (old && oldSpan) return this.followDiff(target, old, oldSpan);
    return this.byQuote(target);
  }

  /** Step 0: a live span; errors 0 when it still holds the quoted words. */
  private fromRelative(target: AnnotationTarget): Located | null {
    const resolve = this.context.options.resolveRelative;
    if (!target.relative || !resolve) return null;
    const found = resolve(target.relative, target);
    const clause = found ? this.context.clauses.get(found.clause) : undefined;
    if (!found || !clause || found.start < 0 || found.end > clause.text.length || found.start >= found.end) return null;
    const same = target.quote ? clause.text.slice(found.start, found.end) === target.quote.exact : true;
    return { clause, span: { start: found.start, end: found.end }, errors: same ? 0 : 1 };
  }

  /** Where the target stands in the old version (its own clause), or null when it does not fit it. */
  private locate(old: IndexedClause, target: AnnotationTarget): TextPosition | null {
    const quote = target.quote;
    if (!quote) return old.text === '' ? whole(old) : null;
    if (isWholeClause(target)) return old.text === quote.exact ? whole(old) : null;
    const p = target.position;
    if (p && old.text.slice(p.start, p.end) === quote.exact) return { start: p.start, end: p.end };
    const found = best(matchQuote(old.text, quote.exact, { ...quote, hint: p?.start }, 0), MIN_CONTEXT);
    return found ? { start: found.start, end: found.end } : null;
  }

  /** Steps 1-3 with the old version: follow the clause through the comparison, the span through its word diff. */
  private followDiff(target: AnnotationTarget, old: IndexedClause, span: TextPosition): Anchor {
    const pair = this.context.pairOf(old.id);
    if (!pair) return this.elsewhere(target, this.context.added, `${old.citation} was removed`);
    const { clause, offsets } = pair;
    if (isWholeClause(target)) {
      if (clause.text === old.text) return this.result(target, { clause, span: whole(clause), errors: 0 }, 'exact');
      if (this.similarity(old.text, clause) < MIN_WHOLE_SIMILARITY) return this.orphan(this.wordsGone(target, clause));
      return this.result(target, { clause, span: whole(clause), errors: 1 }, 'fuzzy');
    }
    const quote = target.quote!;
    const start = offsets.mapStart(span.start);
    const end = Math.max(start, offsets.mapEnd(span.end));
    if (clause.text.slice(start, end) === quote.exact) return this.result(target, { clause, span: { start, end }, errors: 0 }, 'exact');
    // The region the word diff maps the span to, if still close to the quote, is where the words went.
    const budget = maxErrors(quote.exact);
    if (quote.exact.length <= MAX_PATTERN_LENGTH && end > start && editDistance(clause.text.slice(start, end), quote.exact, budget) <= budget) {
      return this.result(target, { clause, span: { start, end }, errors: 1 }, 'fuzzy');
    }
    const slack = SEARCH_SLACK + budget;
    const from = Math.max(0, start - slack);
    const window = clause.text.slice(from, Math.min(clause.text.length, end + slack));
    if (quote.exact.length <= MAX_PATTERN_LENGTH) {
      const candidates = matchQuote(window, quote.exact, { prefix: '', suffix: '', hint: start - from }, maxErrors(quote.exact))
        .map((m) => scoreMatch(clause.text, quote.exact.length, { start: m.start + from, end: m.end + from, errors: m.errors }, { ...quote, hint: start }))
        .sort((a, b) => b.score - a.score || a.start - b.start);
      // The region the diff maps the span to needs no context; any other place in the window does.
      const inRegion = candidates.find((c) => c.start === start && c.end === end);
      const found = inRegion ?? best(candidates, MIN_CONTEXT);
      if (found) return this.result(target, { clause, span: { start: found.start, end: found.end }, errors: found.errors }, found.errors === 0 ? 'exact' : 'fuzzy');
    } else if (end > start && textSimilarity(quote.exact, clause.text.slice(start, end)) >= 1 - MAX_ERROR_RATE) {
      return this.result(target, { clause, span: { start, end }, errors: 1 }, 'fuzzy');
    }
    return this.orphan(this.wordsGone(target, clause));
  }

  /** Steps 1-4 without the old version: the quote and its context are all there is to go on. */
  private byQuote(target: AnnotationTarget): Anchor {
    const ctx = this.context;
    const own = ctx.clauses.get(target.clause);
    const quote = target.quote;
    const notFound = `${ctx.oldCitation(target.clause, target.citation)} was not found`;
    if (!quote) return own ? this.result(target, { clause: own, span: whole(own), errors: 0 }, 'exact') : this.orphan(notFound);
    const others = own ? ctx.ordered.filter((c) => c !== own) : ctx.ordered;
    const why = own ? this.wordsGone(target, own) : notFound;
    if (isWholeClause(target)) {
      // A renumbered clause keeps its words: look for them unchanged everywhere before accepting a similar text.
      if (own && own.text === quote.exact) return this.result(target, { clause: own, span: whole(own), errors: 0 }, 'exact');
      const same = others.filter((c) => c.text === quote.exact);
      if (same.length === 1) return this.result(target, { clause: same[0], span: whole(same[0]), errors: 0 }, 'exact');
      if (same.length > 1) return this.orphan(`${why}; its text fits more than one place`);
      if (own && this.similarity(quote.exact, own) >= 1 - MAX_ERROR_RATE) return this.result(target, { clause: own, span: whole(own), errors: 1 }, 'fuzzy');
      return this.elsewhere(target, others, why);
    }
    if (own) {
      const found = this.inClause(own, target);
      if (found) return this.result(target, found, found.errors === 0 ? 'exact' : 'fuzzy');
      // The words around the quote are still in its clause: the clause is the annotated one and the quoted words changed.
      const evidence = [quote.prefix, quote.suffix].filter((context) => context.trim().length >= MIN_CONTEXT_EVIDENCE);
      if (evidence.some((context) => own.text.includes(context))) return this.orphan(why);
    }
    return this.elsewhere(target, others, why);
  }

  /** The quote in its own clause: exact position, exact quote, then fuzzy; the context must half agree. */
  private inClause(clause: IndexedClause, target: AnnotationTarget): Located | null {
    const quote = target.quote!;
    const p = target.position;
    if (p && clause.text.slice(p.start, p.end) === quote.exact) {
      const here = scoreMatch(clause.text, quote.exact.length, { start: p.start, end: p.end, errors: 0 }, quote);
      if (here.contextScore >= MIN_CONTEXT) return { clause, span: { start: p.start, end: p.end }, errors: 0 };
    }
    const found = best(matchQuote(clause.text, quote.exact, { ...quote, hint: p?.start }, maxErrors(quote.exact)), MIN_CONTEXT);
    return found ? { clause, span: { start: found.start, end: found.end }, errors: found.errors } : null;
  }

  /** Step 4: the quote in other clauses, strictly: close context (or, for a whole clause, a close text), one clear best place. */
  private elsewhere(target: AnnotationTarget, clauses: readonly IndexedClause[], why: string): Anchor {
    const quote = target.quote;
    if (!quote) return this.orphan(why);
    const candidates: Array<{ clause: IndexedClause; start: number; end: number; errors: number; score: number }> = [];
    if (isWholeClause(target)) {
      for (const clause of clauses) {
        const score = this.similarity(quote.exact, clause);
        if (score >= 1 - MAX_ERROR_RATE) candidates.push({ clause, start: 0, end: clause.text.length, errors: score === 1 && clause.text === quote.exact ? 0 : 1, score });
      }
    } else {
      // The words unchanged somewhere first (cheap); an approximate search of every clause only when they are nowhere.
      const budgets = quote.exact.length >= MIN_FUZZY_ELSEWHERE_LENGTH ? [0, maxErrors(quote.exact)] : [0];
      for (const budget of budgets) {
        for (const clause of clauses) {
          if (budget === 0 && !clause.text.includes(quote.exact)) continue;
          for (const m of matchQuote(clause.text, quote.exact, quote, budget)) {
            if (m.contextScore >= MIN_CONTEXT_ELSEWHERE && (budget === 0 || m.errors > 0)) candidates.push({ ...m, clause });
          }
        }
        if (candidates.length > 0) break;
      }
    }
    candidates.sort((a, b) => b.score - a.score);
    const [first, second] = candidates;
    if (!first) return this.orphan(why);
    if (second && first.score - second.score < MIN_MARGIN) return this.orphan(`${why}; the quoted words fit more than one place`);
    return this.result(target, { clause: first.clause, span: { start: first.start, end: first.end }, errors: first.errors }, first.errors === 0 ? 'exact' : 'fuzzy');
  }

  /** Why an annotation whose clause is still there could not be placed in it. */
  private wordsGone(target: AnnotationTarget, clause: IndexedClause): string {
    const what = isWholeClause(target) ? `the text of ${clause.citation} changed too much` : `the quoted words are no longer in ${clause.citation}`;
    return withinDocument(clause.id) === withinDocument(target.clause) ? what : `${what}; was ${this.context.oldCitation(target.clause, target.citation)}`;
  }

  private result(target: AnnotationTarget, found: Located, state: 'exact' | 'fuzzy'): Anchor {
    if (state === 'fuzzy') found = { ...found, span: snapToWords(found.clause.text, found.span) };
    const movedFrom = withinDocument(found.clause.id) !== withinDocument(target.clause);
    const from = movedFrom ? { clause: target.clause, citation: this.context.oldCitation(target.clause, target.citation) } : null;
    const was = from ? `was ${from.citation}` : '';
    if (state === 'exact') return { state: movedFrom ? 'moved' : 'exact', clause: found.clause.id, span: found.span, from, reason: was || 'unchanged' };
    const changed = isWholeClause(target) ? 'the clause text changed' : 'the quoted words changed';
    return { state: 'fuzzy', clause: found.clause.id, span: found.span, from, reason: was ? `${changed}; ${was}` : changed };
  }

  private orphan(reason: string): Anchor {
    return { state: 'orphaned', clause: null, span: null, from: null, reason };
  }
}

/** Re-anchors one annotation target on `doc` (see Anchorer; use anchorAll for many). */
export function anchor(target: AnnotationTarget, doc: ItuDocument, options: AnchorOptions = {}): Anchor {
  return new Anchorer(doc, options).anchor(target);
}

/** Re-anchors many targets on `doc`, sharing the indexes and the comparison of the two versions. */
export function anchorAll(targets: readonly AnnotationTarget[], doc: ItuDocument, options: AnchorOptions = {}): Anchor[] {
  const anchorer = new Anchorer(doc, options);
  return targets.map((target) => anchorer.anchor(target));
}
