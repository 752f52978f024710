/** Words of a text with their offsets, and the simple stemming the suggester matches on. */

/** A word as found in the text. */
export interface Word {
  /** As written. */
  raw: string;
  /** Lower-cased, possessive and plural folded: "Identifiers" → "identifier". */
  stem: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['\u2019]s\b)?/gu;

/**
 * Simple stemming: lower case, drop a possessive "'s", fold plurals ("policies" → "policy",
 * "addresses" → "address", "services" → "service"). Words of three letters or fewer stay as they are.
 */
export function stem(word: string): string {
  let w = word.toLowerCase().replace(/['\u2019]s$/, '');
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (/(?:ss|x|ch|sh)es$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  return w;
}

/** True for an acronym that only matches as written: two capitals or more ("OTT", "IoT", "ICTs", "IPv6"). */
export function isAcronym(word: string): boolean {
  return (word.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
}

/** An acronym's matching form: as written, with a plural "s" dropped ("CIRTs" → "CIRT"). */
export function acronymKey(word: string): string {
  const bare = word.replace(/['\u2019]s$/, '');
  return /\p{Lu}s$/u.test(bare) ? bare.slice(0, -1) : bare;
}

/** The words of a text, in order, with offsets. Hyphenated words are separate words ("over-the-top"). */
export function words(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(WORD)) out.push({ raw: m[0], stem: stem(m[0]), start: m.index, end: m.index + m[0].length });
  return out;
}
