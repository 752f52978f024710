import type { Clause, ItuDocument } from '../../core/model/index.ts';
import { documentName } from '../common/index.ts';
import type { TextMatcher } from '../common/index.ts';

/** How a document matched the search. */
export interface DocumentMatch {
  doc: ItuDocument;
  /** The number, name ("Resolution 130") or title line matched. */
  inName: boolean;
  /** The subject line matched. */
  inTitle: boolean;
  /** How many clauses have the query in their text. */
  clauseHits: number;
  /** The first clause whose text matched, for a snippet that links to it. */
  firstClause: Clause | null;
  /** Headings, annex titles or footnotes matched. */
  inOtherText: boolean;
}

function firstMatching(clauses: Clause[], matcher: TextMatcher, count: { hits: number }): Clause | null {
  let first: Clause | null = null;
  const walk = (clause: Clause): void => {
    if (matcher.test(clause.text)) {
      count.hits += 1;
      first ??= clause;
    }
    clause.children.forEach(walk);
  };
  clauses.forEach(walk);
  return first;
}

/** How `doc` matches, or null when the query is nowhere in it. */
export function matchDocument(doc: ItuDocument, matcher: TextMatcher): DocumentMatch | null {
  const inName = [doc.number, documentName(doc), doc.titleLine].some((text) => matcher.test(text));
  const inTitle = matcher.test(doc.title);
  const count = { hits: 0 };
  const firstClause = firstMatching(doc.sections.flatMap((section) => section.clauses), matcher, count);
  const inOtherText =
    doc.sections.some((section) => matcher.test(section.heading) || (section.title !== undefined && matcher.test(section.title))) ||
    doc.footnotes.some((note) => matcher.test(note.text)) ||
    doc.unparsed.some((block) => matcher.test(block.text));
  if (!inName && !inTitle && count.hits === 0 && !inOtherText) return null;
  return { doc, inName, inTitle, clauseHits: count.hits, firstClause, inOtherText };
}

/**
 * Filters the library by number, name, subject and any text. With no query every document
 * is listed (as an unmatched DocumentMatch).
 */
export function searchLibrary(documents: ItuDocument[], matcher: TextMatcher | null): DocumentMatch[] {
  if (!matcher) {
    return documents.map((doc) => ({ doc, inName: false, inTitle: false, clauseHits: 0, firstClause: null, inOtherText: false }));
  }
  return documents.flatMap((doc) => matchDocument(doc, matcher) ?? []);
}

/** Context characters kept before and after a match in a snippet. */
const SNIPPET_BEFORE = 40;
const SNIPPET_AFTER = 90;

/** A short excerpt of `text` around its first match, with "…" where it was cut. */
export function snippetAround(text: string, matcher: TextMatcher): string {
  const [first] = matcher.ranges(text);
  if (!first) return text.slice(0, SNIPPET_BEFORE + SNIPPET_AFTER);
  // Cut at spaces so the snippet does not start or end mid-word.
  let start = Math.max(0, first[0] - SNIPPET_BEFORE);
  if (start > 0) {
    const space = text.indexOf(' ', start);
    if (space !== -1 && space < first[0]) start = space + 1;
  }
  let end = Math.min(text.length, first[1] + SNIPPET_AFTER);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > first[1]) end = space;
  }
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
}
