/**
 * bench/suggest: precision and recall of the risk-category suggester against clauses written for the
 * project and labelled by hand (fixtures/annotations/suggest-labelled.json). Prints a table per
 * category, the disagreements, and a one-line verdict.
 *
 *   npx tsx bench/suggest.ts
 */
import { readFileSync } from 'node:fs';
import { evaluateSuggester, Suggester } from '../src/core/suggest/index.ts';
import type { LabelledClause } from '../src/core/suggest/index.ts';

/** What a suggester that an analyst can rely on needs at least, over all categories. */
const TARGET = { precision: 0.8, recall: 0.8 };

const fixture = JSON.parse(readFileSync(new URL('../fixtures/annotations/suggest-labelled.json', import.meta.url), 'utf8')) as { clauses: LabelledClause[] };
const result = evaluateSuggester(fixture.clauses, new Suggester());
const pct = (n: number): string => `${(n * 100).toFixed(1)}%`;

console.log(`${fixture.clauses.length} labelled clauses\n`);
console.log('| category | TP | FP | FN | precision | recall |\n|---|---:|---:|---:|---:|---:|');
for (const row of [...result.categories, { category: 'overall', ...result.overall }]) {
  console.log(`| ${row.category} | ${row.truePositives} | ${row.falsePositives} | ${row.falseNegatives} | ${pct(row.precision)} | ${pct(row.recall)} |`);
}
if (result.disagreements.length > 0) console.log('\ndisagreements:');
for (const d of result.disagreements) console.log(`  ${d.id}: expected [${d.expected.join(', ')}], suggested [${d.suggested.join(', ')}]`);
const { precision, recall } = result.overall;
const ok = precision >= TARGET.precision && recall >= TARGET.recall;
console.log(`\n${ok ? 'PASS' : 'FAIL'}: precision ${pct(precision)}, recall ${pct(recall)} (target ≥ ${pct(TARGET.precision)} each)`);
