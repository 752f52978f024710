/**
 * bench/typing: keystroke to paint while typing in a draft whose workspace carries 2,000
 * annotations, each anchored in the draft's text with Yjs relative positions and drawn over it as
 * a highlight; the same with no annotations, and a bare contenteditable page (the floor: what the
 * measurement gives for an editor that does nothing). Real server (`clausewatch serve`, temporary
 * DATA_DIR), real Chromium, keystrokes sent one every CADENCE_MS (faster than anyone types), at
 * the end of the draft's first clause.
 *
 * What is measured, per keystroke, in the page:
 * - paint: from the keydown event's timestamp to the first task after the next frame
 *   (requestAnimationFrame, then setTimeout 0): the input handled, the document updated, styles,
 *   layout and paint done.
 * - event timing: the browser's own figure for the keystroke (Event Timing API, the one INP uses:
 *   input to the next paint, rounded to 8 ms). The API only reports interactions of 16 ms or more,
 *   so the table gives the share of keystrokes at 16 ms or more, and the p95 when 5 % or more are.
 * Both include the wait for the next frame: at 60 Hz that alone is anything from 0 to 16.7 ms, so
 * with vsync on, even the bare page's p95 sits near 16 ms. Each page is therefore measured twice:
 * with Chromium's defaults ("vsync"), and with frames drawn as soon as they are ready
 * (--disable-gpu-vsync --disable-frame-rate-limit, "no vsync"), where paint is the keystroke's own
 * cost. The target is judged on the latter: p95 under 16 ms means every keystroke fits in a frame.
 * Medians of RUNS runs of KEYS keystrokes; peak RSS of this process and the page's JS heap.
 *
 *   npx tsx bench/typing.ts      (KEYS=150 RUNS=3 ANNOTATIONS=2000 CADENCE_MS=50 to change;
 *                                 TRACE=file.json saves a Chrome trace of one run with annotations)
 *
 * Target: p95 under 16 ms with 2,000 annotations.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { addAnnotation, annotationOrigin, relativeSpan, workspaceRoots } from '../src/collab/index.ts';
import type { Annotation } from '../src/core/model/index.ts';
import { startApp } from '../tests/browser/startApp.ts';

const ROOT = resolve(import.meta.dirname, '..');
const TARGET_P95_MS = 16;
const KEYS = Number(process.env.KEYS ?? 150);
const RUNS = Number(process.env.RUNS ?? 3);
const ANNOTATIONS = Number(process.env.ANNOTATIONS ?? 2_000);
const CADENCE_MS = Number(process.env.CADENCE_MS ?? 50);
const T = '2026-11-28T09:00:00.000Z';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
const MODES = { vsync: ARGS, 'no vsync': [...ARGS, '--disable-gpu-vsync', '--disable-frame-rate-limit'] } as const;
type Mode = keyof typeof MODES;
const step = (what: string): void => void process.stderr.write(`  ${what}\n`);

const quantile = (xs: readonly number[], q: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];
const median = (xs: readonly number[]): number => quantile(xs, 0.5);

function token(dataDir: string, workspace: string): string {
  const run = spawnSync(process.execPath, [join(ROOT, 'bin', 'clausewatch.mjs'), 'token', 'create', '--workspace', workspace, '--role', 'editor', '--data-dir', dataDir], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`clausewatch token create failed: ${run.stderr}`);
  return run.stdout.trim().split(/\s+/).pop()!;
}

/** Connects a Node client to the workspace and waits for its first sync. */
async function connect(url: string, workspace: string, tok: string): Promise<{ doc: Y.Doc; provider: WebsocketProvider }> {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(`${url.replace(/^http/, 'ws')}/ws`, workspace, doc, { params: { token: tok }, WebSocketPolyfill: WebSocket as never, disableBc: true });
  await new Promise<void>((done) => provider.once('sync', () => done()));
  return { doc, provider };
}

