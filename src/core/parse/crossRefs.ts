import type { Clause, CrossRef, Section } from '../model/index.ts';
import { mainAddressee } from './matchHeading.ts';
import { memoize } from './memoize.ts';

/** A clause label right where a cited heading ends: " 5", " d)", " 1.1", then optionally " above" / " below". */
const LABEL_AFTER = /\s+(\(?[a-z]{1,4}\)|\d{1,3}(?:\.\d{1,3})*(?![\d.]\d))(?:\s+(?:above|below))?(?!\w)/y;

/** Every citation holds a digit or a ")" (see LABEL_AFTER). */
export const MAY_CITE = /[\d)]/;

const normaliseLabel = (label: string): string => label.replace(/^\(|\)$/g, '').toLowerCase();

/** normaliseLabel of clause labels, which are few and come back in every document. */
const normalLabel = memoize(normaliseLabel);

/** The part of a heading that running text cites: "instructs the Secretary-General, in ..." → "instructs the Secretary-General". */
const citedPhrase = (heading: string): string => (heading.includes(',') ? cachedMainAddressee(heading) : heading);

/** mainAddressee of headings with a comma: the same few headings come back in every document. */
const cachedMainAddressee = memoize(mainAddressee);

function findByLabel(clauses: Clause[], label: string): Clause | null {
  for (const clause of clauses) {
    if (normalLabel(clause.label) === label) return clause;
    const inner = findByLabel(clause.children, label);
    if (inner) return inner;
  }
  return null;
}

/** The citation starting at `at`, if one of the candidate phrases is followed there by a clause label. */
function citationAt(text: string, at: number, candidates: Array<{ phrase: string; sections: Section[] }>): CrossRef | null {
  for (const { phrase, sections } of candidates) {
    if (!text.startsWith(phrase, at)) continue;
    LABEL_AFTER.lastIndex = at + phrase.length;
    const label = LABEL_AFTER.exec(text);
    if (!label) continue;
    const end = LABEL_AFTER.lastIndex;
    const wanted = normaliseLabel(label[1]);
    let target: string | null = null;
    for (const section of sections) {
      target = findByLabel(section.clauses, wanted)?.id ?? null;
      if (target) break;
    }
    return { text: text.slice(at, end), start: at, end, target };
  }
  return null;
}

/**
 * Compiled searches for sets of heading first words. Documents share their headings, so the same
 * few sets come back again and again: compiling each once keeps a Final Acts parse linear.
 */
const FIRST_WORDS_CACHE = new Map<string, RegExp>();
const FIRST_WORDS_CACHE_MAX = 512;

function firstWordsRegex(words: string[]): RegExp {
  // Keyed by the words in document order (documents list their headings in the same order),
  // so a hit needs no sort; the pattern itself lists them sorted, as it always has.
  const key = words.join('|');
  let re = FIRST_WORDS_CACHE.get(key);
  if (!re) {
    if (FIRST_WORDS_CACHE.size >= FIRST_WORDS_CACHE_MAX) FIRST_WORDS_CACHE.clear();
    const sorted = [...words].sort().join('|');
    re = new RegExp(`\\b(?:${sorted.replace(/[.*+?^${}()[\]\\]/g, '\\$&')})(?=\\s)`, 'g');
    FIRST_WORDS_CACHE.set(key, re);
  }
  return re;
}

/** Adds a section under its cited phrase, keeping the list longest first (equal lengths in document order). */
function addPhrase(list: Array<{ phrase: string; sections: Section[] }>, phrase: string, section: Section): void {
  let at = list.length;
  for (let i = 0; i < list.length; i++) {
    if (list[i].phrase === phrase) {
      list[i].sections.push(section);
      return;
    }
    if (at === list.length && list[i].phrase.length < phrase.length) at = i;
  }
  const entry = { phrase, sections: [section] };
  if (at === list.length) list.push(entry);
  else list.splice(at, 0, entry);
}

/**
 * Resolves references such as "resolves 5", "considering d) above" or
 * "instructs the Secretary-General 2" in every clause to clause IDs of the same document.
 * `citing`: the clauses to read, every one whose text holds a digit or ")" (MAY_CITE): the others cite nothing.
 */
export function resolveCrossRefs(sections: Section[], citing: readonly Clause[]): void {
  // Cited phrases by their first word, longest first: "instructs the Secretary-General and the Directors ..." before "instructs the Secretary-General".
  const byFirstWord = new Map<string, Array<{ phrase: string; sections: Section[] }>>();
  for (const section of sections) {
    if (section.part === 'annex') continue;
    const phrase = citedPhrase(section.heading);
    const space = phrase.indexOf(' ');
    const word = space === -1 ? phrase : phrase.slice(0, space);
    const list = byFirstWord.get(word);
    if (list) addPhrase(list, phrase, section);
    else byFirstWord.set(word, [{ phrase, sections: [section] }]);
  }
  if (byFirstWord.size === 0) return;
  const words = firstWordsRegex([...byFirstWord.keys()]);

  const refsIn = (text: string): CrossRef[] | null => {
    let refs: CrossRef[] | null = null;
    // A citation ends in a label, "d)" or a number: most texts hold neither and need no scan.
    if (!MAY_CITE.test(text)) return refs;
    // One pass over the text finds the first words of this document's headings.
    words.lastIndex = 0;
    for (let m = words.exec(text); m; m = words.exec(text)) {
      if (m.index > 0 && text[m.index - 1] === '-') continue;
      const candidates = byFirstWord.get(m[0]);
      const ref = candidates ? citationAt(text, m.index, candidates) : null;
      if (!ref) continue;
      (refs ??= []).push(ref);
      // "further resolves 2" also contains "resolves 2": go on after the citation.
      words.lastIndex = ref.end;
    }
    return refs;
  };
  for (const clause of citing) {
    const refs = refsIn(clause.text);
    if (refs) clause.refs = refs;
  }
}
