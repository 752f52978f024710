/**
 * What a person sees when their token is revoked while they work: the server as `npm start` runs
 * it (data in a temp dir), a token from `clausewatch token create`, the app in Chromium through the
 * share link; then `clausewatch token revoke` from another process. The live connection must be
 * closed (4401) and the app must say the token was not accepted, within seconds.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { startApp } from '../browser/startApp.ts';
import type { RunningApp } from '../browser/startApp.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const ARTIFACTS = join(ROOT, 'tests', 'artifacts');
const BIN = join(ROOT, 'bin', 'clausewatch.mjs');
const WORKSPACE = 'revoke-ui';

let dataDir: string;
let app: RunningApp;
let browser: Browser;
let page: Page | undefined;

const token = (...args: string[]): string => execFileSync(process.execPath, [BIN, 'token', ...args, '--workspace', WORKSPACE, '--data-dir', dataDir], { cwd: ROOT, encoding: 'utf8' });

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  dataDir = mkdtempSync(join(tmpdir(), 'clausewatch-revoke-ui-'));
  app = await startApp(ROOT, { env: { DATA_DIR: dataDir } });
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
});

afterEach(async (context) => {
  if (context.task.result?.state === 'fail') await page?.screenshot({ path: join(ARTIFACTS, 'failed-revoke-in-browser.png') }).catch(() => {});
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

it('closes the connection of a token revoked with `clausewatch token revoke`, and the app says so', async () => {
  const created = token('create', '--role', 'editor');
  const secret = created.trim().split(/\s+/).at(-1)!;
  const id = /tok_[0-9a-f]+/.exec(created)![0];
  const context = await browser.newContext({ viewport: { width: 1180, height: 760 }, reducedMotion: 'reduce' });
  page = await context.newPage();
  await page.goto(`${app.url}/?workspace=${WORKSPACE}#token=${encodeURIComponent(secret)}&role=editor`);
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Your name').fill('Ana');
  await dialog.getByRole('button', { name: 'Open the workspace' }).click();
  await page.locator('.connection-badge--connected, .connection-badge--saved').waitFor();
  expect(await (await fetch(`${app.url}/healthz`)).json()).toMatchObject({ rooms: 1, connections: 1 });

  const revokedAt = performance.now();
  expect(token('revoke', id)).toContain(`Revoked editor token ${id}`);
  const refused = page.getByRole('dialog');
  await refused.getByText(`The server did not accept the token for “${WORKSPACE}”`).waitFor({ timeout: 10_000 });
  expect(performance.now() - revokedAt).toBeLessThan(10_000);
  expect(await refused.innerText()).toContain('It may be mistyped, revoked, or meant for another workspace.');
  expect(await page.locator('.connection-badge').innerText()).toContain('Not connected: access refused');
  // The server has let go of the room (its side of the close may land a moment after the page's).
  let health: unknown;
  for (const deadline = performance.now() + 3_000; performance.now() < deadline; await new Promise((r) => setTimeout(r, 25))) {
    health = await (await fetch(`${app.url}/healthz`)).json();
    if ((health as { connections: number }).connections === 0) break;
  }
  expect(health).toMatchObject({ rooms: 0, connections: 0 });
  await page.screenshot({ path: join(ARTIFACTS, 'revoked.png') });
  await context.close();
}, 60_000);