/** Spreads `count` annotations over the clauses of the workspace's first draft, each with relative positions. */
function annotateDraft(doc: Y.Doc, count: number): void {
  const [fragment] = [...workspaceRoots(doc).drafts.values()] as Y.XmlFragment[];
  const texts: Array<{ text: Y.XmlText; clause: string }> = [];
  for (const node of fragment.createTreeWalker((n) => n instanceof Y.XmlElement && n.nodeName === 'clause')) {
    const paragraph = (node as Y.XmlElement).get(0);
    const text = paragraph instanceof Y.XmlElement ? paragraph.get(0) : null;
    const clause = (node as Y.XmlElement).getAttribute('clauseId');
    if (text instanceof Y.XmlText && text.length > 10 && clause) texts.push({ text, clause });
  }
  const origin = annotationOrigin('bench');
  doc.transact(() => {
    for (let i = 0; i < count; i++) {
      const { text, clause } = texts[i % texts.length];
      const start = (i * 7) % (text.length - 5);
      const end = Math.min(text.length, start + 5);
      const annotation: Annotation = {
        id: `ann-bench-${i}`,
        target: { clause, quote: { exact: text.toString().slice(start, end), prefix: '', suffix: '' }, position: { start, end }, relative: relativeSpan(text, start, end) },
        kind: i % 3 === 0 ? 'opportunity' : 'risk',
        categories: i % 3 === 0 ? [] : ['cybersecurity'],
        sdgTargets: i % 3 === 0 ? ['9.c'] : [],
        planTargets: [],
        severity: 'medium',
        status: 'open',
        assignee: null,
        note: `Bench note ${i}`,
        thread: [],
        author: 'bench',
        created: T,
        modified: T,
      };
      addAnnotation(doc, annotation, origin);
    }
  }, origin);
}

/** Signs in to the workspace in this browser context (the token prompt, as a person does). */
async function signIn(page: Page, url: string, workspace: string, tok: string): Promise<void> {
  await page.goto(`${url}/?workspace=${workspace}#token=${encodeURIComponent(tok)}&role=editor`);
  await page.getByRole('dialog').getByLabel('Your name').fill('Typist');
  await page.getByRole('button', { name: 'Open the workspace' }).click();
  await page.locator('.connection-badge--connected, .connection-badge--saved').waitFor({ timeout: 120_000 });
}

/**
 * Whether the page draws at least `n` annotations in the draft: ranges of the draft's CSS Custom
 * Highlights, or (the fallback without them) decorated elements. Runs in the page.
 */
function drawnAtLeast(n: number): boolean {
  let ranges = 0;
  if (typeof CSS !== 'undefined' && 'highlights' in CSS) CSS.highlights.forEach((highlight, name) => void (name.startsWith('cw-draft-') && (ranges += highlight.size)));
  return ranges >= n || new Set([...document.querySelectorAll('.draft-editor-content [data-annotation-id]')].map((e) => e.getAttribute('data-annotation-id'))).size >= n;
}

/** A prepared workspace: its draft's address and an editor token. */
interface PreparedDraft {
  name: string;
  count: number;
  workspace: string;
  tok: string;
  draftUrl: string;
}

/** Makes a workspace with a draft of Resolution 130 carrying `count` annotations. */
async function prepareWorkspace(browser: Browser, url: string, dataDir: string, count: number): Promise<PreparedDraft> {
  const workspace = `typing-${count}`;
  const tok = token(dataDir, workspace);
  const page = await (await browser.newContext()).newPage();
  await signIn(page, url, workspace, tok);
  await page.goto(`${url}/?workspace=${workspace}#res130`);
  await page.getByRole('button', { name: /^Drafts/ }).click();
  await page.getByRole('button', { name: /Start a draft from Resolution 130/ }).click();
  await page.locator('.draft-editor-content').waitFor();
  await page.locator('.connection-badge--saved').waitFor();
  const draftUrl = page.url();
  const client = await connect(url, workspace, tok);
  annotateDraft(client.doc, count);
  // The page shows them all in the draft once the server has relayed them.
  await page.waitForFunction(drawnAtLeast, count, { timeout: 120_000 });
  client.provider.destroy();
  await page.context().close();
  return { name: `draft, ${count} annotations`, count, workspace, tok, draftUrl };
}

