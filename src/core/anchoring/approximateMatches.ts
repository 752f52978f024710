/**
 * Bounded approximate string search: where a pattern occurs in a text with at most k edits
 * (insertions, deletions, substitutions). A bit-parallel scan (Myers, 1999) over the first 32
 * characters of the pattern finds the few places where a match can end, one machine word per text
 * character; Sellers' dynamic programme, with Ukkonen's cut-off, then finds the exact matches and
 * where they start, in those places only.
 */

/** One occurrence: offsets in the text (end exclusive) and the number of edits. */
export interface ApproximateMatch {
  start: number;
  end: number;
  errors: number;
}

/** Patterns longer than this are not searched character by character (callers compare words instead). */
export const MAX_PATTERN_LENGTH = 1_000;

/**
 * The occurrences of `pattern` in `text` with at most `maxErrors` edits, best first within each
 * region: overlapping candidates are reduced to the one with fewest errors. Exact occurrences
 * are found with indexOf first. Returns [] for an empty or over-long pattern.
 */
export function approximateMatches(text: string, pattern: string, maxErrors: number): ApproximateMatch[] {
  const m = pattern.length;
  if (m === 0 || m > MAX_PATTERN_LENGTH) return [];
  const exact: ApproximateMatch[] = [];
  for (let at = text.indexOf(pattern); at !== -1; at = text.indexOf(pattern, at + 1)) exact.push({ start: at, end: at + m, errors: 0 });
  const k = Math.max(0, Math.min(Math.floor(maxErrors), m));
  if (exact.length > 0 || k === 0) return exact;
  const found: ApproximateMatch[] = [];
  for (const [from, to] of candidateWindows(text, pattern, k)) {
    for (const match of sellers(text.slice(from, to), pattern, k)) found.push({ start: match.start + from, end: match.end + from, errors: match.errors });
  }
  return bestPerRegion(found);
}

/** Bits per machine word in the bit-parallel scan. */
const WORD_BITS = 32;

/**
 * Windows of the text that can hold a match: a match of the whole pattern contains a match of its
 * first 32 characters with at most k edits, whose end the bit-parallel scan finds.
 */
function candidateWindows(text: string, pattern: string, k: number): Array<[number, number]> {
  const head = pattern.slice(0, WORD_BITS);
  const m = head.length;
  const peq = new Map<number, number>();
  for (let i = 0; i < m; i++) {
    const c = head.charCodeAt(i);
    peq.set(c, (peq.get(c) ?? 0) | (1 << i));
  }
  const last = 1 << (m - 1);
  let pv = -1;
  let mv = 0;
  let score = m;
  const windows: Array<[number, number]> = [];
  const before = m + k;
  const after = pattern.length - m + k;
  for (let j = 0; j < text.length; j++) {
    const eq = peq.get(text.charCodeAt(j)) ?? 0;
    const xv = eq | mv;
    const xh = ((((eq & pv) + pv) | 0) ^ pv) | eq;
    let ph = mv | ~(xh | pv);
    let mh = pv & xh;
    if (ph & last) score++;
    else if (mh & last) score--;
    // Searching: a match may start anywhere, so no 1 is shifted in (row 0 stays 0).
    ph <<= 1;
    mh <<= 1;
    pv = mh | ~(xv | ph);
    mv = ph & xv;
    if (score > k) continue;
    const from = Math.max(0, j + 1 - before);
    const to = Math.min(text.length, j + 1 + after);
    const previous = windows[windows.length - 1];
    if (previous && from <= previous[1]) previous[1] = Math.max(previous[1], to);
    else windows.push([from, to]);
  }
  return windows;
}

/** Sellers' dynamic programme with Ukkonen's cut-off: every end with at most k edits, and where its best alignment starts. */
function sellers(text: string, pattern: string, k: number): ApproximateMatch[] {
  const m = pattern.length;
  const over = k + 1;
  let cost = new Int32Array(m + 1);
  let start = new Int32Array(m + 1);
  let nextCost = new Int32Array(m + 1);
  let nextStart = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) cost[i] = i <= k ? i : over;
  // Last row still within k errors; the rows below it are all over the limit.
  let active = Math.min(k, m);
  const ends: ApproximateMatch[] = [];
  for (let j = 1; j <= text.length; j++) {
    const c = text.charCodeAt(j - 1);
    nextCost[0] = 0;
    nextStart[0] = j;
    const limit = Math.min(m, active + 1);
    let last = 0;
    for (let i = 1; i <= limit; i++) {
      const diagonal = cost[i - 1] + (pattern.charCodeAt(i - 1) === c ? 0 : 1);
      const skipText = cost[i] + 1;
      const skipPattern = nextCost[i - 1] + 1;
      let best = diagonal;
      let from = start[i - 1];
      if (skipText < best) {
        best = skipText;
        from = start[i];
      }
      if (skipPattern < best) {
        best = skipPattern;
        from = nextStart[i - 1];
      }
      nextCost[i] = best > over ? over : best;
      nextStart[i] = from;
      if (best <= k) last = i;
    }
    if (limit < m) nextCost[limit + 1] = over;
    active = last;
    if (active === m) ends.push({ start: nextStart[m], end: j, errors: nextCost[m] });
    [cost, nextCost] = [nextCost, cost];
    [start, nextStart] = [nextStart, start];
  }
  return ends;
}

/** Keeps, among overlapping candidates, the one with fewest errors (then the shorter, then the earlier). */
function bestPerRegion(candidates: ApproximateMatch[]): ApproximateMatch[] {
  const ranked = [...candidates].sort((a, b) => a.errors - b.errors || a.end - a.start - (b.end - b.start) || a.start - b.start);
  const kept: ApproximateMatch[] = [];
  for (const candidate of ranked) {
    if (kept.some((k) => candidate.start < k.end && k.start < candidate.end)) continue;
    kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Levenshtein distance of two short texts, stopping early once it exceeds `limit` (returns limit + 1 then). */
export function editDistance(a: string, b: string, limit = Math.max(a.length, b.length)): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = new Int32Array(b.length + 1);
  let current = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    const c = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const value = Math.min(previous[j - 1] + (c === b.charCodeAt(j - 1) ? 0 : 1), previous[j] + 1, current[j - 1] + 1);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    [previous, current] = [current, previous];
  }
  return Math.min(previous[b.length], limit + 1);
}
