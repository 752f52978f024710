/** A word broken by a hyphen at the end; text starting lower-case; a list separator and "and" / "or" at the end. */
const BROKEN_WORD = /(?:^|[\s("“])[a-z]+-$/;
const LOWER_START = /^[a-z]/;
const ENDS_AND_OR = /[;,]\s*(?:and|or)$/;

/**
 * Joins a line continued on the next line. A word hyphenated across the line break
 * ("tele-" + "communication") is rejoined without its hyphen when both halves are plain
 * lower-case words; otherwise the hyphen or slash stays ("ICT-" + "centric" → "ICT-centric").
 */
export function joinText(before: string, after: string, end: string = before): string {
  if (before === '') return after;
  if (after === '') return before;
  // Only the end of `before` matters, and the caller may pass it as `end` (the last piece
  // appended): reading the end of a long concatenated text would flatten it on every join.
  const last = end.charCodeAt(end.length - 1);
  if (last === 0x2d /* - */) {
    if (BROKEN_WORD.test(tail(end)) && LOWER_START.test(after)) return before.slice(0, -1) + after;
    return before + after;
  }
  if (last === 0x2f /* / */) return before + after;
  return `${before} ${after}`;
}

/**
 * Repairs a hyphenation that PDF extraction turned into "high- level" on one line, keeping the
 * hyphen ("high-level"). Suspended compounds ("short- and long-term") are left alone.
 */
export function closeHyphenGaps(line: string): string {
  if (!line.includes('- ')) return line;
  return line.replace(/(\p{Ll})- (?!(?:and|or|to|as|nor)\b)(?=\p{Ll})/gu, '$1-');
}

/** True when a piece of text ends where an item or a block can end (";", ",", ":", "."), possibly followed by "and"/"or". */
export function endsComplete(text: string): boolean {
  // Hot path: look at the last characters directly.
  let i = text.length - 1;
  while (i >= 0 && isCloser(text.charCodeAt(i))) i--;
  if (i >= 0 && isStop(text.charCodeAt(i))) return true;
  const last = text.charCodeAt(text.length - 1);
  return (last === 0x64 /* d */ || last === 0x72 /* r */) && ENDS_AND_OR.test(tail(text));
}

/** `"`, `”`, `’`, `)`: may close an item after its stop. (Comparisons, not a Set: this runs for every line.) */
const isCloser = (code: number): boolean => code === 0x22 || code === 0x201d || code === 0x2019 || code === 0x29;
/** `;`, `,`, `:`, `.`, `!`, `?` */
const isStop = (code: number): boolean => code === 0x3b || code === 0x2c || code === 0x3a || code === 0x2e || code === 0x21 || code === 0x3f;

/** The last characters of a text: enough for every end-of-text test here. */
const tail = (text: string): string => (text.length > 64 ? text.slice(-64) : text);

const isLower = (code: number): boolean => code >= 0x61 && code <= 0x7a;

/** Does the text start with a lower-case ASCII letter (the rest of a broken word)? */
export const startsLowerCase = (text: string): boolean => isLower(text.charCodeAt(0));

const WORD_START = /[\s("“]/;

/**
 * A line ending in a word broken by a hyphen ("tele-"), to be rejoined with the next line: what
 * /(?:^|[\s("“])[a-z]+-$/ finds in the line's last 48 characters, read backwards from the hyphen.
 */
export function endsInBrokenWord(text: string): boolean {
  const hyphen = text.length - 1;
  if (text.charCodeAt(hyphen) !== 0x2d) return false;
  const windowStart = Math.max(0, text.length - 48);
  let start = hyphen;
  while (start > windowStart && isLower(text.charCodeAt(start - 1))) start--;
  if (start === hyphen) return false;
  return start === windowStart || WORD_START.test(text[start - 1]);
}
