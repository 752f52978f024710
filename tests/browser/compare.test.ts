/**
 * The comparison views in a real browser: the server as `npm start` runs it, Debian's Chromium
 * driven by playwright-core. Opens a base text with three sample proposals and checks what a person
 * sees: revision marks, operation badges per proposer, conflicts, folded clauses, the redline with
 * next / previous change from the keyboard, and a proposal's status. Saves tests/artifacts/synoptic.png.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { synopsis } from '../../src/core/diff/index.ts';
import type { ClauseChange, DocumentDiff, Synopsis, SynopsisRow } from '../../src/core/diff/index.ts';
import type { ItuDocument, Proposal } from '../../src/core/model/index.ts';
import type { ProposalImport } from '../../src/core/proposal/index.ts';
import { isSubstantive } from '../../src/ui/compare/changeKinds.ts';
import { launchChromium } from './people.ts';
import { startApp } from './startApp.ts';
import type { RunningApp } from './startApp.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const ARTIFACTS = join(ROOT, 'tests', 'artifacts');
const VIEWPORT = { width: 1280, height: 800 };

let app: RunningApp;
let browser: Browser;
let page: Page;
let base: ItuDocument;
let proposals: Proposal[];
let diffs: DocumentDiff[];
let table: Synopsis;
const pageErrors: string[] = [];

/** CSS selector for an element by ID (IDs hold "/", ":" and "#"). */
const byId = (id: string): string => `[id="${id}"]`;
/** The fragment of a comparison, as the app writes it. */
const compareHash = (mode?: string, proposalId?: string): string =>
  `#compare/${encodeURIComponent(base.id)}${mode ? `/${mode}` : ''}${proposalId ? `/${encodeURIComponent(proposalId)}` : ''}`;
/** The element ID of a redline entry, as the app writes it. */
const redlineId = (change: ClauseChange): string => `redline:${change.op === 'ADD' ? 'add:' : ''}${change.clause}`;

/** All rows of the synopsis, in reading order. */
const rows = (): SynopsisRow[] => table.sections.flatMap((section) => section.rows);

/** The first words of the longest run of `type` in a change, as a person would look for them. */
function longestRun(change: ClauseChange, type: 'insert' | 'delete'): string | null {
  const runs = change.hunks.filter((hunk) => hunk.type === type).map((hunk) => hunk.text.trim()).filter((text) => text.length > 2);
  if (runs.length === 0) return null;
  return runs.sort((a, b) => b.length - a.length)[0].split(/\s+/).slice(0, 4).join(' ');
}

/** A base row where `proposalId` makes a change with inserted (or deleted) words. */
function rowWith(type: 'insert' | 'delete'): { row: SynopsisRow; proposal: Proposal; text: string } {
  for (const row of rows()) {
    if (row.added) continue;
    for (const entry of row.changes.filter((e) => isSubstantive(e.change))) {
      const text = longestRun(entry.change, type);
      if (text) return { row, proposal: proposals.find((p) => p.id === entry.proposal)!, text };
    }
  }
  throw new Error(`no sample proposal ${type}s words into a clause of ${base.id}`);
}

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  app = await startApp(ROOT);
  const library = ((await (await fetch(`${app.url}/api/library`)).json()) as { documents: ItuDocument[] }).documents;
  const all = ((await (await fetch(`${app.url}/api/proposals`)).json()) as { proposals: ProposalImport[] }).proposals;
  // The base with the most sample proposals, preferring Resolution 130.
  const counts = new Map<string, number>();
  for (const { proposal } of all) counts.set(proposal.base.documentId, (counts.get(proposal.base.documentId) ?? 0) + 1);
  const baseId = (counts.get('res130') ?? 0) >= 3 ? 'res130' : [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  base = library.find((doc) => doc.id === baseId)!;
  const mine = all.filter(({ proposal }) => proposal.base.documentId === baseId);
  proposals = mine.map((entry) => entry.proposal);
  // The comparisons the server made on import, as the app shows them (exact for tracked changes).
  diffs = mine.map((entry) => entry.diff);
  table = synopsis(base, proposals.map((proposal, i) => ({ id: proposal.id, proposer: proposal.proposer, diff: diffs[i] })));

  browser = await launchChromium();
  const context = await browser.newContext({ viewport: VIEWPORT, reducedMotion: 'reduce' });
  page = await context.newPage();
  // Well inside the test's own timeout, so that a missing element fails with its own message.
  page.setDefaultTimeout(10_000);
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(`${message.text()} (${message.location().url})`);
  });
});

