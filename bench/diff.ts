/**
 * bench/diff: the clause-aligned diff (parse + diffDocuments) against diff-match-patch
 * (diff_main + diff_cleanupSemantic, its default 1 s timeout) on the same pairs of texts:
 * 5 % of the words edited in the largest fixture and in a 100 KB resolution, a 100 KB resolution
 * fully rewritten, truncated to 10 %, with a run of 100,000 spaces, and one 100 KB paragraph with no
 * structure. Prints medians of repeated runs, the time ratio, the changed-word count of each output
 * (words of either text that do not come through whole and unchanged), and whether anything timed out or
 * came back empty; then a one-line verdict against the target (every case bounded, never empty),
 * with how speed and minimality compare to diff-match-patch.
 *
 *   npm run bench:diff
 */
import { readFileSync } from 'node:fs';
import DiffMatchPatch from 'diff-match-patch';
import { diffDocuments } from '../src/core/diff/index.ts';
import type { DocumentDiff, Hunk } from '../src/core/diff/index.ts';
import { editAnyWords, editWords, giantParagraph, largeResolution, rewriteWords } from '../src/core/diff/testkit/largeResolution.ts';
import type { ItuDocument } from '../src/core/model/index.ts';
import { parseText } from '../src/core/parse/index.ts';

const RUNS = Number(process.env.RUNS ?? 7);
const DMP_RUNS = Number(process.env.RUNS ?? 5);
/** Our own bound: a diff that takes longer than this counts as timed out. */
const BOUND_MS = 5000;

const fixture = readFileSync(new URL('../fixtures/text/final-acts-sample.txt', import.meta.url), 'utf8');
const large = largeResolution(100_000, 1);
const paragraph = giantParagraph(100_000, 4);
const cases: Array<[string, string, string]> = [
  ['5 % edits, largest fixture (Final Acts)', fixture, editWords(fixture, 0.05, 2)],
  ['5 % edits, 100 KB resolution', large, editWords(large, 0.05, 2)],
  ['100 KB fully rewritten', large, rewriteWords(large, 3)],
  ['truncated to 10 %', large, large.slice(0, Math.floor(large.length / 10))],
  ['100,000 spaces in an item', large, large.replace('to ', `to${' '.repeat(100_000)}`)],
  ['one 100 KB paragraph, 5 % edits', paragraph, editAnyWords(paragraph, 0.05, 5)],
];

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Documents of both texts paired in order (a Final Acts holds several). */
function clauseAligned(base: string, proposal: string): { diffs: DocumentDiff[]; parseMs: number; diffMs: number } {
  const t0 = performance.now();
  const bases = parseText(base);
  const proposals = parseText(proposal);
  const t1 = performance.now();
  const diffs = bases.map((doc, i) => diffDocuments(doc, proposals[i] ?? emptyLike(doc)));
  return { diffs, parseMs: t1 - t0, diffMs: performance.now() - t1 };
}

function emptyLike(doc: ItuDocument): ItuDocument {
  return { ...doc, titleLine: '', title: '', preamble: '', sections: [], footnotes: [], unparsed: [] };
}

/**
 * Changed words of a two-sided diff: every word of either text that does not come through whole
 * and unchanged. A word is unchanged when it lies inside one equal run and is a whole word (space
 * or the text's edge on both sides) in both texts; a character diff that keeps "on" as the tail of
 * "unions" has still changed the word. Equal to |words of base| + |words of proposal| − 2 × kept.
 */
function changedWords(hunks: ReadonlyArray<{ type: Hunk['type']; text: string }>): number {
  let a = '';
  let b = '';
  const equal: Array<[number, number, number]> = []; // start in a, start in b, length
  for (const hunk of hunks) {
    if (hunk.type === 'equal') equal.push([a.length, b.length, hunk.text.length]);
    if (hunk.type !== 'insert') a += hunk.text;
    if (hunk.type !== 'delete') b += hunk.text;
  }
  const isSpace = (text: string, at: number): boolean => at < 0 || at >= text.length || /\s/.test(text[at]);
  let kept = 0;
  for (const [startA, startB, length] of equal) {
    const run = a.slice(startA, startA + length);
    for (const match of run.matchAll(/\S+/g)) {
      const from = match.index;
      const to = from + match[0].length;
      if (isSpace(a, startA + from - 1) && isSpace(a, startA + to) && isSpace(b, startB + from - 1) && isSpace(b, startB + to)) kept++;
    }
  }
  const count = (text: string): number => text.match(/\S+/g)?.length ?? 0;
  return count(a) + count(b) - 2 * kept;
}

const words = (text: string | null): number => (text ? text.match(/\S+/g)?.length ?? 0 : 0);

