/** Precision and recall of the suggester against clauses labelled by hand. */
import type { Suggester } from './Suggester.ts';

/** A clause with the categories a careful analyst would give it (none, for a clause with no risk). */
export interface LabelledClause {
  id: string;
  text: string;
  categories: string[];
}

interface Counts {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  /** Of the categories suggested, the share an analyst would give (1 when nothing was suggested). */
  precision: number;
  /** Of the categories an analyst would give, the share suggested (1 when there were none). */
  recall: number;
}

export interface SuggesterEvaluation {
  /** One row per category, in the order first seen in the labels or the suggestions. */
  categories: Array<{ category: string } & Counts>;
  /** Over all categories together (micro-average). */
  overall: Counts;
  /** The clauses where suggestions and labels differ. */
  disagreements: Array<{ id: string; expected: string[]; suggested: string[] }>;
}

const counts = (tp: number, fp: number, fn: number): Counts => ({
  truePositives: tp,
  falsePositives: fp,
  falseNegatives: fn,
  precision: tp + fp === 0 ? 1 : tp / (tp + fp),
  recall: tp + fn === 0 ? 1 : tp / (tp + fn),
});

/** Runs the suggester on each labelled clause and compares what it suggests with the labels. */
export function evaluateSuggester(labelled: readonly LabelledClause[], suggester: Suggester): SuggesterEvaluation {
  const tally = new Map<string, [number, number, number]>();
  const row = (category: string): [number, number, number] => {
    if (!tally.has(category)) tally.set(category, [0, 0, 0]);
    return tally.get(category)!;
  };
  const disagreements: SuggesterEvaluation['disagreements'] = [];
  for (const clause of labelled) {
    const suggested = suggester.suggestText(clause.text).map((s) => s.category);
    for (const category of clause.categories) row(category)[suggested.includes(category) ? 0 : 2]++;
    for (const category of suggested) if (!clause.categories.includes(category)) row(category)[1]++;
    const same = suggested.length === clause.categories.length && suggested.every((c) => clause.categories.includes(c));
    if (!same) disagreements.push({ id: clause.id, expected: clause.categories, suggested });
  }
  const categories = [...tally].map(([category, [tp, fp, fn]]) => ({ category, ...counts(tp, fp, fn) }));
  const sum = (i: 0 | 1 | 2): number => [...tally.values()].reduce((total, t) => total + t[i], 0);
  return { categories, overall: counts(sum(0), sum(1), sum(2)), disagreements };
}