/** Installs the per-keystroke probes (paint and Event Timing) in the page. */
async function installProbes(page: Page): Promise<void> {
  await page.evaluate(`(() => {
    const probe = { paint: [], slow: [] };
    window.__probe = probe;
    document.addEventListener('keydown', (event) => {
      const start = event.timeStamp;
      requestAnimationFrame(() => setTimeout(() => probe.paint.push(performance.now() - start), 0));
    }, true);
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.name === 'keydown' && entry.interactionId) probe.slow.push(entry.duration);
    }).observe({ type: 'event', durationThreshold: 16, buffered: false });
  })()`);
}

/** Types KEYS characters at `target`'s end, one every CADENCE_MS; returns each keystroke's paint time and the Event Timing durations of those of 16 ms or more. */
async function typeAndTime(page: Page, target: string): Promise<{ paint: number[]; slow: number[] }> {
  const element = page.locator(target).first();
  await element.click();
  await element.evaluate((node) => {
    const range = document.createRange();
    range.selectNodeContents(node);
    range.collapse(false);
    window.getSelection()?.removeAllRanges();
    window.getSelection()?.addRange(range);
  });
  await installProbes(page);
  const started = Date.now();
  for (let i = 0; i < KEYS; i++) {
    await page.keyboard.type(i % 12 === 11 ? ' ' : 'x');
    const next = started + (i + 1) * CADENCE_MS;
    // The workload's cadence (a very fast typist), not a synchronisation: each time is taken in the page.
    if (next > Date.now()) await new Promise((done) => setTimeout(done, next - Date.now()));
  }
  await page.waitForFunction((n) => (window as unknown as { __probe: { paint: number[] } }).__probe.paint.length >= n, KEYS);
  // Event Timing entries arrive after the paint they measure.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 50)))));
  return page.evaluate(() => (window as unknown as { __probe: { paint: number[]; slow: number[] } }).__probe);
}

interface Row {
  page: string;
  mode: Mode;
  p50: number;
  p95: number;
  /** Share of keystrokes with an Event Timing duration of 16 ms or more. */
  slowShare: number;
  /** p95 of Event Timing durations (null when fewer than 5 % reach 16 ms: the API does not report those). */
  eventP95: number | null;
  heapMb: number;
}

