/** Renumbering for tests that edit a text as a proposal would: remove or insert items, then relabel. */
import type { Clause, Section } from '../document.ts';
import { SiblingKeys } from '../ids.ts';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * Renumbers a section's items in order, a), b) … when `letters`, else 1, 2 …, and recomputes the IDs
 * of the section's clauses (children too) as the parser would.
 */
export function relabelSection(section: Section, letters: boolean): void {
  section.clauses.forEach((clause, i) => (clause.label = letters ? `${LETTERS[i]})` : String(i + 1)));
  const assign = (list: Clause[], parent: string): void => {
    const keys = new SiblingKeys();
    for (const clause of list) {
      clause.id = `${parent}/${keys.forLabel(clause.label)}`;
      assign(clause.children, clause.id);
    }
  };
  assign(section.clauses, section.id);
}
