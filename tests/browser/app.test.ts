/**
 * The app in a real browser: the server as `npm start` runs it, Debian's Chromium driven by
 * playwright-core. Checks what a person sees; saves a screenshot when a check fails.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Clause, ItuDocument } from '../../src/core/model/index.ts';
import { allClauses } from '../../src/core/model/index.ts';
import { IMPORTED_NUMBER, IMPORTED_TEXT } from './importedResolution.ts';
import { launchChromium } from './people.ts';
import { startApp } from './startApp.ts';
import type { RunningApp } from './startApp.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const ARTIFACTS = join(ROOT, 'tests', 'artifacts');
const VIEWPORT = { width: 1280, height: 800 };

let app: RunningApp;
let browser: Browser;
let page: Page;
let library: ItuDocument[];
const pageErrors: string[] = [];

/** CSS selector for an element by ID (IDs hold "/" and "#", so no `#id` shorthand). */
const byId = (id: string): string => `[id="${id}"]`;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  app = await startApp(ROOT);
  library = ((await (await fetch(`${app.url}/api/library`)).json()) as { documents: ItuDocument[] }).documents;
  browser = await launchChromium();
  // Reduced motion turns transitions off, so what the test reads is what a person ends up seeing.
  const context = await browser.newContext({ viewport: VIEWPORT, reducedMotion: 'reduce', permissions: ['clipboard-read', 'clipboard-write'] });
  page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(`${message.text()} (${message.location().url})`);
  });
});