/** Measures RUNS runs of typing in one page, in one browser context; `open` (re)opens the page and returns where to type. */
async function measurePage(browser: Browser, mode: Mode, name: string, open: (page: Page, run: number) => Promise<string>): Promise<Row> {
  const p50: number[] = [];
  const p95: number[] = [];
  const slowShare: number[] = [];
  const eventP95: Array<number | null> = [];
  let heapMb = 0;
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    for (let run = 0; run < RUNS; run++) {
      const target = await open(page, run);
      step(`${mode}: ${name}, run ${run + 1}`);
      const tracing = process.env.TRACE && mode === 'no vsync' && name.includes(`${ANNOTATIONS}`) && run === 0;
      if (tracing) await browser.startTracing(page, { path: process.env.TRACE, categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute'] });
      const { paint, slow } = await typeAndTime(page, target);
      if (tracing) await browser.stopTracing();
      p50.push(quantile(paint, 0.5));
      p95.push(quantile(paint, 0.95));
      slowShare.push(slow.length / paint.length);
      // With n durations of 16 ms or more among KEYS keystrokes, the p95 is among them when n >= 5 %.
      eventP95.push(slow.length >= 0.05 * paint.length ? [...slow].sort((a, b) => b - a)[Math.floor(0.05 * paint.length)] : null);
      const { metrics } = await cdp.send('Performance.getMetrics');
      heapMb = Math.max(heapMb, (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / 2 ** 20);
    }
  } finally {
    await context.close();
  }
  const events = eventP95.filter((x): x is number => x !== null);
  const row: Row = { page: name, mode, p50: median(p50), p95: median(p95), slowShare: median(slowShare), eventP95: events.length * 2 > RUNS ? median(events) : null, heapMb };
  step(`  → ${formatRow(row)}`);
  return row;
}

const formatRow = (r: Row): string =>
  `| ${r.page} | ${r.mode} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${(r.slowShare * 100).toFixed(0)} % | ${r.eventP95 === null ? '< 16' : r.eventP95.toFixed(0)} | ${r.heapMb.toFixed(0)} |`;

/** A contenteditable with Resolution 130's size of plain paragraphs and nothing else: the floor of the measurement. */
const BARE_PAGE = `<!doctype html><div contenteditable="true" style="font: 17px/1.6 Georgia, serif; max-width: 46rem; margin: 2rem auto">${Array.from({ length: 60 }, (_, i) => `<p>Paragraph ${i + 1} of a plain editable page, about as long as a clause of a resolution, with nothing listening to it.</p>`).join('')}</div>`;

const dataDir = mkdtempSync(join(tmpdir(), 'clausewatch-typing-'));
step('starting the server');
const app = await startApp(ROOT, { env: { DATA_DIR: dataDir } });
const rows: Row[] = [];
try {
  const setup = await chromium.launch({ executablePath: '/usr/bin/chromium', args: [...ARGS] });
  const drafts: PreparedDraft[] = [];
  try {
    for (const count of [0, ANNOTATIONS]) {
      step(`preparing a draft with ${count} annotations`);
      drafts.push(await prepareWorkspace(setup, app.url, dataDir, count));
    }
  } finally {
    await setup.close();
  }
  for (const mode of Object.keys(MODES) as Mode[]) {
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: [...MODES[mode]] });
    try {
      rows.push(await measurePage(browser, mode, 'bare contenteditable', async (page) => (await page.setContent(BARE_PAGE), '[contenteditable] > p')));
      for (const { name, count, workspace, tok, draftUrl } of drafts) {
        rows.push(
          await measurePage(browser, mode, name, async (page, run) => {
            if (run === 0) await signIn(page, app.url, workspace, tok);
            // Each run starts from a fresh load of the draft (the workspace is in IndexedDB by then).
            await page.goto(draftUrl);
            await page.reload();
            await page.locator('.draft-editor-content [data-clause-id] > p').first().waitFor({ timeout: 120_000 });
            // Typing starts once every annotation is drawn.
            await page.waitForFunction(drawnAtLeast, count, { timeout: 120_000 });
            return '.draft-editor-content [data-clause-id] > p';
          }),
        );
      }
    } finally {
      await browser.close();
    }
  }
} finally {
  await app.stop();
  rmSync(dataDir, { recursive: true, force: true });
}

console.log(`${KEYS} keystrokes per run, one every ${CADENCE_MS} ms, median of ${RUNS} runs\n`);
console.log('| page | frames | paint p50 ms | paint p95 ms | event timing ≥ 16 ms | event timing p95 ms | page JS heap MB |\n|---|---|---:|---:|---:|---:|---:|');
for (const r of rows) console.log(formatRow(r));
console.log(`\npeak RSS (bench process): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
const judged = rows.find((r) => r.mode === 'no vsync' && r.page === `draft, ${ANNOTATIONS} annotations`)!;
const vsync = rows.find((r) => r.mode === 'vsync' && r.page === `draft, ${ANNOTATIONS} annotations`)!;
const floor = rows.find((r) => r.mode === 'vsync' && r.page === 'bare contenteditable')!;
console.log(
  `${judged.p95 < TARGET_P95_MS ? 'PASS' : 'FAIL'}: typing p95 ${judged.p95.toFixed(1)} ms keystroke to paint with ${ANNOTATIONS} annotations, frames unthrottled (target < ${TARGET_P95_MS} ms); ` +
    `with vsync ${vsync.p95.toFixed(1)} ms against ${floor.p95.toFixed(1)} ms for a bare contenteditable`,
);
// The y-websocket client and Chromium's pipes can keep the event loop alive after the last figure.
process.exit(0);
