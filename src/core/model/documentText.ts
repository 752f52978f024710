import type { Clause, ItuDocument } from './document.ts';

/**
 * Every piece of text a parsed document holds, in reading order: title line, subject, formula,
 * headings, annex titles, clause labels, clause texts, footnote markers, footnotes, unparsed blocks.
 * The parser's "never drops text" promise is stated against this list.
 */
export function documentText(doc: ItuDocument): string[] {
  const out: string[] = [doc.titleLine, doc.title, doc.preamble];
  const walk = (clause: Clause): void => {
    out.push(clause.label, clause.text);
    for (const note of clause.notes ?? []) out.push(note.number);
    clause.children.forEach(walk);
  };
  for (const section of doc.sections) {
    out.push(section.heading);
    if (section.title) out.push(section.title);
    section.clauses.forEach(walk);
  }
  for (const footnote of doc.footnotes) out.push(footnote.number, footnote.text);
  for (const block of doc.unparsed) out.push(block.text);
  return out.filter((piece) => piece !== '');
}

/** Depth-first list of all clauses of a document. */
export function allClauses(doc: ItuDocument): Clause[] {
  const out: Clause[] = [];
  const walk = (clause: Clause): void => {
    out.push(clause);
    clause.children.forEach(walk);
  };
  for (const section of doc.sections) section.clauses.forEach(walk);
  return out;
}
