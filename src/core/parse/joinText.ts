/**
 * Joins a line continued on the next line. A word hyphenated across the line break
 * ("tele-" + "communication") is rejoined without its hyphen when both halves are plain
 * lower-case words; otherwise the hyphen or slash stays ("ICT-" + "centric" → "ICT-centric").
 */
export function joinText(before: string, after: string): string {
  if (before === '') return after;
  if (after === '') return before;
  if (/(?:^|[\s("“])[a-z]+-$/.test(before) && /^[a-z]/.test(after)) return before.slice(0, -1) + after;
  if (/[-/]$/.test(before)) return before + after;
  return `${before} ${after}`;
}

/**
 * Repairs a hyphenation that PDF extraction turned into "high- level" on one line, keeping the
 * hyphen ("high-level"). Suspended compounds ("short- and long-term") are left alone.
 */
export function closeHyphenGaps(line: string): string {
  return line.replace(/(\p{Ll})- (?!(?:and|or|to|as|nor)\b)(?=\p{Ll})/gu, '$1-');
}

/** True when a piece of text ends where an item or a block can end (";", ",", ":", "."), possibly followed by "and"/"or". */
export function endsComplete(text: string): boolean {
  return /[;,:.!?]["”’)]*$/.test(text) || /[;,]\s*(?:and|or)$/.test(text);
}
