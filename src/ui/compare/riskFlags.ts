/** The flag a proposal carries when it changes clauses the team tagged as risks: "touches 3 clauses tagged cybersecurity". */
import { DEFAULT_TAXONOMY, findCategory } from '../../core/taxonomy/index.ts';
import type { Taxonomy } from '../../core/taxonomy/index.ts';

/** Per risk category, how many tagged clauses a proposal alters (core/anchoring's touchedRiskCategories). */
export type TouchedCategories = ReadonlyArray<{ category: string; clauses: number }>;

/** Proper nouns that keep their capital inside a sentence. */
const PROPER = new Set(['Internet']);

/**
 * A category as named inside a sentence: its label, with the first letter in lower case when the
 * first word is an ordinary word ("Cybersecurity" → "cybersecurity"; "IoT …", "OTT …", "Internet …"
 * kept); a category the taxonomy does not know is named by its ID.
 */
export function categoryName(id: string, taxonomy: Taxonomy = DEFAULT_TAXONOMY): string {
  const label = findCategory(taxonomy, id)?.label ?? id;
  const first = /^[A-Z][a-z]+\b/.exec(label)?.[0];
  return first && !PROPER.has(first) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}

/**
 * "touches 3 clauses tagged cybersecurity", "touches 2 clauses tagged cybersecurity and 1 tagged
 * privacy & surveillance"; null when the proposal touches no clause tagged as a risk.
 */
export function flagText(touched: TouchedCategories, taxonomy: Taxonomy = DEFAULT_TAXONOMY): string | null {
  if (touched.length === 0) return null;
  const parts = touched.map(({ category, clauses }, i) => `${clauses} ${i === 0 ? (clauses === 1 ? 'clause ' : 'clauses ') : ''}tagged ${categoryName(category, taxonomy)}`);
  const list = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
  return `touches ${list}`;
}
