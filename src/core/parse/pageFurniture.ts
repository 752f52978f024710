/**
 * Running headers, footers and page numbers that text copied from a PDF carries between lines
 * ("- 12 -", "Res. 130", "PP-18 – Final Acts"). The parser files them as unparsed blocks, so
 * nothing is dropped, but keeps them out of clauses.
 */
const PATTERNS: readonly RegExp[] = [
  /^[-–—]\s*\d{1,4}\s*[-–—]$/,
  /^(?:page\s+)?\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?$/i,
  /^(?:Res|Dec|Rec)\.\s*\d{1,4}[A-Z]?(?:\s*[-–—]\s*\d{1,4})?$/,
  /^\d{1,4}\s*[-–—]?\s*(?:Res|Dec|Rec)\.\s*\d{1,4}$/,
  /^(?:PP|pp)-?\d{2}\b.{0,40}$/,
  /^.{0,40}\bFinal Acts\b.{0,30}$/,
];

const FURNITURE_START = /^\s*[-–—\dRDPp]/;
const BARE_NUMBER = /^\d{1,4}$/;

/** True for a whole line that is page furniture rather than text of the document. */
export function isPageFurniture(line: string): boolean {
  // Every pattern starts with a dash, a digit, "Res."/"Dec."/"Rec.", "PP", "page", or holds "Final Acts".
  if (line.length > 80 || !(FURNITURE_START.test(line) || line.includes('Final Acts'))) return false;
  const text = line.trim();
  const last = text.charCodeAt(text.length - 1);
  if (text.length === 0 || last === 0x3b /* ; */ || last === 0x2c /* , */) return false;
  for (const re of PATTERNS) if (re.test(text)) return true;
  return false;
}

/** A bare number on its own line: a page number, or a clause label whose text is on the next line. */
export function isBareNumber(line: string): boolean {
  return BARE_NUMBER.test(line.trim());
}
