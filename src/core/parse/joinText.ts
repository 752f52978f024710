/**
 * Joins a line continued on the next line. A word hyphenated across the line break
 * ("tele-" + "communication") is rejoined without its hyphen when both halves are plain
 * lower-case words; otherwise the hyphen or slash stays ("ICT-" + "centric" → "ICT-centric").
 */
export function joinText(before: string, after: string): string {
  if (before === '') return after;
  if (after === '') return before;
  // Only the end of `before` matters; testing a short tail keeps long paragraphs linear.
  if (/(?:^|[\s("“])[a-z]+-$/.test(tail(before)) && /^[a-z]/.test(after)) return before.slice(0, -1) + after;
  if (/[-/]$/.test(before)) return before + after;
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
  while (i >= 0 && CLOSERS.includes(text[i])) i--;
  if (i >= 0 && STOPS.includes(text[i])) return true;
  const last = text[text.length - 1];
  return (last === 'd' || last === 'r') && /[;,]\s*(?:and|or)$/.test(tail(text));
}

const CLOSERS = '"”’)';
const STOPS = ';,:.!?';

/** The last characters of a text: enough for every end-of-text test here. */
const tail = (text: string): string => (text.length > 64 ? text.slice(-64) : text);
