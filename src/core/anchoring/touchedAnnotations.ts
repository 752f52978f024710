/** Which annotated clauses a proposal changes: "touches 3 clauses tagged cybersecurity". */
import type { ClauseChange, DocumentDiff } from '../diff/index.ts';
import type { Annotation } from '../model/index.ts';

/** An annotation on a base clause that the proposal modifies, removes, or moves and modifies. */
export interface TouchedAnnotation {
  annotation: Annotation;
  change: ClauseChange;
}

/** True when the change alters the clause's words or removes it (a plain relabelling does not count). */
const alters = (change: ClauseChange): boolean => change.op === 'SUP' || change.op === 'MOD' || (change.op === 'MOVE' && change.modified);

/** The annotations (made on the diff's base) whose clause the proposal alters, in the proposal's reading order. */
export function touchedAnnotations(diff: DocumentDiff, annotations: readonly Annotation[]): TouchedAnnotation[] {
  const byClause = new Map<string, Annotation[]>();
  for (const annotation of annotations) {
    const list = byClause.get(annotation.target.clause) ?? [];
    list.push(annotation);
    byClause.set(annotation.target.clause, list);
  }
  const out: TouchedAnnotation[] = [];
  for (const change of diff.changes) {
    if (change.op === 'ADD' || !alters(change)) continue;
    for (const annotation of byClause.get(change.clause) ?? []) out.push({ annotation, change });
  }
  return out;
}

/**
 * Per risk category, how many distinct clauses carrying a risk annotation of that category the
 * proposal alters, most first (then by category ID): [{ category: 'cybersecurity', clauses: 3 }].
 */
export function touchedRiskCategories(diff: DocumentDiff, annotations: readonly Annotation[]): Array<{ category: string; clauses: number }> {
  const clauses = new Map<string, Set<string>>();
  for (const { annotation, change } of touchedAnnotations(diff, annotations)) {
    if (annotation.kind !== 'risk') continue;
    for (const category of annotation.categories) {
      const set = clauses.get(category) ?? new Set<string>();
      set.add(change.clause);
      clauses.set(category, set);
    }
  }
  return [...clauses]
    .map(([category, set]) => ({ category, clauses: set.size }))
    .sort((a, b) => b.clauses - a.clauses || (a.category < b.category ? -1 : a.category > b.category ? 1 : 0));
}
