import type { Clause, CrossRef, Section } from '../model/index.ts';
import { mainAddressee } from './matchHeading.ts';

/** A clause label right where a cited heading ends: " 5", " d)", " 1.1", then optionally " above" / " below". */
const LABEL_AFTER = /\s+(\(?[a-z]{1,4}\)|\d{1,3}(?:\.\d{1,3})*(?![\d.]\d))(?:\s+(?:above|below))?(?!\w)/y;

const normaliseLabel = (label: string): string => label.replace(/^\(|\)$/g, '').toLowerCase();

/** The part of a heading that running text cites: "instructs the Secretary-General, in ..." → "instructs the Secretary-General". */
const citedPhrase = (heading: string): string => (heading.includes(',') ? mainAddressee(heading) : heading);

function findByLabel(clauses: Clause[], label: string): Clause | null {
  for (const clause of clauses) {
    if (normaliseLabel(clause.label) === label) return clause;
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
  const key = words.sort().join('|');
  let re = FIRST_WORDS_CACHE.get(key);
  if (!re) {
    if (FIRST_WORDS_CACHE.size >= FIRST_WORDS_CACHE_MAX) FIRST_WORDS_CACHE.clear();
    re = new RegExp(`\\b(?:${key.replace(/[.*+?^${}()[\]\\]/g, '\\$&')})(?=\\s)`, 'g');
    FIRST_WORDS_CACHE.set(key, re);
  }
  return re;
}

/**
 * Resolves references such as "resolves 5", "considering d) above" or
 * "instructs the Secretary-General 2" in every clause to clause IDs of the same document.
 */
export function resolveCrossRefs(sections: Section[]): void {
  // Cited phrases by their first word, longest first: "instructs the Secretary-General and the Directors ..." before "instructs the Secretary-General".
  const byFirstWord = new Map<string, Array<{ phrase: string; sections: Section[] }>>();
  for (const section of sections) {
    if (section.part === 'annex') continue;
    const phrase = citedPhrase(section.heading);
    const word = phrase.split(' ')[0];
    const list = byFirstWord.get(word) ?? [];
    const entry = list.find((e) => e.phrase === phrase);
    if (entry) entry.sections.push(section);
    else list.push({ phrase, sections: [section] });
    byFirstWord.set(word, list.sort((a, b) => b.phrase.length - a.phrase.length));
  }
  if (byFirstWord.size === 0) return;
  const words = firstWordsRegex([...byFirstWord.keys()]);

  const refsIn = (text: string): CrossRef[] => {
    const refs: CrossRef[] = [];
    // One pass over the text finds the first words of this document's headings.
    words.lastIndex = 0;
    for (let m = words.exec(text); m; m = words.exec(text)) {
      if (m.index > 0 && text[m.index - 1] === '-') continue;
      const candidates = byFirstWord.get(m[0]);
      const ref = candidates ? citationAt(text, m.index, candidates) : null;
      if (!ref) continue;
      refs.push(ref);
      // "further resolves 2" also contains "resolves 2": go on after the citation.
      words.lastIndex = ref.end;
    }
    return refs;
  };
  const visit = (clause: Clause): void => {
    const refs = refsIn(clause.text);
    if (refs.length > 0) clause.refs = refs;
    clause.children.forEach(visit);
  };
  for (const section of sections) section.clauses.forEach(visit);
}
