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
import { makeAnnotation } from '../../src/core/model/testkit/makeAnnotation.ts';
import { createEditorToken, startApp } from './startApp.ts';
import type { RunningApp } from './startApp.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const ARTIFACTS = join(ROOT, 'tests', 'artifacts');
const WORKSPACE = 'draft-highlights';

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

/** The words under each range of the page's CSS Custom Highlight `name` (a high risk: `cw-draft-risk-high`). */
async function highlightedRanges(name: string): Promise<string[]> {
  return page.evaluate((highlightName) => [...(CSS.highlights.get(highlightName) ?? [])].map((range) => (range as Range).toString()), name);
}

/** The words painted with highlight `name` as a person sees them (the test draws one annotation). */
async function highlightedWords(name: string): Promise<string> {
  return (await highlightedRanges(name)).join('|');
}

/** Moves the pointer over the middle of the first range of highlight `name`. */
async function hoverHighlight(name: string): Promise<void> {
  const box = await page.evaluate((highlightName) => {
    const [range] = [...(CSS.highlights.get(highlightName) ?? [])] as Range[];
    const rect = range?.getClientRects()[0];
    return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
  }, name);
  if (!box) throw new Error(`the highlight ${name} has no range on screen`);
  await page.mouse.move(box.x, box.y);
}

const HIGH_RISK = 'cw-draft-risk-high';

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

