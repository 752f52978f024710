import type { Clause, ItuDocument } from '../model/index.ts';
import type { SectionChange } from './types.ts';

/** A clause in reading order, with what alignment needs to know about it. */
export interface FlatClause {
  id: string;
  /** The ID without the document's: `resolves/3/i` (two copies of one text compare by it). */
  rel: string;
  label: string;
  text: string;
  depth: number;
  /** Index of its section in the flattened document. */
  section: number;
  /** Position among all clauses of the document, in reading order. */
  order: number;
}

export interface FlatSection {
  id: string;
  rel: string;
  heading: string;
  part: SectionChange['part'];
  /** Kind with any repeat suffix taken off: `instructs-the-secretary-general`. */
  kind: string;
  title?: string;
  clauses: FlatClause[];
  index: number;
}

/** Blocks the parser set aside as page furniture: not text of the document, never compared. */
const FURNITURE = 'page header or footer';

export const FOOTNOTES_HEADING = 'Footnotes';
export const UNPARSED_HEADING = 'Text not placed in a clause';

/**
 * A document as a list of sections, each with its clauses depth first. The footnotes and the text
 * the parser could not place (page furniture aside) come last as two pseudo-sections, `<doc>/fn`
 * and `<doc>/unparsed`, so that every word of the text takes part in the comparison.
 */
export function flattenDocument(doc: ItuDocument): FlatSection[] {
  const sections: FlatSection[] = [];
  const prefix = `${doc.id}/`;
  const rel = (id: string): string => (id.startsWith(prefix) ? id.slice(prefix.length) : id);
  let order = 0;
  const open = (id: string, heading: string, part: FlatSection['part'], kind: string, title?: string): FlatSection => {
    const section: FlatSection = { id, rel: rel(id), heading, part, kind, clauses: [], index: sections.length };
    if (title !== undefined) section.title = title;
    sections.push(section);
    return section;
  };
  const add = (section: FlatSection, id: string, label: string, text: string, depth: number): void => {
    section.clauses.push({ id, rel: rel(id), label, text, depth, section: section.index, order: order++ });
  };
  for (const source of doc.sections) {
    const section = open(source.id, source.heading, source.part, source.kind.replace(/#\d+$/, ''), source.title);
    const walk = (clause: Clause, depth: number): void => {
      add(section, clause.id, clause.label, clause.text, depth);
      for (const child of clause.children) walk(child, depth + 1);
    };
    for (const clause of source.clauses) walk(clause, 0);
  }
  if (doc.footnotes.length > 0) {
    const section = open(`${doc.id}/fn`, FOOTNOTES_HEADING, 'footnotes', 'fn');
    for (const note of doc.footnotes) add(section, note.id, note.number, note.text, 0);
  }
  const unparsed = doc.unparsed.filter((block) => block.reason !== FURNITURE);
  if (unparsed.length > 0) {
    const section = open(`${doc.id}/unparsed`, UNPARSED_HEADING, 'unparsed', 'unparsed');
    unparsed.forEach((block, i) => add(section, `${doc.id}/unparsed/${i + 1}`, '', block.text, 0));
  }
  return sections;
}
