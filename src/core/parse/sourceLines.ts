/**
 * Normalises line breaks and spacing characters and splits into lines (blank ones kept, so a
 * line's index + 1 is its line number in the source).
 */
export function sourceLines(text: string): string[] {
  let body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // Most texts have plain "\n" line ends: test once rather than copy the whole text.
  if (body.includes('\r') || body.includes('\f') || body.includes('\u2028') || body.includes('\u2029')) body = body.replace(/\r\n?|\f|\u2028|\u2029/g, '\n');
  const odd = ODD_SPACE.test(body);
  return body.split('\n').map(odd ? tidy : (line) => line.trim());
}

const ODD_SPACE = /[\t\u00a0\u2000-\u200b\u202f\u205f\u3000]| {2}/;

/** Collapses spacing; most lines need nothing, and are not copied. */
function tidy(line: string): string {
  if (!ODD_SPACE.test(line)) return line.trim();
  return line.replace(/[\t\u00a0\u2000-\u200b\u202f\u205f\u3000]/g, ' ').replace(/ {2,}/g, ' ').trim();
}

/** A rule of underscores that separates footnotes from the text (not text itself). */
export const FOOTNOTE_RULE = /_{5,}/g;