/** Puts the caret right before (or after) `words` in the draft, inside their text node. */
async function caretAtEdge(words: string, edge: 'start' | 'end'): Promise<void> {
  await page.locator('.draft-editor-content [data-clause-id] > p', { hasText: words }).first().click();
  await page.evaluate(
    ([target, side]) => {
      const walker = document.createTreeWalker(document.querySelector('.draft-editor-content')!, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = (node as Text).data.indexOf(target);
        if (at === -1) continue;
        window.getSelection()?.collapse(node, side === 'start' ? at : at + target.length);
        return;
      }
      throw new Error(`"${target}" is not in one text node of the draft`);
    },
    [words, edge] as const,
  );
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
    const annotation = makeAnnotation('ann-draft-1', {
      target: { clause, quote: { exact: words, prefix: '', suffix: '' }, relative: relativeSpan(text, start, end) },
      categories: ['cybersecurity'],
      sdgTargets: ['9.c'],
      severity: 'high',
      note: 'Watch this wording.',
      author: 'Ben',
    });
    expect(words.split(' ')).toHaveLength(2);
    addAnnotation(teammate.doc, annotation, annotationOrigin('Ben'));

    await expect.poll(() => highlightedWords(HIGH_RISK), { timeout: 10_000 }).toBe(words);
    // Painted over the text, with no element of its own in the editor: the draft's DOM is its text.
    expect(await page.locator('.draft-editor-content .draft-highlight, .draft-editor-content [data-annotation-id]').count()).toBe(0);
    await expect(page.evaluate((name) => getComputedStyle(document.querySelector('.draft-editor-content p')!, `::highlight(${name})`).backgroundColor, HIGH_RISK)).resolves.toBe('rgb(248, 211, 207)');
    // Its kind, severity and tags on hover.
    await hoverHighlight(HIGH_RISK);
    await expect.poll(() => page.locator('[data-annotation-id="ann-draft-1"]').getAttribute('title'), { timeout: 5_000 }).toBe('Risk, High: Cybersecurity, SDG 9.c');
  });

  it('keeps the highlight over the same words while Ana types before them and Ben types in the clause', async () => {
    await caretBefore(words);
    await page.keyboard.type('Ana typed this. ');
    await expect.poll(() => page.locator('.draft-editor-content [data-clause-id] > p', { hasText: words }).first().textContent()).toContain('Ana typed this. ');
    expect(await highlightedWords(HIGH_RISK)).toBe(words);
    // Typing right at either edge leaves the new characters outside the highlight (the browser's own
    // range rules would take in those typed at the start).
    for (const [edge, char] of [['start', '«'], ['end', '»']] as const) {
      await caretAtEdge(words, edge);
      await page.keyboard.type(char);
      await expect.poll(() => page.locator('.draft-editor-content [data-clause-id] > p', { hasText: words }).first().textContent()).toContain(edge === 'start' ? `«${words}` : `${words}»`);
      expect(await highlightedWords(HIGH_RISK)).toBe(words);
      await page.keyboard.press('Backspace');
      await expect.poll(() => highlightedWords(HIGH_RISK)).toBe(words);
    }
    expect(await page.locator('.draft-editor-content').textContent()).not.toMatch(/[«»]/);

    // Ben inserts words right after the highlighted ones, and more at the start of the clause.
    const { text } = firstClause(teammate!.doc);
    const at = text.toString().indexOf(words) + words.length;
    text.insert(at, ' (as Ben wrote)');
    text.insert(0, 'Ben: ');
    await expect.poll(() => page.locator('.draft-editor-content [data-clause-id] > p', { hasText: words }).first().textContent(), { timeout: 10_000 }).toContain(`${words} (as Ben wrote)${rest}`);
    await expect.poll(() => highlightedWords(HIGH_RISK), { timeout: 10_000 }).toBe(words);
    await page.locator('.connection-badge--saved').waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'draft-highlights.png') });
  });

  it('draws it again after a reload, and drops it when its words are deleted', async () => {
    await page.reload();
    await expect.poll(() => highlightedWords(HIGH_RISK), { timeout: 10_000 }).toBe(words);

    const { text } = firstClause(teammate!.doc);
    text.delete(text.toString().indexOf(words), words.length);
    await expect.poll(() => highlightedRanges(HIGH_RISK), { timeout: 10_000 }).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('shows a teammate’s caret with the whole name on it at the edge of a section (sections are painted only on screen)', async () => {
    const name = 'Beatriz Fernández-Castillo';
    // Where the first line of a long clause ends, in its text: the caret there sits at the section's right edge.
    const paragraph = page.locator('.draft-editor-content [data-clause-id] > p').nth(1);
    await paragraph.scrollIntoViewIfNeeded();
    const lineEnd = await paragraph.evaluate((element) => {
      const text = element.firstChild as Text;
      const range = document.createRange();
      const top = (offset: number): number => (range.setStart(text, offset), range.setEnd(text, offset + 1), range.getClientRects()[0]?.top ?? 0);
      for (let offset = 1; offset < text.length - 1; offset++) if (top(offset) > top(0) + 2) return offset - 1;
      throw new Error('the clause fits on one line');
    });
    const clauseText = await paragraph.evaluate((element) => element.textContent ?? '');
    const [fragment] = [...workspaceRoots(teammate!.doc).drafts.values()] as Y.XmlFragment[];
    let text: Y.XmlText | null = null;
    for (const node of fragment.createTreeWalker((n) => n instanceof Y.XmlText)) if (!text && (node as Y.XmlText).toString() === clauseText) text = node as Y.XmlText;
    if (!text) throw new Error('the clause is not in the teammate’s copy');
    const at = Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(text, lineEnd));
    teammate!.provider.awareness.setLocalStateField('user', { name, color: '#1d4e89' });
    teammate!.provider.awareness.setLocalStateField('cursor', { anchor: at, head: at });

    const label = page.locator('.collab-caret-label', { hasText: name });
    await label.waitFor();
    // Painted in full: every corner of the name label is the label to the browser's hit test (a clipped part would not be).
    const corners = () =>
      label.evaluate((element) => {
        (element as HTMLElement).style.pointerEvents = 'auto';
        const box = element.getBoundingClientRect();
        const points = [[box.left + 2, box.top + 2], [box.right - 2, box.top + 2], [box.left + 2, box.bottom - 2], [box.right - 2, box.bottom - 2]];
        const hits = points.map(([x, y]) => element.contains(document.elementFromPoint(x, y)));
        (element as HTMLElement).style.pointerEvents = '';
        return hits;
      });
    await expect.poll(corners, { timeout: 5_000 }).toEqual([true, true, true, true]);
    await page.screenshot({ path: join(ARTIFACTS, 'draft-caret-at-edge.png') });

    // At the top edge of a section: on its heading's line, the name rises above the section.
    let heading: Y.XmlText | null = null;
    for (const node of fragment.createTreeWalker((n) => n instanceof Y.XmlElement && n.nodeName === 'sectionHeading')) heading ??= (node as Y.XmlElement).get(0) as Y.XmlText;
    const top = Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(heading!, 1));
    teammate!.provider.awareness.setLocalStateField('cursor', { anchor: top, head: top });
    await expect.poll(() => label.evaluate((element) => element.closest('.draft-section')?.querySelector('.draft-heading')?.contains(element) ?? false), { timeout: 5_000 }).toBe(true);
    await expect.poll(corners, { timeout: 5_000 }).toEqual([true, true, true, true]);
  });
});
