/** A text ready to be cut into lines: line breaks normalised, and whether its spacing needs tidying. */
export interface SourceText {
  body: string;
  /** Holds tabs, no-break or other odd spaces, or double spaces: every line is tidied. */
  odd: boolean;
}

/** Normalises line breaks (and drops a byte-order mark); the lines are cut later, a part at a time. */
export function sourceText(text: string): SourceText {
  let body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // Most texts have plain "\n" line ends: test once rather than copy the whole text.
  if (ODD_BREAK.test(body)) body = body.replace(/\r\n?|\f|\u2028|\u2029/g, '\n');
  return { body, odd: ODD_SPACE.test(body) };
}

/**
 * The lines of `body` from character `from` to `to` (a line start and a line end), with spacing
 * normalised; blank ones kept, so index + 1 counts lines from `from`. Cutting one document at a
 * time, rather than the whole file at once, lets each document's lines die young.
 */
export function splitLines(source: SourceText, from = 0, to = source.body.length): string[] {
  const lines = (from === 0 && to === source.body.length ? source.body : source.body.slice(from, to)).split('\n');
  // In place: no second array of a line count's length.
  for (let i = 0; i < lines.length; i++) lines[i] = sourceLine(lines[i], source.odd);
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

/** Line ends other than "\n": one scan of the text finds whether there are any. */
const ODD_BREAK = /[\r\f\u2028\u2029]/;
const ODD_SPACE = /[\t\u00a0\u2000-\u200b\u202f\u205f\u3000]| {2}/;

/** Collapses spacing; most lines need nothing, and are not copied. */
function tidy(line: string): string {
  if (!ODD_SPACE.test(line)) return needsTrim(line) ? line.trim() : line;
  return line.replace(/[\t\u00a0\u2000-\u200b\u202f\u205f\u3000]/g, ' ').replace(/ {2,}/g, ' ').trim();
}

/** A rule of underscores that separates footnotes from the text (not text itself). */
export const FOOTNOTE_RULE = /_{5,}/g;
