/** A document's annotatable texts by ID: every clause, and every footnote (`res130/fn/1`). */
import type { Clause, ItuDocument, Section } from '../model/index.ts';

/** One annotatable text, in reading order. */
export interface IndexedClause {
  id: string;
  text: string;
  /** Position in reading order. */
  order: number;
  /** How the ITU would cite it: "considering c)", "resolves 3 i)", "footnote 1". */
  citation: string;
}

/** The name a section is cited by: the heading up to its first comma, or "Annex 1" for an annex. */
function sectionName(section: Section): string {
  if (section.part === 'annex') {
    const m = /^(annex|appendix)(?:-(\w+))?/.exec(section.kind);
    if (m) return `${m[1][0].toUpperCase()}${m[1].slice(1)}${m[2] ? ` ${m[2]}` : ''}`;
  }
  return section.heading.split(',')[0].trim().replace(/\s+/g, ' ');
}

/** A clause's own part of a citation: its label, "bullet 2" for a bullet, "" for a lone unlabelled paragraph. */
function labelPart(clause: Clause, siblings: readonly Clause[]): string {
  const label = clause.label.trim();
  if (label === '•' || label === '-' || label === '–') return `bullet ${siblings.filter((c) => c.label.trim() === label).indexOf(clause) + 1}`;
  if (label !== '') return label.replace(/[:.]$/, '');
  const unlabelled = siblings.filter((c) => c.label.trim() === '');
  return unlabelled.length > 1 ? `paragraph ${unlabelled.indexOf(clause) + 1}` : '';
}

/** Indexes a document: clauses depth first in reading order, then footnotes. */
export function indexClauses(doc: ItuDocument): Map<string, IndexedClause> {
  const index = new Map<string, IndexedClause>();
  const add = (id: string, text: string, citation: string): void => {
    if (!index.has(id)) index.set(id, { id, text, order: index.size, citation });
  };
  for (const section of doc.sections) {
    const name = sectionName(section);
    const joiner = section.part === 'annex' ? ', ' : ' ';
    const walk = (clause: Clause, siblings: readonly Clause[], path: readonly string[]): void => {
      const here = [...path, labelPart(clause, siblings)].filter((part) => part !== '');
      add(clause.id, clause.text, here.length === 0 ? name : `${name}${joiner}${here.join(' ')}`);
      clause.children.forEach((child) => walk(child, clause.children, here));
    };
    section.clauses.forEach((clause) => walk(clause, section.clauses, []));
  }
  for (const note of doc.footnotes) add(note.id, note.text, `footnote ${note.number}`);
  return index;
}

/** How the ITU would cite a clause of this document ("considering c)"), or null when it has no such clause. */
export function clauseCitation(doc: ItuDocument, clauseId: string): string | null {
  return indexClauses(doc).get(clauseId)?.citation ?? null;
}

/**
 * A citation guessed from a clause ID alone, when the text it came from is not at hand:
 * `res130/considering/c` → "considering c)", `res130/resolves/3/i` → "resolves 3 i)".
 */
export function citationFromId(clauseId: string): string {
  const [, section = '', ...keys] = clauseId.split('/');
  if (section === 'fn') return `footnote ${keys.join(' ')}`;
  const name = section.replace(/#\d+$/, '').replace(/-/g, ' ');
  const labels = keys
    .map((key) => key.replace(/#\d+$/, ''))
    .map((key) => (/^p\d+$/.test(key) ? '' : /^b\d+$/.test(key) ? `bullet ${key.slice(1)}` : /^[\d.]+$/.test(key) ? key : `${key})`))
    .filter((part) => part !== '');
  return [name, ...labels].join(' ').trim();
}
