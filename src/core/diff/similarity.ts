/**
 * How alike two clause texts are, 0..1: the Dice coefficient over their words and pairs of
 * neighbouring words (lower-cased). Single words alone would make any two clauses on the same
 * subject look alike ("the", "of", "ITU"); word pairs carry the order, so a rewritten clause
 * scores low and a clause with a few words changed scores high. Features are kept as sorted
 * 32-bit hashes, so comparing two clauses is one merge of two arrays.
 */
export interface TextProfile {
  /** Hashes of the words and word pairs, sorted (a multiset). */
  features: Uint32Array;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** The features of a text, computed once per clause (one pass over the text, no intermediate strings). */
export function textProfile(text: string): TextProfile {
  const words: number[] = [];
  let h = FNV_OFFSET;
  let inWord = false;
  for (let i = 0; i <= text.length; i++) {
    let c = i < text.length ? text.charCodeAt(i) : 32;
    if (c >= 65 && c <= 90) c += 32;
    else if (c >= 128 && !(c >= 0xd800 && c <= 0xdfff)) c = WORD_CHAR.test(text[i]) ? text[i].toLowerCase().charCodeAt(0) : 32;
    const isWord = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c >= 128;
    if (isWord) {
      h = Math.imul(h ^ c, FNV_PRIME);
      inWord = true;
    } else if (inWord) {
      words.push(h >>> 0);
      h = FNV_OFFSET;
      inWord = false;
    }
  }
  const features = new Uint32Array(words.length === 0 ? 0 : 2 * words.length - 1);
  for (let i = 0; i < words.length; i++) {
    features[i] = words[i];
    // A pair's hash mixes both words' in order (never equal to a single word's but by chance).
    if (i > 0) features[words.length + i - 1] = (Math.imul(words[i - 1] ^ 0x9e3779b9, 0x85ebca6b) ^ words[i]) >>> 0;
  }
  return { features: features.sort() };
}

/** Dice coefficient of two profiles; two empty texts are alike (1), an empty and a non-empty one are not (0). */
export function profileSimilarity(a: TextProfile, b: TextProfile): number {
  const x = a.features;
  const y = b.features;
  if (x.length === 0 || y.length === 0) return x.length === y.length ? 1 : 0;
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < x.length && j < y.length) {
    if (x[i] === y[j]) {
      shared++;
      i++;
      j++;
    } else if (x[i] < y[j]) i++;
    else j++;
  }
  return (2 * shared) / (x.length + y.length);
}

/** The most two profiles of these sizes could share: a cheap bound that skips hopeless pairs. */
export function similarityBound(a: TextProfile, b: TextProfile): number {
  const m = a.features.length;
  const n = b.features.length;
  if (m === 0 || n === 0) return m === n ? 1 : 0;
  return (2 * Math.min(m, n)) / (m + n);
}

/** Similarity of two texts, 0..1 (see textProfile). */
export function textSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  return profileSimilarity(textProfile(a), textProfile(b));
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
