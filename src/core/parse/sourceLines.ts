/** A text ready to be cut into lines: line breaks normalised, and whether its spacing needs tidying. */
export interface SourceText {
  body: string;
  /** Holds tabs, no-break or other odd spaces, or double spaces: every line is tidied. */
  odd: boolean;
}

/** Normalises line breaks (and drops a byte-order mark); the lines are cut later, a part at a time. */
export function sourceText(text: string): SourceText {
  let body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // Most texts have plain "\n" line ends and plain spaces: one scan says so, and nothing is copied.
  if (!hasOddChar(body)) return { body, odd: DOUBLE_SPACE.test(body) };
  if (hasOddBreak(body)) body = body.replace(/\r\n?|\f|\u2028|\u2029/g, '\n');
  return { body, odd: ODD_SPACE_CHAR.test(body) || DOUBLE_SPACE.test(body) };
}

/**
 * Holds a line end other than "\n" ([\r\f\u2028\u2029]) or a character of ODD_SPACE: what
 * /[\t\f\r\xa0\u2000-\u200b\u2028\u2029\u202f\u205f\u3000]/ finds. The three control characters are
 * looked for one at a time (indexOf of one character is a memchr), the others with ODD_HIGH_CHAR,
 * which has no range to test ASCII against but the first: together about twice as fast over a text
 * of megabytes as one class.
 */
function hasOddChar(body: string): boolean {
  return body.includes('\t') || body.includes('\f') || body.includes('\r') || ODD_HIGH_CHAR.test(body);
}

/** [\xa0\u2000-\u200b\u2028\u2029\u202f\u205f\u3000] written as "none of the others", which V8 scans faster. */
const ODD_HIGH_CHAR = /[^\0-\x9f\u00a1-\u1fff\u200c-\u2027\u202a-\u202e\u2030-\u205e\u2060-\u2fff\u3001-\uffff]/;

/**
 * Line ends other than "\n" (what /[\r\f\u2028\u2029]/ finds). indexOf for one character is many
 * times faster than a regex character class over a text of megabytes.
 */
function hasOddBreak(body: string): boolean {
  return body.includes('\r') || body.includes('\f') || body.includes('\u2028') || body.includes('\u2029');
}

/**
 * The lines of `body` from character `from` to `to` (a line start and a line end), with spacing
 * normalised; blank ones kept, so index + 1 counts lines from `from`. Cutting one document at a
 * time, rather than the whole file at once, lets each document's lines die young.
 */
export function splitLines(source: SourceText, from = 0, to = source.body.length): string[] {
  // What body.slice(from, to).split('\n') gives, each line tidied as it is cut: a loop over indexOf
  // is markedly faster than split() here, and makes no array of raw lines.
  const { body, odd } = source;
  const lines: string[] = [];
  let start = from;
  for (let nl = body.indexOf('\n', start); nl !== -1 && nl < to; nl = body.indexOf('\n', start)) {
    lines.push(sourceLine(body.slice(start, nl), odd));
    start = nl + 1;
  }
  lines.push(sourceLine(body.slice(start, to), odd));
  return lines;
}

/**
 * Normalises line breaks and spacing characters and splits into lines (blank ones kept, so a
 * line's index + 1 is its line number in the source).
 */
export function sourceLines(text: string): string[] {
  return splitLines(sourceText(text));
}

/** One raw line of a source text, trimmed, and tidied when the text has odd spacing. */
export function sourceLine(line: string, odd: boolean): string {
  if (odd) return tidy(line);
  return needsTrim(line) ? line.trim() : line;
}

/** Could the line start or end with white space? Most lines start and end with visible ASCII, and are left as they are. */
function needsTrim(line: string): boolean {
  const first = line.charCodeAt(0);
  const last = line.charCodeAt(line.length - 1);
  return !(first > 0x20 && first < 0x80 && last > 0x20 && last < 0x80);
}

/**
 * The characters of ODD_SPACE, written as "none of the others": the same set, but V8 scans a text of
 * megabytes for it about twice as fast (the class as written keeps stopping on digits and curly quotes).
 */
const ODD_SPACE_CHAR = /[^\0-\x08\n-\x9f\u00a1-\u1fff\u200c-\u202e\u2030-\u205e\u2060-\u2fff\u3001-\uffff]/;
const ODD_SPACE = /[\t\u00a0\u2000-\u200b\u202f\u205f\u3000]| {2}/;
const DOUBLE_SPACE = / {2}/;

/** Collapses spacing; most lines need nothing, and are not copied. */
function tidy(line: string): string {
  if (!ODD_SPACE.test(line)) return needsTrim(line) ? line.trim() : line;
  return line.replace(/[\t\u00a0\u2000-\u200b\u202f\u205f\u3000]/g, ' ').replace(/ {2,}/g, ' ').trim();
}

/** A rule of underscores that separates footnotes from the text (not text itself). */
export const FOOTNOTE_RULE = /_{5,}/g;
