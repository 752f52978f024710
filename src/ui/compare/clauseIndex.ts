import type { Clause, ItuDocument, Section } from '../../core/model/index.ts';

/** Longest heading kept when citing a clause ("instructs the Secretary-General 2"). */
const MAX_CITED_HEADING = 48;

/** Where a clause sits and how it is cited. */
export interface IndexedClause {
  clause: Clause;
  section: Section;
  /** "considering c)", "resolves 3 i)", "Annex 1 2". */
  citation: string;
  /** 0 for a clause directly under its heading, 1 for a sub-item, and so on. */
  depth: number;
  /** Position in reading order. */
  order: number;
}

/** Clause ID → where it sits in one document, plus its sections by ID. */
export interface ClauseIndex {
  clauses: ReadonlyMap<string, IndexedClause>;
  sections: ReadonlyMap<string, Section>;
}

/** How a section's clauses are cited: "considering", "instructs the Secretary-General", "Annex 1". */
export function citedHeading(section: Section): string {
  if (section.part === 'annex') {
    const kind = section.kind.replace(/#\d+$/, '').replace(/-/g, ' ');
    return kind.charAt(0).toUpperCase() + kind.slice(1);
  }
  const heading = section.heading.replace(/[,:]\s*$/, '').trim();
  return heading.length > MAX_CITED_HEADING ? `${heading.slice(0, MAX_CITED_HEADING - 1)}…` : heading;
}

/** Indexes every clause of `doc` with its section, citation and depth. */
export function indexClauses(doc: ItuDocument): ClauseIndex {
  const clauses = new Map<string, IndexedClause>();
  const sections = new Map<string, Section>();
  let order = 0;
  for (const section of doc.sections) {
    sections.set(section.id, section);
    const walk = (clause: Clause, parent: string, depth: number): void => {
      const citation = clause.label && clause.label !== '•' ? `${parent} ${clause.label}` : parent;
      clauses.set(clause.id, { clause, section, citation, depth, order: order++ });
      clause.children.forEach((child) => walk(child, citation, depth + 1));
    };
    section.clauses.forEach((clause) => walk(clause, citedHeading(section), 0));
  }
  return { clauses, sections };
}

/**
 * The citation of a clause ID. Footnotes (`res130/fn/1`) and unplaced text (`res130/unparsed/2`),
 * which the comparison treats as clauses too, are named as such; any other ID the document does
 * not hold is shown without its document part.
 */
export function citationOf(index: ClauseIndex, id: string): string {
  const known = index.clauses.get(id)?.citation;
  if (known) return known;
  const pseudo = /^[^/]+\/(fn|unparsed)\/([^/]+)$/.exec(id);
  if (pseudo) return pseudo[1] === 'fn' ? `footnote ${pseudo[2]}` : `unplaced text ${pseudo[2]}`;
  const slash = id.indexOf('/');
  return slash === -1 ? 'the whole text' : id.slice(slash + 1).replace(/\//g, ' ');
}
