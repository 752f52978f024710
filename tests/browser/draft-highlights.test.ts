/**
 * Highlights in a draft, in a real browser: a teammate's client (a Node y-websocket client) puts
 * an annotation on some words of a draft, anchored with Yjs relative positions; the person with
 * the draft open sees them highlighted, keeps seeing them over the same words while either of
 * them types, and again after a reload. Real server, real SQLite in a temporary folder, Chromium.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { addAnnotation, annotationOrigin, relativeSpan, workspaceRoots } from '../../src/collab/index.ts';
import type { Annotation } from '../../src/core/model/index.ts';
import { createEditorToken, startApp } from './startApp.ts';
import type { RunningApp } from './startApp.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const ARTIFACTS = join(ROOT, 'tests', 'artifacts');
const WORKSPACE = 'draft-highlights';
const T0 = '2026-11-28T09:00:00.000Z';

let dataDir: string;
let app: RunningApp;
let browser: Browser;
let page: Page;
let token: string;
let teammate: { doc: Y.Doc; provider: WebsocketProvider } | null = null;
const pageErrors: string[] = [];

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  dataDir = mkdtempSync(join(tmpdir(), 'clausewatch-highlights-'));
  token = createEditorToken(ROOT, dataDir, WORKSPACE);
  app = await startApp(ROOT, { env: { DATA_DIR: dataDir } });
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  page = await (await browser.newContext({ viewport: { width: 1180, height: 760 }, reducedMotion: 'reduce' })).newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
});

afterEach(async (context) => {
  if (context.task.result?.state === 'fail') await page.screenshot({ path: join(ARTIFACTS, `failed-draft-highlights-${context.task.name.replace(/\W+/g, '-')}.png`) }).catch(() => {});
});

afterAll(async () => {
  teammate?.provider.destroy();
  await browser?.close();
  await app?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

/** The teammate's client: connected to the workspace, synced. */
async function connectTeammate(): Promise<{ doc: Y.Doc; provider: WebsocketProvider }> {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(`${app.url.replace(/^http/, 'ws')}/ws`, WORKSPACE, doc, { params: { token }, WebSocketPolyfill: WebSocket as never, disableBc: true });
  await new Promise<void>((done) => provider.once('sync', () => done()));
  return { doc, provider };
}

/** The text of the draft's first clause that has a few words, and its clause ID, in the teammate's copy. */
function firstClause(doc: Y.Doc): { text: Y.XmlText; clause: string } {
  const [fragment] = [...workspaceRoots(doc).drafts.values()] as Y.XmlFragment[];
  for (const node of fragment.createTreeWalker((n) => n instanceof Y.XmlElement && n.nodeName === 'clause')) {
    const text = ((node as Y.XmlElement).get(0) as Y.XmlElement | undefined)?.get(0);
    if (text instanceof Y.XmlText && text.length > 40) return { text, clause: String((node as Y.XmlElement).getAttribute('clauseId')) };
  }
  throw new Error('the draft has no clause with text');
}

const highlight = (id: string) => page.locator(`.draft-editor-content .draft-highlight[data-annotation-id="${id}"]`);

/** The words under a highlight as a person sees them (one annotation may be drawn in several pieces). */
async function highlightedWords(id: string): Promise<string> {
  return (await highlight(id).allTextContents()).join('');
}

/** Puts the caret at the start of the paragraph holding `text` (the first one) in the draft. */
async function caretBefore(text: string): Promise<void> {
  const paragraph = page.locator('.draft-editor-content [data-clause-id] > p', { hasText: text }).first();
  await paragraph.click();
  await paragraph.evaluate((element) => {
    const range = document.createRange();
    range.setStart(element.firstChild ?? element, 0);
    range.collapse(true);
    window.getSelection()?.removeAllRanges();
    window.getSelection()?.addRange(range);
  });
}