afterEach(async (context) => {
  if (context.task.result?.state === 'fail' && page) {
    await page.screenshot({ path: join(ARTIFACTS, `failed-${context.task.name.replace(/\W+/g, '-')}.png`), fullPage: false });
  }
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

/** The first clause with a label and some text, preferring the issue's example `res130/resolves/3`. */
function permalinkTarget(): { doc: ItuDocument; clause: Clause } {
  for (const doc of library) {
    const clause = allClauses(doc).find((c) => c.id === 'res130/resolves/3');
    if (clause) return { doc, clause };
  }
  for (const doc of library) {
    const clause = allClauses(doc).find((c) => c.label !== '' && c.text.length > 20);
    if (clause) return { doc, clause };
  }
  throw new Error('the sample library has no labelled clause to open');
}

/** True when the element's box lies inside the viewport. */
async function inViewport(selector: string): Promise<boolean> {
  const box = await page.locator(selector).boundingBox();
  return box !== null && box.y >= 0 && box.y + Math.min(box.height, 60) <= VIEWPORT.height;
}

describe('the Clausewatch app', () => {
  it('shows the sample library in the sidebar, grouped by type', async () => {
    expect(library.length).toBeGreaterThan(0);
    await page.goto(app.url);
    await page.locator('.doc-link').first().waitFor();
    const groups = await page.locator('.doc-group-name').allInnerTexts();
    const expected = ['Resolutions', 'Decisions', 'Recommendations', 'Strategic Plan', 'Other texts'].filter((name) =>
      library.some((doc) => ({ resolution: 'Resolutions', decision: 'Decisions', recommendation: 'Recommendations', 'strategic-plan': 'Strategic Plan', other: 'Other texts' })[doc.type] === name),
    );
    expect(groups.map((text) => text.replace(/\s*\d+$/, '').trim().toLowerCase())).toEqual(expected.map((name) => name.toLowerCase()));
    expect(await page.locator('.doc-link').count()).toBe(library.length);
    const res130 = library.find((doc) => doc.id === 'res130');
    if (res130) {
      const item = page.locator(`${'.doc-group'}:has(h2:text-is("Resolutions")) .doc-link[data-doc-id="res130"]`);
      expect(await item.innerText()).toContain('Resolution 130');
    }
  });

  it('opens a clause permalink: scrolled into view, highlighted, with its label and text', async () => {
    const { doc, clause } = permalinkTarget();
    await page.goto(`${app.url}/#${clause.id}`);
    const target = page.locator(`${byId(clause.id)}.is-target`);
    await target.waitFor({ state: 'visible' });
    expect(await inViewport(byId(clause.id))).toBe(true);
    expect(await page.locator(`${byId(clause.id)} > .clause-label`).innerText()).toBe(clause.label);
    const shown = await page.locator(`${byId(clause.id)} > .clause-body > .clause-text`).innerText();
    expect(shown).toContain(clause.text.slice(0, 40));
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(clause.id);
    expect(await page.locator('.doc-title-line').innerText()).toBe(doc.titleLine.toUpperCase());
    expect(await page.locator(`.doc-link[data-doc-id="${doc.id}"]`).getAttribute('aria-current')).toBe('page');
    await page.screenshot({ path: join(ARTIFACTS, 'reader.png') });
  });

  it('imports a file from the picker, lists it and opens its clauses', async () => {
    await page.goto(app.url);
    await page.locator('.doc-link').first().waitFor();
    await page.setInputFiles('#import-file', { name: 'reading-rooms.txt', mimeType: 'text/plain', buffer: Buffer.from(IMPORTED_TEXT) });
    await page.locator('.import-status--done').waitFor();
    expect(await page.locator('.import-status--done').innerText()).toContain(`Imported Resolution ${IMPORTED_NUMBER} from reading-rooms.txt`);
    const id = `res${IMPORTED_NUMBER}`;
    expect(await page.locator(`.doc-link[data-doc-id="${id}"]`).innerText()).toContain('Reading rooms for delegations');
    expect(await page.locator('.doc-title-line').innerText()).toBe(`RESOLUTION ${IMPORTED_NUMBER} (DUBAI, 2018)`);

    await page.evaluate((hash) => (window.location.hash = hash), `#${id}/resolves/3/ii`);
    await page.locator(`${byId(`${id}/resolves/3/ii`)}.is-target`).waitFor();
    expect(await inViewport(byId(`${id}/resolves/3/ii`))).toBe(true);
    expect(await page.locator(`${byId(`${id}/resolves/3/ii`)} > .clause-label`).innerText()).toBe('ii)');
    // The cross-reference links to the clause it names.
    expect(await page.locator(`${byId(`${id}/resolves/2`)} a.xref`).getAttribute('href')).toBe(`#${id}/considering/b`);
  });

  it('imports a file dropped anywhere on the window', async () => {
    const text = IMPORTED_TEXT.replaceAll(`RESOLUTION ${IMPORTED_NUMBER}`, 'RESOLUTION 951').replace('Reading rooms for delegations', 'Dropped reading rooms');
    await page.evaluate((content) => {
      const data = new DataTransfer();
      data.items.add(new File([content], 'dropped.txt', { type: 'text/plain' }));
      window.dispatchEvent(new DragEvent('dragenter', { dataTransfer: data, bubbles: true, cancelable: true }));
      (window as unknown as { __drop: DataTransfer }).__drop = data;
    }, text);
    await page.locator('.drop-overlay').waitFor();
    await page.evaluate(() => {
      const data = (window as unknown as { __drop: DataTransfer }).__drop;
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    });
    await page.locator('.drop-overlay').waitFor({ state: 'detached' });
    await page.locator('.import-status--done', { hasText: 'dropped.txt' }).waitFor();
    expect(await page.locator('.doc-link[data-doc-id="res951"]').innerText()).toContain('Dropped reading rooms');
  });

  it('copies a clause permalink from the button shown on focus', async () => {
    const id = `res${IMPORTED_NUMBER}/resolves/1`;
    await page.evaluate((hash) => (window.location.hash = hash), `#${id}`);
    await page.locator(`${byId(id)}.is-target`).waitFor();
    const button = page.locator(`${byId(id)} > .clause-body > .clause-text > .copy-link`);
    expect(await button.evaluate((element) => getComputedStyle(element).opacity)).toBe('1');
    await button.click();
    await page.locator(`${byId(id)} .copy-link`, { hasText: 'Copied' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${app.url}/#${id}`);
  });

  it('shows a plain-words error, which can be dismissed, for a file it cannot import', async () => {
    await page.setInputFiles('#import-file', { name: 'scanned.txt', mimeType: 'text/plain', buffer: Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n', 'latin1') });
    const alert = page.getByRole('alert');
    await alert.waitFor();
    const message = await alert.innerText();
    expect(message).toContain('Could not import scanned.txt');
    expect(message).toMatch(/PDF/);
    await alert.getByRole('button', { name: /Dismiss/ }).click();
    await alert.waitFor({ state: 'detached' });
  });

  it('narrows the list as the search is typed, and highlights the matches', async () => {
    await page.goto(app.url);
    await page.locator('.doc-link').first().waitFor();
    const total = await page.locator('.doc-link').count();
    const wanted = library.find((doc) => doc.title.length > 8) ?? library[0];
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('library-search');
    await page.keyboard.type(wanted.title);
    await page.locator('.result-count', { hasText: 'match' }).waitFor();
    const shown = await page.locator('.doc-link').count();
    expect(shown).toBeLessThan(total);
    expect(shown).toBeGreaterThan(0);
    expect(await page.locator(`.doc-link[data-doc-id="${wanted.id}"] mark`).first().innerText()).toBe(wanted.title);
    await page.keyboard.press('Escape');
    await page.locator('.result-count', { hasText: `${total} texts` }).waitFor();
  });

  it('moves between clauses with j and k', async () => {
    const { clause } = permalinkTarget();
    await page.goto(`${app.url}/#${clause.id}`);
    await page.locator(`${byId(clause.id)}.is-target`).waitFor();
    const order = await page.locator('.reader [data-clause]').evaluateAll((nodes) => nodes.map((node) => node.id));
    const at = order.indexOf(clause.id);
    await page.keyboard.press('j');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(order[at + 1]);
    await page.keyboard.press('k');
    await page.keyboard.press('k');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(order[at - 1]);
  });

  it('fits a narrow screen: the library opens as a drawer and closes once a text is chosen', async () => {
    await page.setViewportSize({ width: 420, height: 800 });
    try {
      await page.goto(app.url);
      const first = library[0];
      await page.getByRole('button', { name: 'Library' }).click();
      const link = page.locator(`.doc-link[data-doc-id="${first.id}"]`);
      await link.click();
      await page.locator('.sidebar:not(.is-open)').waitFor({ state: 'attached' });
      await page.locator('.doc-title-line').waitFor();
      expect(await link.isVisible()).toBe(false);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      const reader = await page.locator('.reader').boundingBox();
      expect(reader?.width).toBeGreaterThan(400);
    } finally {
      await page.setViewportSize(VIEWPORT);
    }
  });

  it('logged no errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });

  it('stops cleanly on SIGTERM', async () => {
    expect(await app.stop()).toBe(0);
  });
});
