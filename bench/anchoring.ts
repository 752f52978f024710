/**
 * bench/anchoring: re-anchoring 2,000 annotations on a new version of a text, the work a team's
 * annotations need when a new revision or proposal arrives. Target: all of them in under 200 ms
 * (the comparison of the two versions included). Medians of repeated runs; state counts; peak RSS.
 *
 *   npx tsx bench/anchoring.ts
 */
import { readFileSync } from 'node:fs';
import { anchorAll, describe, indexClauses } from '../src/core/anchoring/index.ts';
import type { AnchorOptions } from '../src/core/anchoring/index.ts';
import { diffDocuments } from '../src/core/diff/index.ts';
import type { AnnotationTarget, ItuDocument } from '../src/core/model/index.ts';
import { allClauses } from '../src/core/model/index.ts';
import { parseText } from '../src/core/parse/index.ts';

const TARGET_MS = 200;
const ANNOTATIONS = 2_000;
const RUNS = 15;

const read = (path: string): ItuDocument => parseText(readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8'))[0];
const base = read('text/res130-sample.txt');

/** A small seeded generator (mulberry32), so every run annotates the same spans. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** 2,000 annotations on the base text: a fifth on whole clauses, the rest on spans of 1 to 8 words. */
function annotate(doc: ItuDocument): AnnotationTarget[] {
  const next = random(20261128);
  const clauses = [...indexClauses(doc).values()].filter((c) => c.text.length > 0);
  const targets: AnnotationTarget[] = [];
  while (targets.length < ANNOTATIONS) {
    const clause = clauses[Math.floor(next() * clauses.length)];
    if (next() < 0.2) {
      targets.push(describe(doc, clause.id));
      continue;
    }
    const starts = [...clause.text.matchAll(/\S+/g)].map((m) => m.index);
    const i = Math.floor(next() * starts.length);
    const j = Math.min(starts.length, i + 1 + Math.floor(next() * 8));
    const end = j === starts.length ? clause.text.length : starts[j] - 1;
    targets.push(describe(doc, clause.id, { start: starts[i], end }));
  }
  return targets;
}

/** Every clause edited: a word inserted in its middle, so most annotations take the slower, fuzzy path. */
function everyClauseEdited(doc: ItuDocument): ItuDocument {
  const copy = structuredClone(doc);
  for (const clause of allClauses(copy)) {
    const middle = clause.text.indexOf(' ', Math.floor(clause.text.length / 2));
    if (middle > 0) clause.text = `${clause.text.slice(0, middle)} duly${clause.text.slice(middle)}`;
  }
  return copy;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const targets = annotate(base);
const revised = read('annotations/res130-sample-revised.txt');
const cases: Array<[string, ItuDocument, AnchorOptions]> = [
  ['revised text (res130-sample-revised), with the old version', revised, { previous: base }],
  ['revised text, quote and context only (no old version)', revised, {}],
  ['the same text from the messy PDF copy, with the old version', read('text/res130-sample-messy.txt'), { previous: base }],
  ['every clause edited, with the old version', everyClauseEdited(base), { previous: base }],
  ['every clause edited, quote and context only', everyClauseEdited(base), {}],
];

console.log(`${ANNOTATIONS} annotations on res130-sample (${allClauses(base).length} clauses), re-anchored on a new version; median of ${RUNS} runs\n`);
console.log('| new version | median (ms) | of which comparison (ms) | exact | moved | fuzzy | orphaned |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
let worst = 0;
for (const [name, doc, options] of cases) {
  for (let i = 0; i < 2; i++) anchorAll(targets, doc, options); // warm-up
  const times: number[] = [];
  const diffTimes: number[] = [];
  let states: Record<string, number> = {};
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    const anchors = anchorAll(targets, doc, options);
    times.push(performance.now() - started);
    if (options.previous) {
      const diffStarted = performance.now();
      diffDocuments(options.previous, doc);
      diffTimes.push(performance.now() - diffStarted);
    }
    states = { exact: 0, moved: 0, fuzzy: 0, orphaned: 0 };
    for (const a of anchors) states[a.state]++;
  }
  const ms = median(times);
  worst = Math.max(worst, ms);
  const diffMs = diffTimes.length > 0 ? median(diffTimes).toFixed(1) : '–';
  console.log(`| ${name} | ${ms.toFixed(1)} | ${diffMs} | ${states.exact} | ${states.moved} | ${states.fuzzy} | ${states.orphaned} |`);
}
console.log(`\npeak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
const verdict = worst < TARGET_MS ? 'PASS' : 'FAIL';
console.log(`verdict: ${verdict} — ${ANNOTATIONS} annotations re-anchored in at most ${worst.toFixed(1)} ms (median, worst case above; target: under ${TARGET_MS} ms)`);