describe('highlights in a draft', () => {
  let words = '';
  let rest = '';

  it('shows a teammate’s annotation over the words it was made on, as soon as it arrives', async () => {
    await page.goto(`${app.url}/?workspace=${WORKSPACE}#token=${encodeURIComponent(token)}&role=editor`);
    await page.getByRole('dialog').getByLabel('Your name').fill('Ana');
    await page.getByRole('button', { name: 'Open the workspace' }).click();
    await page.locator('.connection-badge--connected, .connection-badge--saved').waitFor();
    await page.goto(`${app.url}/?workspace=${WORKSPACE}#res130`);
    await page.getByRole('button', { name: /^Drafts/ }).click();
    await page.getByRole('button', { name: /Start a draft from Resolution 130/ }).click();
    await page.locator('.draft-editor-content [data-clause-id] > p').first().waitFor();
    await page.locator('.connection-badge--saved').waitFor();

    teammate = await connectTeammate();
    const { text, clause } = firstClause(teammate.doc);
    const content = text.toString();
    // Two words from the middle of the clause: the highlight must start and end inside the text.
    const start = content.indexOf(' ', 12) + 1;
    const end = content.indexOf(' ', content.indexOf(' ', start) + 1);
    words = content.slice(start, end);
    rest = content.slice(end, end + 12);
    const annotation: Annotation = {
      id: 'ann-draft-1',
      target: { clause, quote: { exact: words, prefix: '', suffix: '' }, relative: relativeSpan(text, start, end) },
      kind: 'risk',
      categories: ['cybersecurity'],
      sdgTargets: ['9.c'],
      planTargets: [],
      severity: 'high',
      status: 'open',
      assignee: null,
      note: 'Watch this wording.',
      thread: [],
      author: 'Ben',
      created: T0,
      modified: T0,
    };
    expect(words.split(' ')).toHaveLength(2);
    addAnnotation(teammate.doc, annotation, annotationOrigin('Ben'));

    await expect.poll(() => highlightedWords('ann-draft-1'), { timeout: 10_000 }).toBe(words);
    await expect(highlight('ann-draft-1').first().getAttribute('title')).resolves.toBe('Risk, High: Cybersecurity, SDG 9.c');
    await expect(highlight('ann-draft-1').first().evaluate((element) => getComputedStyle(element).backgroundColor)).resolves.toBe('rgb(248, 211, 207)');
  });

  it('keeps the highlight over the same words while Ana types before them and Ben types in the clause', async () => {
    await caretBefore(words);
    await page.keyboard.type('Ana typed this. ');
    await expect.poll(() => page.locator('.draft-editor-content [data-clause-id] > p', { hasText: words }).first().textContent()).toContain('Ana typed this. ');
    expect(await highlightedWords('ann-draft-1')).toBe(words);

    // Ben inserts words right after the highlighted ones, and more at the start of the clause.
    const { text } = firstClause(teammate!.doc);
    const at = text.toString().indexOf(words) + words.length;
    text.insert(at, ' (as Ben wrote)');
    text.insert(0, 'Ben: ');
    await expect.poll(() => page.locator('.draft-editor-content [data-clause-id] > p', { hasText: words }).first().textContent(), { timeout: 10_000 }).toContain(`${words} (as Ben wrote)${rest}`);
    await expect.poll(() => highlightedWords('ann-draft-1'), { timeout: 10_000 }).toBe(words);
    await page.locator('.connection-badge--saved').waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'draft-highlights.png') });
  });

  it('draws it again after a reload, and drops it when its words are deleted', async () => {
    await page.reload();
    await expect.poll(() => highlightedWords('ann-draft-1'), { timeout: 10_000 }).toBe(words);

    const { text } = firstClause(teammate!.doc);
    text.delete(text.toString().indexOf(words), words.length);
    await expect.poll(() => highlight('ann-draft-1').count(), { timeout: 10_000 }).toBe(0);
    expect(pageErrors).toEqual([]);
  });
});
