/**
 * People in real browsers, for the browser tests: Chromium launched with the house flags, one
 * browser context per person (storage of their own), the join dialog of a share link filled in,
 * the errors each page throws, and a screenshot of every person's page when a test fails.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import type { TestContext } from 'vitest';
import type { Role } from '../../src/collab/index.ts';

/** The flags every browser test launches Chromium with. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Launches the Debian Chromium headless with CHROMIUM_ARGS. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: [...CHROMIUM_ARGS] });
}

/** The share link a token gives: `<url>/?workspace=<workspace>#token=<token>&role=<role>`. */
export function shareLink(url: string, workspace: string, token: string, role: Role): string {
  return `${url}/?workspace=${workspace}#token=${encodeURIComponent(token)}&role=${role}`;
}

/**
 * On a page showing the join dialog (a share link): gives `name`, opens the workspace and waits
 * until the connection badge says connected or saved (within `timeout` ms, Playwright's default if
 * not given).
 */
export async function joinWorkspace(page: Page, name: string, options: { timeout?: number } = {}): Promise<void> {
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Your name').fill(name);
  await dialog.getByRole('button', { name: 'Open the workspace' }).click();
  await page.locator('.connection-badge--connected, .connection-badge--saved').waitFor(options);
}

/** Opens the reader at `clause` in `workspace` and waits until the clause's text and the annotation panel show. */
export async function showClause(page: Page, url: string, workspace: string, clause: string, options: { timeout?: number } = {}): Promise<void> {
  await page.goto(`${url}/?workspace=${workspace}#${clause}`);
  await page.locator(`.reader [id="${clause}"] .clause-text`).first().waitFor(options);
  await page.locator('.annotation-panel').waitFor(options);
}

/** One person: their browser context and page. */
export interface Person {
  name: string;
  context: BrowserContext;
  page: Page;
}

/**
 * The people of one test file, in one Chromium. `launch()` in beforeAll, `screenshotIfFailed` in
 * afterEach (saves `failed-<file>-<person>-<test>.png` to `artifacts`), `close()` in afterAll.
 */
export class People {
  /** Everyone opened so far, in order. */
  readonly people: Person[] = [];
  /** What the pages threw (and, where asked, logged as errors), each as "<person>: <message>". */
  readonly errors: string[] = [];
  #browser: Browser | null = null;

  /** `file` names the test file in failure screenshots; they go to `artifacts`. */
  constructor(
    private readonly artifacts: string,
    private readonly file: string,
  ) {}

  /** Makes the artifacts folder and launches Chromium. */
  async launch(): Promise<Browser> {
    mkdirSync(this.artifacts, { recursive: true });
    this.#browser = await launchChromium();
    return this.#browser;
  }

  /** The launched Chromium. */
  get browser(): Browser {
    if (!this.#browser) throw new Error('People.launch() has not run: no browser to open a page in');
    return this.#browser;
  }

  /**
   * A new person: a browser context of their own (reduced motion, plus `options`) and a page whose
   * errors go to `errors`; with `consoleErrors`, so do console.error messages.
   */
  async open(name: string, options: BrowserContextOptions = {}, watch: { consoleErrors?: boolean } = {}): Promise<Page> {
    const context = await this.browser.newContext({ reducedMotion: 'reduce', ...options });
    const page = await context.newPage();
    page.on('pageerror', (error) => this.errors.push(`${name}: ${error.message}`));
    if (watch.consoleErrors) {
      page.on('console', (message) => {
        if (message.type() === 'error') this.errors.push(`${name}: ${message.text()}`);
      });
    }
    this.people.push({ name, context, page });
    return page;
  }

  /** In afterEach: when the test failed, a screenshot of every person's page. */
  async screenshotIfFailed(test: TestContext): Promise<void> {
    if (test.task.result?.state !== 'fail') return;
    const slug = test.task.name.replace(/\W+/g, '-');
    for (const { name, page } of this.people) {
      await page.screenshot({ path: join(this.artifacts, `failed-${this.file}-${name}-${slug}.png`) }).catch(() => {});
    }
  }

  /** Closes Chromium (if it was launched). */
  async close(): Promise<void> {
    await this.#browser?.close();
  }
}
