/**
 * Proposals shared through a workspace, in real browsers against the real server on a fresh data
 * directory. The demo workspace the server makes there shows its team statuses in the compare
 * summary. In a second workspace, Ana sets a sample proposal's status and Ben sees it live with who
 * set it; Ana imports a proposal file the team has not seen and Ben's synoptic view shows it; a
 * viewer sees the status but cannot change it. Saves tests/artifacts/shared-proposals.png.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, ROOT, useBrowserRig } from './browserRig.ts';
import { joinWorkspace } from './people.ts';

const VIEWPORT = { width: 1280, height: 800 };
const WORKSPACE = 'shared-proposals-test';
const EUR = 'EUR/44A7/1';
const IMPORTED = 'AFR/12A3/1';
const STATUS_SELECT = '#status-EUR-44A7-1';
const DEMO_LINE = /^Demo workspace ready: (\S+)$/;

const summaryOf = (id: string): string => `#compare/res130/summary/${encodeURIComponent(id)}`;

const rig = useBrowserRig('shared-proposals');

/** Opens a share link as `name`, waits until connected, then shows `hash` in that workspace. */
async function openAs(name: string, link: string, workspace: string, hash: string): Promise<Page> {
  const page = await rig.people.open(name, { viewport: VIEWPORT });
  await page.goto(link);
  await joinWorkspace(page, name);
  await page.goto(`${rig.app.url}/?workspace=${workspace}${hash}`);
  await page.locator('.compare').waitFor();
  return page;
}

const linkFor = (role: 'editor' | 'viewer'): string => rig.link(WORKSPACE, role);

/** Waits until the page's status select for EUR/44A7/1 shows `value`. */
const statusBecomes = (page: Page, value: string) =>
  page.waitForFunction(([selector, expected]) => (document.querySelector(selector) as HTMLSelectElement | null)?.value === expected, [STATUS_SELECT, value] as const, { timeout: 15_000 });

describe('proposals shared through a workspace', () => {
  it('the demo workspace shows its team statuses in the compare summary', { timeout: 60_000 }, async () => {
    const line = await rig.app.waitForLine(DEMO_LINE);
    const link = DEMO_LINE.exec(line)![1];
    const dee = await openAs('Dee', link, 'demo', summaryOf(EUR));
    // The demo gives the samples, in ID order, under-discussion, adopted-as-modified, rejected: the
    // sample itself says "submitted".
    await statusBecomes(dee, 'rejected');
    await dee.locator('.status-note', { hasText: 'Set by Clausewatch demo' }).waitFor();
    await dee.goto(`${rig.app.url}/?workspace=demo#compare/res130/synoptic`);
    const chips = dee.locator('th.syn-prop .status-chip');
    await chips.first().waitFor();
    expect(await chips.allInnerTexts()).toEqual(['Under discussion', 'Adopted as modified', 'Rejected']);
    await dee.context().close();
  });

  it("a status set by one editor shows live for the other; an import shows in the teammate's synoptic view; a viewer only reads", { timeout: 90_000 }, async () => {
    const ana = await openAs('Ana', linkFor('editor'), WORKSPACE, summaryOf(EUR));
    const ben = await openAs('Ben', linkFor('editor'), WORKSPACE, summaryOf(EUR));
    await statusBecomes(ben, 'submitted');

    await ana.locator(STATUS_SELECT).selectOption('adopted-as-modified');
    await statusBecomes(ben, 'adopted-as-modified');
    await ben.locator('.status-note', { hasText: 'Set by Ana' }).waitFor();
    expect(await ben.locator(STATUS_SELECT).isEnabled()).toBe(true);

    // Ben watches the synoptic view while Ana imports a proposal file nobody had.
    await ben.goto(`${rig.app.url}/?workspace=${WORKSPACE}#compare/res130/synoptic`);
    await ben.locator('th.syn-prop').first().waitFor();
    expect(await ben.locator(`th.syn-prop[data-proposal="${IMPORTED}"]`).count()).toBe(0);
    await ana.setInputFiles('#import-proposal', join(ROOT, 'fixtures', 'shared-proposals', 'afr-12a3-res130.txt'));
    const column = ben.locator(`th.syn-prop[data-proposal="${IMPORTED}"]`);
    await column.waitFor({ timeout: 15_000 });
    expect(await column.innerText()).toContain(IMPORTED);
    // Its change to resolves 5 is in Ben's table, and EUR's team status is on its column.
    await ben.locator('td ins', { hasText: 'tabletop exercises' }).first().waitFor();
    expect(await ben.locator(`th.syn-prop[data-proposal="${EUR}"] .status-chip`).innerText()).toBe('Adopted as modified');

    const vic = await openAs('Vic', linkFor('viewer'), WORKSPACE, summaryOf(EUR));
    await statusBecomes(vic, 'adopted-as-modified');
    expect(await vic.locator(STATUS_SELECT).isDisabled()).toBe(true);
    expect(await vic.locator('.status-note').innerText()).toMatch(/Set by Ana.*Only editors can change it\./s);

    // The screenshot shows the imported proposal's change beside the others.
    await ben.locator('td ins', { hasText: 'tabletop exercises' }).first().scrollIntoViewIfNeeded();
    await ben.screenshot({ path: join(ARTIFACTS, 'shared-proposals.png') });
    expect(rig.people.errors).toEqual([]);
  });
});