/** The clause-aligned output in the same unit: clause words, labels and headings changed (a clause moved intact counts 0). */
function ourChangedWords(diffs: DocumentDiff[]): number {
  let count = 0;
  for (const diff of diffs) {
    for (const change of diff.changes) {
      count += changedWords(change.hunks);
      if (change.label.from !== change.label.to) count += words(change.label.from) + words(change.label.to);
    }
    for (const section of diff.sections ?? []) if (section.op !== 'NOC' && section.heading.from !== section.heading.to) count += words(section.heading.from) + words(section.heading.to);
    for (const front of diff.front ?? []) count += changedWords(front.hunks);
  }
  return count;
}

const dmp = new DiffMatchPatch();
const TYPES = { [-1]: 'delete', 0: 'equal', 1: 'insert' } as const;

function runDmp(base: string, proposal: string): { ms: number; hunks: Array<{ type: Hunk['type']; text: string }> } {
  const start = performance.now();
  const diffs = dmp.diff_main(base, proposal);
  dmp.diff_cleanupSemantic(diffs);
  const ms = performance.now() - start;
  return { ms, hunks: diffs.map(([op, text]) => ({ type: TYPES[op as -1 | 0 | 1], text })) };
}

console.log('| case | size (KB) | parse + diff (ms) | diff only (ms) | diff-match-patch (ms) | ratio (parse + diff / dmp) | ratio (diff / dmp) | changed words: ours | changed words: dmp | ok |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
// Warm both sides up on every case first, so that no case pays for compiling the code it shares with the others.
for (let round = 0; round < 3; round++) {
  for (const [, base, proposal] of cases) {
    clauseAligned(base, proposal);
    runDmp(base, proposal);
  }
}
const slower: string[] = [];
let allFaster = true;
let allMinimal = true;
let allFine = true;
for (const [name, base, proposal] of cases) {
  for (let i = 0; i < 3; i++) clauseAligned(base, proposal); // warm-up
  const parse: number[] = [];
  const diff: number[] = [];
  let result = clauseAligned(base, proposal);
  for (let i = 0; i < RUNS; i++) {
    result = clauseAligned(base, proposal);
    parse.push(result.parseMs);
    diff.push(result.diffMs);
  }
  const dmpTimes: number[] = [];
  let dmpResult = runDmp(base, proposal);
  runDmp(base, proposal); // warm-up
  for (let i = 0; i < DMP_RUNS; i++) {
    dmpResult = runDmp(base, proposal);
    dmpTimes.push(dmpResult.ms);
  }
  const ours = median(parse.map((p, i) => p + diff[i]));
  const theirs = median(dmpTimes);
  const oursWords = ourChangedWords(result.diffs);
  const theirWords = changedWords(dmpResult.hunks);
  const nonEmpty = result.diffs.every((d) => d.changes.length > 0 || (d.front ?? []).length > 0);
  const inBound = Math.max(...parse.map((p, i) => p + diff[i])) < BOUND_MS;
  const dmpTimedOut = theirs >= dmp.Diff_Timeout * 1000 * 0.95;
  if (ours >= theirs) slower.push(name);
  allFaster &&= ours < theirs;
  allMinimal &&= oursWords <= theirWords;
  allFine &&= nonEmpty && inBound;
  const ok = [nonEmpty ? 'result' : 'EMPTY', inBound ? 'in bound' : 'TIMED OUT', dmpTimedOut ? 'dmp hit its 1 s timeout' : ''].filter(Boolean).join(', ');
  const ms = (value: number): string => (value < 1 ? value.toFixed(3) : value.toFixed(1));
  const ratio = (value: number): string => (theirs > 0 ? (value / theirs).toFixed(value / theirs < 10 ? 2 : 0) : '∞');
  console.log(`| ${name} | ${(base.length / 1024).toFixed(0)} | ${ms(ours)} | ${ms(median(diff))} | ${ms(theirs)} | ${ratio(ours)} | ${ratio(median(diff))} | ${oursWords} | ${theirWords} | ${ok} |`);
}
console.log(`\npeak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
// The target (issue 3, quality.md): bounded on every input and never an empty result; the
// time ratio and changed-word counts against diff-match-patch are reported beside it.
const pass = allFine;
console.log(
  `verdict: ${pass ? 'PASS' : 'FAIL'} — ${allFine ? `every case finished within ${BOUND_MS} ms with a result` : 'SOME CASE timed out or returned nothing'} (target: bounded, never empty); ${allFaster ? 'faster than diff-match-patch on every case' : `slower than diff-match-patch on: ${slower.join('; ')}`}; output ${allMinimal ? 'no less minimal than' : 'LESS minimal than'} diff-match-patch's`,
);
