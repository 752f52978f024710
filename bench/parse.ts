/**
 * bench/parse: time per MB of text, over the whole corpus of text fixtures repeated to a few MB,
 * the PDF-messy copy and the Strategic Plan (each grown to 4 MB), plus pathological inputs. Prints
 * a table and a verdict against the target (under 20 ms per MB for every realistic input: the
 * rows marked "yes"). Medians of repeated runs; peak RSS.
 *
 *   npm run bench:parse
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseText } from '../src/core/parse/index.ts';

const TARGET_MS_PER_MB = 20;
const RUNS = 15;
const TEXT_DIR = fileURLToPath(new URL('../fixtures/text/', import.meta.url));

const read = (name: string): string => readFileSync(join(TEXT_DIR, name), 'utf8');
const mb = (text: string): number => Buffer.byteLength(text) / (1024 * 1024);

/**
 * Repeats a text until it is at least `size` MB, as one file of many documents (a Final Acts),
 * numbering each copy's texts differently as a real volume would.
 */
function grow(text: string, size: number): string {
  const parts: string[] = [];
  let total = 0;
  for (let copy = 1; total < size; copy++) {
    parts.push(text.replace(/^(RESOLUTION|DECISION|RECOMMENDATION) (\d+)/gm, `$1 ${copy}$2`));
    total += mb(text);
  }
  return parts.join('\n');
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function measure(text: string): { ms: number; msPerMb: number; docs: number } {
  let docs = 0;
  for (let i = 0; i < 2; i++) parseText(text); // warm-up
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    docs = parseText(text).length;
    times.push(performance.now() - start);
  }
  const ms = median(times);
  return { ms, msPerMb: ms / mb(text), docs };
}

const resolutions = readdirSync(TEXT_DIR).filter((f) => f.endsWith('.txt') && !f.includes('messy') && !f.includes('final-acts') && !f.includes('strategic'));
const corpus = resolutions.map(read).join('\n');
const cases: Array<[string, string, boolean]> = [
  ['fixture corpus ×N (clean ITU text)', grow(corpus, 4), true],
  ['messy PDF copy ×N', grow(read('res130-sample-messy.txt'), 4), true],
  ['Strategic Plan ×N', grow(read('strategic-plan-sample.txt'), 4), true],
  ['one 1 MB paragraph, no structure', 'word, '.repeat(180_000), false],
  ['100,000 spaces', ' '.repeat(100_000), false],
  ['1 MB of headings run together', 'that it works, instructs the Secretary-General '.repeat(22_000), false],
];

console.log('| input | size (MB) | documents | median (ms) | ms per MB | counts |');
console.log('| --- | ---: | ---: | ---: | ---: | :---: |');
let worst = { msPerMb: 0, name: '' };
for (const [name, text, counts] of cases) {
  const { ms, msPerMb, docs } = measure(text);
  if (counts && msPerMb > worst.msPerMb) worst = { msPerMb, name };
  console.log(`| ${name} | ${mb(text).toFixed(2)} | ${docs} | ${ms.toFixed(1)} | ${msPerMb.toFixed(1)} | ${counts ? 'yes' : 'no'} |`);
}
console.log(`\npeak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
const verdict = worst.msPerMb < TARGET_MS_PER_MB ? 'PASS' : 'FAIL';
console.log(`verdict: ${verdict} — the slowest realistic input (${worst.name}) parses at ${worst.msPerMb.toFixed(1)} ms per MB (target: under ${TARGET_MS_PER_MB} ms per MB)`);
