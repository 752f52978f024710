import { SiblingKeys } from '../model/index.ts';
import type { Clause, ItuDocument } from '../model/index.ts';

/**
 * Gives every section and clause of an edited document the ID the parser would give it
 * (`res130/considering/d`, a repeated heading `#2`), after clauses were inserted, removed or
 * relabelled. Works in place.
 */
export function reassignIds(doc: ItuDocument): void {
  const sectionKeys = new SiblingKeys();
  for (const section of doc.sections) {
    section.id = `${doc.id}/${sectionKeys.unique(section.kind.replace(/#\d+$/, ''))}`;
    assign(section.clauses, section.id);
  }
}

function assign(clauses: Clause[], parentId: string): void {
  const keys = new SiblingKeys();
  for (const clause of clauses) {
    clause.id = `${parentId}/${keys.forLabel(clause.label)}`;
    assign(clause.children, clause.id);
  }
}