afterEach(async (context) => {
  if (context.task.result?.state === 'fail' && page) {
    await page.screenshot({ path: join(ARTIFACTS, `failed-compare-${context.task.name.replace(/\W+/g, '-')}.png`), fullPage: false });
  }
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe('comparing proposals', () => {
  it('has a base text with three sample proposals, one clause changed in conflicting ways', () => {
    expect(base, 'no sample proposals were served').toBeDefined();
    expect(proposals.length).toBe(3);
    expect(table.conflicts).toBeGreaterThan(0);
  });

  it('lists the proposals under their base in the library, and opens the synoptic view from there', async () => {
    await page.goto(app.url);
    const badge = page.locator(`.doc-proposals[data-doc-id="${base.id}"]`);
    await badge.waitFor();
    expect(await badge.innerText()).toBe('3 proposals');
    await badge.click();
    await page.locator('.synoptic-table').waitFor();
    expect(await page.evaluate(() => window.location.hash)).toBe(compareHash());
    expect(await page.locator('.compare-tabs a[aria-current="page"]').innerText()).toBe('Synoptic');
  });

  it('heads a column per proposer and shows each proposal’s marks and badge in its column', async () => {
    const heads = await page.locator('thead .syn-prop .syn-id').allInnerTexts();
    expect(heads).toEqual(proposals.map((proposal) => proposal.id));

    const inserted = rowWith('insert');
    const cell = page.locator(`${byId(`synoptic:${inserted.row.clause}`)} td[data-proposal="${inserted.proposal.id}"]`);
    expect(await cell.locator('ins').allInnerTexts().then((texts) => texts.join(' '))).toContain(inserted.text);
    const insStyle = await cell.locator('ins').first().evaluate((element) => getComputedStyle(element).textDecorationLine);
    expect(insStyle).toContain('underline');

    const deleted = rowWith('delete');
    const delCell = page.locator(`${byId(`synoptic:${deleted.row.clause}`)} td[data-proposal="${deleted.proposal.id}"]`);
    expect(await delCell.locator('del').allInnerTexts().then((texts) => texts.join(' '))).toContain(deleted.text);
    expect(await delCell.locator('del').first().evaluate((element) => getComputedStyle(element).textDecorationLine)).toContain('line-through');

    // Every changed base row: the badge in each proposal's column is that proposal's operation.
    for (const row of rows().filter((r) => !r.added && r.changes.some((e) => isSubstantive(e.change)))) {
      const shown = await page.locator(`${byId(`synoptic:${row.clause}`)} td.syn-cell`).evaluateAll((cells) =>
        cells.map((td) => td.querySelector('.op-badge')?.getAttribute('data-op') ?? null),
      );
      const expected = proposals.map((proposal) => {
        const entry = row.changes.find((e) => e.proposal === proposal.id);
        return entry ? entry.change.op : null;
      });
      // A cell without a change may still carry the proposal's own NOC.
      expect(shown.map((op) => (op === 'NOC' ? null : op)), row.clause).toEqual(expected);
    }
  });

  it('marks the conflicting clauses and counts them', async () => {
    const count = page.locator('.conflict-count');
    expect(await count.innerText()).toContain(table.conflicts === 1 ? '1 conflict' : `${table.conflicts} conflicts`);
    const conflicted = rows().filter((row) => row.conflict);
    for (const row of conflicted) {
      const marker = page.locator(`${byId(`synoptic:${row.clause}`)} .conflict-marker`);
      expect(await marker.isVisible(), row.clause).toBe(true);
      expect(await marker.innerText()).toContain('Conflict');
    }
    expect(await page.locator('tr.is-conflict').count()).toBe(conflicted.length);
    await page.screenshot({ path: join(ARTIFACTS, 'synoptic.png') });
    await count.click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(`synoptic:${conflicted[0].clause}`);
  });

  it('folds unchanged clauses, and shows them on request', async () => {
    const unchanged = rows().find((row) => !row.added && row.changes.length === 0);
    expect(unchanged, 'every clause is changed by some proposal').toBeDefined();
    const row = page.locator(byId(`synoptic:${unchanged!.clause}`));
    expect(await row.count()).toBe(0);
    expect(await page.locator('.syn-fold').count()).toBeGreaterThan(0);
    await page.getByLabel('Fold unchanged clauses').uncheck();
    await row.waitFor();
    expect(await row.locator('.syn-base').innerText()).toBe(unchanged!.text.trim());
    await page.getByLabel('Fold unchanged clauses').check();
    await row.waitFor({ state: 'detached' });
  });

  it('hides a proposal when it is unticked', async () => {
    const [first] = proposals;
    const choice = page.locator('.proposal-choice', { hasText: first.id }).locator('input');
    await choice.uncheck();
    await page.locator(`thead [data-proposal="${first.id}"]`).waitFor({ state: 'detached' });
    expect(await page.locator('thead .syn-prop').count()).toBe(2);
    await choice.check();
    await page.locator(`thead [data-proposal="${first.id}"]`).waitFor();
  });

  it('steps through a two-way redline with n and p', async () => {
    const i = diffs.findIndex((diff) => diff.changes.filter(isSubstantive).length >= 2);
    const changes = diffs[i].changes.filter(isSubstantive);
    await page.locator(`thead [data-proposal="${proposals[i].id}"] .syn-open`).click();
    await page.locator('.redline').waitFor();
    expect(await page.evaluate(() => window.location.hash)).toBe(compareHash('redline', proposals[i].id));
    expect(await page.locator('.change-position').innerText()).toBe(`${changes.length} changes`);

    await page.keyboard.press('n');
    await page.locator('.change-position', { hasText: `Change 1 of ${changes.length}` }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(redlineId(changes[0]));
    await page.keyboard.press('n');
    await page.locator('.change-position', { hasText: `Change 2 of ${changes.length}` }).waitFor();
    const second = page.locator(`${byId(redlineId(changes[1]))}.is-current`);
    await second.waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(redlineId(changes[1]));
    const box = await second.boundingBox();
    expect(box !== null && box.y >= 0 && box.y < VIEWPORT.height).toBe(true);
    const inserted = longestRun(changes[1], 'insert');
    if (inserted) expect(await second.locator('ins').allInnerTexts().then((t) => t.join(' '))).toContain(inserted);
    const deleted = longestRun(changes[1], 'delete');
    if (deleted) expect(await second.locator('del').allInnerTexts().then((t) => t.join(' '))).toContain(deleted);

    await page.keyboard.press('p');
    await page.locator('.change-position', { hasText: `Change 1 of ${changes.length}` }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(redlineId(changes[0]));

    // The list of all changes jumps too.
    await page.locator('.change-index-item').nth(changes.length - 1).click();
    await page.locator('.change-position', { hasText: `Change ${changes.length} of ${changes.length}` }).waitFor();
  });

  it('shows base and proposal side by side: deletions on the left, insertions on the right', async () => {
    await page.getByRole('button', { name: 'Side by side' }).click();
    const current = page.locator('.rl-clause.is-current');
    await current.locator('.rl-sides').waitFor();
    expect(await current.locator('.rl-side--base ins').count()).toBe(0);
    expect(await current.locator('.rl-side--proposal del').count()).toBe(0);
    await page.getByRole('button', { name: 'Inline' }).click();
    await current.locator('.rl-sides').waitFor({ state: 'detached' });
  });

  it('edits a proposal’s status in its summary, and the synoptic view shows it', async () => {
    const target = proposals[1];
    await page.evaluate((hash) => (window.location.hash = hash), compareHash('summary', target.id));
    const status = page.getByLabel('Status');
    await status.waitFor();
    expect(await page.locator('.summary-title').innerText()).toBe(target.id);
    await status.selectOption({ label: 'Adopted as modified' });
    await page.getByRole('link', { name: 'Synoptic' }).click();
    const chip = page.locator(`thead [data-proposal="${target.id}"] .status-chip`);
    await chip.waitFor();
    expect(await chip.innerText()).toBe('Adopted as modified');
  });

  it('imports a proposal, asking which text it amends when the file does not say', async () => {
    // A proposal document written for this test: one MOD block on the first operative clause, citing no text.
    const section = base.sections.find((candidate) => candidate.part === 'operative' && candidate.clauses.length > 0)!;
    const clause = section.clauses[0];
    const amended = clause.text.replace(/\s*([;,.:])?$/, ' without delay$1');
    const text = ['MOD IAP/9/1', section.heading, `${clause.label} ${amended}`, 'Reasons: Urgency.', ''].join('\n');
    await page.evaluate((hash) => (window.location.hash = hash), compareHash());
    await page.locator('.synoptic-table').waitFor();
    await page.setInputFiles('#import-proposal', { name: 'iap-9.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain('Which text does iap-9.txt amend?');
    // The text being compared is pre-selected.
    expect(await dialog.locator('select').inputValue()).toBe(base.id);
    await dialog.getByRole('button', { name: 'Import against this text' }).click();
    await page.locator('.import-status--done', { hasText: 'Imported proposal IAP/9/1 from iap-9.txt' }).waitFor();
    expect(await page.evaluate(() => window.location.hash)).toBe(compareHash('redline', 'IAP/9/1'));
    expect(await page.locator('.change-position').innerText()).toBe('1 change');
    expect(await page.locator(`${byId(`redline:${clause.id}`)} .clause-text ins`).innerText()).toContain('without delay');
    expect(await page.locator('.compare-count').innerText()).toBe('4 proposals');
  });

  it('fits a narrow screen: the page does not scroll sideways, the table does', async () => {
    await page.evaluate((hash) => (window.location.hash = hash), compareHash());
    await page.setViewportSize({ width: 420, height: 800 });
    try {
      await page.locator('.synoptic-table').waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      const scroller = page.locator('.synoptic-scroll');
      expect(await scroller.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
    } finally {
      await page.setViewportSize(VIEWPORT);
    }
  });

  it('logged no errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
