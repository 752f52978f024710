/**
 * Splitting text for the diff. Words are runs of letters, digits and marks in any script (so
 * Arabic, Cyrillic and accented Latin words stay whole), a Chinese or Japanese character is a
 * word of its own, every other sign is a token, and a run of white space is one token: joining
 * the tokens always gives the text back exactly.
 */
const TOKEN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}\p{M}]+(?:['’][\p{L}\p{N}\p{M}]+)*|\s+|[^\s]/gu;

/** Word, white-space and sign tokens of a text (see above). */
export function wordTokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** Ends of a sentence or clause part: the punctuation, then the space after it. */
const SENTENCE_END = /[.;:!?。；：！？]+(?:\s+|$)|\n+/gu;

/** Shortest chunk cut at a word boundary chosen by content, and how often such a cut falls. */
const MIN_CHUNK_WORDS = 8;
const CUT_EVERY = 16;

/**
 * Pieces of a long text for a coarse diff: sentences, and long sentences cut further after words
 * picked by their content (a hash), never by position, so that an insertion early in the text
 * does not shift every later cut and the pieces after it still match. Joining gives the text back.
 */
export function coarseChunks(text: string): string[] {
  const chunks: string[] = [];
  let start = 0;
  for (const match of text.matchAll(SENTENCE_END)) {
    const end = match.index + match[0].length;
    cutLong(text.slice(start, end), chunks);
    start = end;
  }
  if (start < text.length) cutLong(text.slice(start), chunks);
  return chunks;
}

function cutLong(sentence: string, chunks: string[]): void {
  let start = 0;
  let words = 0;
  for (const match of sentence.matchAll(/[^\s]+\s*/g)) {
    words++;
    const end = match.index + match[0].length;
    if (words >= MIN_CHUNK_WORDS && hash(match[0].trimEnd()) % CUT_EVERY === 0) {
      chunks.push(sentence.slice(start, end));
      start = end;
      words = 0;
    }
  }
  if (start < sentence.length) chunks.push(sentence.slice(start));
}

/** FNV-1a over UTF-16 units: small, fast, the same everywhere. */
function hash(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) {
    h ^= word.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
