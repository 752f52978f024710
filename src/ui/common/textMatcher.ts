/** A case-insensitive phrase search over text; ranges are offsets into the searched text. */
export interface TextMatcher {
  /** The trimmed query. */
  query: string;
  test(text: string): boolean;
  /** Non-overlapping `[start, end)` ranges of every match, in order. */
  ranges(text: string): Array<[number, number]>;
}

/** Longest query worth matching; longer input is cut, so a pasted page cannot stall the UI. */
const MAX_QUERY_LENGTH = 200;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A matcher for what the user typed, or null for an empty query. Any run of spaces in the query
 * matches any run of white space, so a phrase wrapped across lines is still found.
 */
export function createMatcher(query: string): TextMatcher | null {
  const trimmed = query.trim().slice(0, MAX_QUERY_LENGTH);
  if (trimmed === '') return null;
  const source = trimmed.split(/\s+/).map(escapeRegExp).join('\\s+');
  // A RegExp per call keeps `lastIndex` state local.
  const regexp = (): RegExp => new RegExp(source, 'giu');
  return {
    query: trimmed,
    test: (text) => regexp().test(text),
    ranges(text) {
      const out: Array<[number, number]> = [];
      for (const match of text.matchAll(regexp())) {
        out.push([match.index, match.index + match[0].length]);
      }
      return out;
    },
  };
}
