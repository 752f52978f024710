import type { Clause, CrossRef, Section } from '../model/index.ts';
import { mainAddressee } from './matchHeading.ts';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const LABEL = String.raw`\(?[a-z]{1,4}\)|\d{1,3}(?:\.\d{1,3})*(?![\d.]\d)`;
const normaliseLabel = (label: string): string => label.replace(/^\(|\)$/g, '').toLowerCase();

/** The part of a heading that running text cites: "instructs the Secretary-General, in ..." → "instructs the Secretary-General". */
const citedPhrase = (heading: string): string => mainAddressee(heading.replace(/\s+/g, ' ').trim());

function findByLabel(clauses: Clause[], label: string): Clause | null {
  for (const clause of clauses) {
    if (normaliseLabel(clause.label) === label) return clause;
    const inner = findByLabel(clause.children, label);
    if (inner) return inner;
  }
  return null;
}

/**
 * Resolves references such as "resolves 5", "considering d) above" or
 * "instructs the Secretary-General 2" in every clause to clause IDs of the same document.
 */
export function resolveCrossRefs(sections: Section[]): void {
  const byPhrase = new Map<string, Section[]>();
  for (const section of sections) {
    if (section.part === 'annex') continue;
    const phrase = citedPhrase(section.heading);
    byPhrase.set(phrase, [...(byPhrase.get(phrase) ?? []), section]);
  }
  if (byPhrase.size === 0) return;
  const phrases = [...byPhrase.keys()].sort((a, b) => b.length - a.length).map(escape);
  // Most clauses cite nothing: a plain search for the headings' first words rules them out cheaply.
  const firsts = new RegExp(`(?:${[...new Set([...byPhrase.keys()].map((p) => escape(p.split(' ')[0])))].join('|')})\\s`);
  const re = new RegExp(`(?<![\\w-])(${phrases.join('|')})\\s+(${LABEL})(?:\\s+(?:above|below))?(?![\\w])`, 'g');
  const visit = (clause: Clause): void => {
    clause.children.forEach(visit);
    if (!firsts.test(clause.text)) return;
    const refs: CrossRef[] = [];
    re.lastIndex = 0;
    for (let m = re.exec(clause.text); m; m = re.exec(clause.text)) {
      const label = normaliseLabel(m[2]);
      let target: string | null = null;
      for (const section of byPhrase.get(m[1]) ?? []) {
        const hit = findByLabel(section.clauses, label);
        if (hit) {
          target = hit.id;
          break;
        }
      }
      refs.push({ text: m[0], start: m.index, end: m.index + m[0].length, target });
    }
    if (refs.length > 0) clause.refs = refs;
  };
  for (const section of sections) section.clauses.forEach(visit);
}
