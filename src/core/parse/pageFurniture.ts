/**
 * Running headers, footers and page numbers that text copied from a PDF carries between lines
 * ("- 12 -", "Res. 130", "PP-18 – Final Acts"). The parser files them as unparsed blocks, so
 * nothing is dropped, but keeps them out of clauses.
 */
const PATTERNS: ReadonlyArray<readonly [first: string, pattern: RegExp]> = [
  // Each with the characters it can start with: a line is tried only on the patterns its first one allows.
  ['-–—', /^[-–—]\s*\d{1,4}\s*[-–—]$/],
  ['0123456789Pp', /^(?:page\s+)?\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?$/i],
  ['RD', /^(?:Res|Dec|Rec)\.\s*\d{1,4}[A-Z]?(?:\s*[-–—]\s*\d{1,4})?$/],
  ['0123456789', /^\d{1,4}\s*[-–—]?\s*(?:Res|Dec|Rec)\.\s*\d{1,4}$/],
  ['Pp', /^(?:PP|pp)-?\d{2}\b.{0,40}$/],
];
/** "PP-18 – Final Acts": tried only on lines holding the words, as it is slow to fail on the others. */
const FINAL_ACTS = /^.{0,40}\bFinal Acts\b.{0,30}$/;

const FURNITURE_START = /^\s*[-–—\dRDPp]/;
const BARE_NUMBER = /^\d{1,4}$/;

/** True for a whole line that is page furniture rather than text of the document. */
export function isPageFurniture(line: string): boolean {
  // Every pattern starts with a dash, a digit, "Res."/"Dec."/"Rec.", "PP", "page", or holds "Final Acts".
  if (line.length > 80 || !(FURNITURE_START.test(line) || line.includes('Final Acts'))) return false;
  const text = line.trim();
  const last = text.charCodeAt(text.length - 1);
  if (text.length === 0 || last === 0x3b /* ; */ || last === 0x2c /* , */) return false;
  const first = text[0];
  for (const [starts, re] of PATTERNS) if (starts.includes(first) && re.test(text)) return true;
  return text.includes('Final Acts') && FINAL_ACTS.test(text);
}

/** A bare number on its own line: a page number, or a clause label whose text is on the next line. */
export function isBareNumber(line: string): boolean {
  return BARE_NUMBER.test(line.trim());
}
