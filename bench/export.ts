/**
 * Export benchmark: 10,000 annotations over the fixture library (made with a seeded PRNG: every
 * kind, category, severity and status, quotes and whole clauses, threads of up to four replies),
 * summarised with buildSummary, then written in each format; each step runs in a process of its
 * own (peak RSS of one run, as the CLI or the app make one export at a time), then medians of 5
 * more runs, wall and CPU time (the machine is shared: CPU time is this process's own work).
 * Target: each format under 1 s, the process under 300 MB.
 *
 *   npm run bench:export          (or: npx tsx bench/export.ts [annotations])
 */
import { execFileSync } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { EXPORT_FORMATS, buildSummary, exportSummary } from '../src/core/export/index.ts';
import type { ExportFormat } from '../src/core/export/index.ts';
import { allClauses } from '../src/core/model/index.ts';
import type { Annotation, AnnotationKind, AnnotationStatus, Severity } from '../src/core/model/index.ts';
import { RISK_CATEGORY_IDS, SDGS } from '../src/core/taxonomy/index.ts';
import { loadFixtureWorkspace } from '../tests/support/fixtureWorkspace.ts';

const COUNT = Number((process.argv[2] === '--child' ? process.argv[4] : process.argv[2]) ?? 10_000);
const RUNS = 5;
const TARGET_MS = 1000;
const TARGET_MB = 300;
const FORMATS = Object.keys(EXPORT_FORMATS) as ExportFormat[];

/** mulberry32: a small seeded PRNG, so every run benchmarks the same annotations. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = prng(20261128);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
const some = <T>(list: readonly T[], max: number): T[] => [...new Set(Array.from({ length: 1 + Math.floor(random() * max) }, () => pick(list)))];
const stamp = (i: number): string => new Date(Date.UTC(2026, 9, 1) + i * 61_000).toISOString().replace('.000Z', 'Z');

const PEOPLE = ['amina', 'jonas', 'priya', 'tomas', 'li', 'sofia'];
const KINDS: AnnotationKind[] = ['risk', 'risk', 'risk', 'opportunity', 'note'];
const SEVERITIES: Array<Severity | null> = ['low', 'medium', 'high', 'critical', null];
const STATUSES: AnnotationStatus[] = ['open', 'in-review', 'agreed', 'resolved'];
const SDG_TARGETS = SDGS.flatMap((g) => g.targets.map((t) => t.id));
const NOTES = [
  'Widens the mandate; watch the reasons given.',
  'Ask the delegation for the **source** of this wording, and whether it was discussed in the Council Working Group.\n\n- compare with Res. 197\n- raise at the coalition call',
  'Harmless, "as far as it goes", but read with the new operative text it could justify = registration of devices.',
  'Support: it names human rights online.',
];

/** Annotations over every clause of the library's texts (not the Strategic Plan), deterministically. */
function generate(documents: Awaited<ReturnType<typeof loadFixtureWorkspace>>['documents']): Annotation[] {
  const clauses = documents.filter((d) => d.type !== 'strategic-plan').flatMap((d) => allClauses(d).filter((c) => c.text.length > 20));
  return Array.from({ length: COUNT }, (_, i): Annotation => {
    const clause = pick(clauses);
    const kind = pick(KINDS);
    const words = clause.text.split(' ');
    const from = Math.floor(random() * (words.length - 1));
    const start = words.slice(0, from).join(' ').length + (from > 0 ? 1 : 0);
    const exact = words.slice(from, from + 1 + Math.floor(random() * 4)).join(' ');
    const whole = random() < 0.3;
    const quote = whole ? { exact: clause.text, prefix: '', suffix: '' } : { exact, prefix: clause.text.slice(Math.max(0, start - 32), start), suffix: clause.text.slice(start + exact.length, start + exact.length + 32) };
    const position = whole ? { start: 0, end: clause.text.length } : { start, end: start + exact.length };
    const author = pick(PEOPLE);
    const replies = Math.floor(random() * 5);
    const thread = Array.from({ length: replies }, (_, r) => ({ id: `b-${i}-r${r}`, author: pick(PEOPLE), text: pick(NOTES), created: stamp(i + r + 1), modified: stamp(i + r + 1) }));
    return {
      id: `b-${i}`,
      target: { clause: clause.id, quote, position },
      kind,
      categories: kind === 'risk' ? some(RISK_CATEGORY_IDS, 2) : [],
      sdgTargets: kind === 'opportunity' ? some(SDG_TARGETS, 2) : [],
      planTargets: [],
      severity: kind === 'risk' ? pick(SEVERITIES) : null,
      status: pick(STATUSES),
      assignee: random() < 0.5 ? pick(PEOPLE) : null,
      note: pick(NOTES),
      thread,
      author,
      created: stamp(i),
      modified: stamp(i + replies),
    };
  });
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** What one step measured: wall and CPU medians, output size, peak RSS before and during one run. */
interface Measure {
  step: string;
  wallMs: number;
  cpuMs: number;
  bytes: number;
  baseMb: number;
  peakMb: number;
}

const maxRssMb = (): number => process.resourceUsage().maxRSS / 1024;

/**
 * Runs `step` once in a fresh process for its peak RSS (as the CLI or the app would: one export
 * at a time), then RUNS more times for the medians of wall and CPU time.
 */
async function measure(step: string, run: () => Promise<number>): Promise<Measure> {
  const baseMb = maxRssMb();
  let bytes = await run();
  const peakMb = maxRssMb();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    const before = process.cpuUsage();
    bytes = await run();
    const used = process.cpuUsage(before);
    wall.push(performance.now() - started);
    cpu.push((used.user + used.system) / 1000);
  }
  return { step, wallMs: median(wall), cpuMs: median(cpu), bytes, baseMb, peakMb };
}

