/** Every annotatable text of a document with its label, citation and reading order, looked up once. */
import { indexClauses } from '../anchoring/index.ts';
import type { Clause, ItuDocument } from '../model/index.ts';

export interface ClauseRow {
  id: string;
  /** As printed ("3", "a)"), or the footnote number. */
  label: string;
  text: string;
  /** Position in reading order. */
  order: number;
  /** "resolves 3", "considering c)", "footnote 1". */
  citation: string;
}

/** The clauses (and footnotes) of `doc` by ID. */
export function clauseTable(doc: ItuDocument): Map<string, ClauseRow> {
  const labels = new Map<string, string>();
  const walk = (clause: Clause): void => {
    labels.set(clause.id, clause.label);
    clause.children.forEach(walk);
  };
  for (const section of doc.sections) section.clauses.forEach(walk);
  for (const note of doc.footnotes) if (!labels.has(note.id)) labels.set(note.id, note.number);
  const table = new Map<string, ClauseRow>();
  for (const row of indexClauses(doc).values()) table.set(row.id, { ...row, label: labels.get(row.id) ?? '' });
  return table;
}
