/**
 * Proposals shared through a workspace, in real browsers against the real server on a fresh data
 * directory. The demo workspace the server makes there shows its team statuses in the compare
 * summary. In a second workspace, Ana sets a sample proposal's status and Ben sees it live with who
 * set it; Ana imports a proposal file the team has not seen and Ben's synoptic view shows it; a
 * viewer sees the status but cannot change it. Saves tests/artifacts/shared-proposals.png.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createEditorToken, startApp } from './startApp.ts';
import type { RunningApp } from './startApp.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const ARTIFACTS = join(ROOT, 'tests', 'artifacts');
const VIEWPORT = { width: 1280, height: 800 };
const WORKSPACE = 'shared-proposals-test';
const EUR = 'EUR/44A7/1';
const IMPORTED = 'AFR/12A3/1';
const STATUS_SELECT = '#status-EUR-44A7-1';
const DEMO_LINE = /^Demo workspace ready: (\S+)$/;

const summaryOf = (id: string): string => `#compare/res130/summary/${encodeURIComponent(id)}`;

let dataDir: string;
let app: RunningApp;
let browser: Browser;
let editorToken: string;
let viewerToken: string;
const pages: Array<{ name: string; page: Page }> = [];
const pageErrors: string[] = [];

function viewerTokenFor(workspace: string): string {
  const run = spawnSync(process.execPath, [join(ROOT, 'bin', 'clausewatch.mjs'), 'token', 'create', '--workspace', workspace, '--role', 'viewer', '--data-dir', dataDir], { cwd: ROOT, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`clausewatch token create failed (exit ${run.status}): ${run.stderr.trim() || run.stdout.trim()}`);
  return run.stdout.trim().split(/\s+/).pop() ?? '';
}

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  dataDir = mkdtempSync(join(tmpdir(), 'clausewatch-shared-proposals-'));
  editorToken = createEditorToken(ROOT, dataDir, WORKSPACE);
  viewerToken = viewerTokenFor(WORKSPACE);
  app = await startApp(ROOT, { env: { DATA_DIR: dataDir } });
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}, 120_000);

afterEach(async (context) => {
  if (context.task.result?.state !== 'fail') return;
  for (const { name, page } of pages) await page.screenshot({ path: join(ARTIFACTS, `failed-shared-proposals-${name}.png`) }).catch(() => {});
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

/** Opens a share link as `name`, waits until connected, then shows `hash` in that workspace. */
async function openAs(name: string, link: string, workspace: string, hash: string): Promise<Page> {
  const context = await browser.newContext({ viewport: VIEWPORT, reducedMotion: 'reduce' });
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(`${name}: ${error.message}`));
  pages.push({ name, page });
  await page.goto(link);
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Your name').fill(name);
  await dialog.getByRole('button', { name: 'Open the workspace' }).click();
  await page.locator('.connection-badge--connected, .connection-badge--saved').waitFor();
  await page.goto(`${app.url}/?workspace=${workspace}${hash}`);
  await page.locator('.compare').waitFor();
  return page;
}

const linkFor = (role: 'editor' | 'viewer', token: string): string => `${app.url}/?workspace=${WORKSPACE}#token=${encodeURIComponent(token)}&role=${role}`;

/** Waits until the page's status select for EUR/44A7/1 shows `value`. */
const statusBecomes = (page: Page, value: string) =>
  page.waitForFunction(([selector, expected]) => (document.querySelector(selector) as HTMLSelectElement | null)?.value === expected, [STATUS_SELECT, value] as const, { timeout: 15_000 });

describe('proposals shared through a workspace', () => {
  it('the demo workspace shows its team statuses in the compare summary', { timeout: 60_000 }, async () => {
    const line = await app.waitForLine(DEMO_LINE);
    const link = DEMO_LINE.exec(line)![1];
    const dee = await openAs('Dee', link, 'demo', summaryOf(EUR));
    // The demo gives the samples, in ID order, under-discussion, adopted-as-modified, rejected: the
    // sample itself says "submitted".
    await statusBecomes(dee, 'rejected');
    await dee.locator('.status-note', { hasText: 'Set by Clausewatch demo' }).waitFor();
    await dee.goto(`${app.url}/?workspace=demo#compare/res130/synoptic`);
    const chips = dee.locator('th.syn-prop .status-chip');
    await chips.first().waitFor();
    expect(await chips.allInnerTexts()).toEqual(['Under discussion', 'Adopted as modified', 'Rejected']);
    await dee.context().close();
  });

  it("a status set by one editor shows live for the other; an import shows in the teammate's synoptic view; a viewer only reads", { timeout: 90_000 }, async () => {
    const ana = await openAs('Ana', linkFor('editor', editorToken), WORKSPACE, summaryOf(EUR));
    const ben = await openAs('Ben', linkFor('editor', editorToken), WORKSPACE, summaryOf(EUR));
    await statusBecomes(ben, 'submitted');

    await ana.locator(STATUS_SELECT).selectOption('adopted-as-modified');
    await statusBecomes(ben, 'adopted-as-modified');
    await ben.locator('.status-note', { hasText: 'Set by Ana' }).waitFor();
    expect(await ben.locator(STATUS_SELECT).isEnabled()).toBe(true);

    // Ben watches the synoptic view while Ana imports a proposal file nobody had.
    await ben.goto(`${app.url}/?workspace=${WORKSPACE}#compare/res130/synoptic`);
    await ben.locator('th.syn-prop').first().waitFor();
    expect(await ben.locator(`th.syn-prop[data-proposal="${IMPORTED}"]`).count()).toBe(0);
    await ana.setInputFiles('#import-proposal', join(ROOT, 'fixtures', 'shared-proposals', 'afr-12a3-res130.txt'));
    const column = ben.locator(`th.syn-prop[data-proposal="${IMPORTED}"]`);
    await column.waitFor({ timeout: 15_000 });
    expect(await column.innerText()).toContain(IMPORTED);
    // Its change to resolves 5 is in Ben's table, and EUR's team status is on its column.
    await ben.locator('td ins', { hasText: 'tabletop exercises' }).first().waitFor();
    expect(await ben.locator(`th.syn-prop[data-proposal="${EUR}"] .status-chip`).innerText()).toBe('Adopted as modified');

    const vic = await openAs('Vic', linkFor('viewer', viewerToken), WORKSPACE, summaryOf(EUR));
    await statusBecomes(vic, 'adopted-as-modified');
    expect(await vic.locator(STATUS_SELECT).isDisabled()).toBe(true);
    expect(await vic.locator('.status-note').innerText()).toMatch(/Set by Ana.*Only editors can change it\./s);

    // The screenshot shows the imported proposal's change beside the others.
    await ben.locator('td ins', { hasText: 'tabletop exercises' }).first().scrollIntoViewIfNeeded();
    await ben.screenshot({ path: join(ARTIFACTS, 'shared-proposals.png') });
    expect(pageErrors).toEqual([]);
  });
});