/** A child: builds the workspace, then measures one step (`summary` or a format) and prints it as JSON. */
async function child(step: string): Promise<void> {
  const input = await loadFixtureWorkspace();
  const workspace = { ...input, annotations: generate(input.documents) };
  if (step === 'summary') {
    console.log(JSON.stringify(await measure(`buildSummary (${COUNT} annotations)`, async () => (buildSummary(workspace), 0))));
    return;
  }
  const summary = buildSummary(workspace);
  console.log(JSON.stringify(await measure(step, async () => (await exportSummary(summary, step as ExportFormat)).byteLength)));
}

/** Each step in a process of its own, so that each peak RSS is that step's. */
function spawnChild(step: string): Measure {
  const out = execFileSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--child', step, String(COUNT)], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(out.trim().split('\n').at(-1)!) as Measure;
}

if (process.argv[2] === '--child') {
  await child(process.argv[3]);
} else {
  const rows = ['summary', ...FORMATS].map(spawnChild);
  const formats = rows.slice(1);
  console.log(`export: ${COUNT} annotations over the fixture library; each step in its own process: peak RSS of its first run, then the median of ${RUNS} more runs; load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} CPUs`);
  console.log('');
  console.log('| step | wall ms | CPU ms | output | RSS before MB | peak RSS MB |');
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const r of rows) console.log(`| ${r.step} | ${r.wallMs.toFixed(0)} | ${r.cpuMs.toFixed(0)} | ${r.bytes > 0 ? `${(r.bytes / 1024 / 1024).toFixed(1)} MB` : ''} | ${r.baseMb.toFixed(0)} | ${r.peakMb.toFixed(0)} |`);
  console.log('');
  // On a shared, loaded machine wall time measures the neighbours; CPU time is this process's own work.
  const slow = formats.filter((r) => r.cpuMs >= TARGET_MS);
  const heavy = formats.filter((r) => r.peakMb >= TARGET_MB);
  const worst = formats.reduce((a, b) => (b.cpuMs > a.cpuMs ? b : a));
  const fattest = formats.reduce((a, b) => (b.peakMb > a.peakMb ? b : a));
  console.log(
    slow.length === 0 && heavy.length === 0
      ? `PASS: every format under ${TARGET_MS} ms of CPU (slowest ${worst.step} ${worst.cpuMs.toFixed(0)} ms) and under ${TARGET_MB} MB peak RSS (largest ${fattest.step} ${fattest.peakMb.toFixed(0)} MB)`
      : `FAIL: ${[...slow.map((r) => `${r.step} ${r.cpuMs.toFixed(0)} ms CPU`), ...heavy.map((r) => `${r.step} ${r.peakMb.toFixed(0)} MB`)].join(', ')} (targets ${TARGET_MS} ms, ${TARGET_MB} MB)`,
  );
}
