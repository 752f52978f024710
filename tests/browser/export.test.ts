/**
 * Exporting from the dialog in a real browser: the server with a temporary data directory, an
 * editor token from `clausewatch token create`, the fixture workspace's annotations put in by a
 * Node client. Chooses CSV with a category filter and downloads it (BOM, header, one row per
 * matching annotation, counted here from the fixture file), then Markdown; opens the print view.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Download } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Annotation } from '../../src/core/model/index.ts';
import { ARTIFACTS, putDemoAnnotations, useBrowserRig } from './browserRig.ts';
import { joinWorkspace } from './people.ts';

const WORKSPACE = 'export-test';

const rig = useBrowserRig('export');
let annotations: Annotation[];

beforeAll(async () => {
  annotations = await putDemoAnnotations(rig, WORKSPACE);
});

/** Today's date as the file name has it (the browser and this process share the machine's clock and zone). */
function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

async function saved(download: Download): Promise<Buffer> {
  const path = join(rig.dataDir, download.suggestedFilename());
  await download.saveAs(path);
  return readFileSync(path);
}

describe('exporting a risk summary', () => {
  it('downloads a filtered CSV and a Markdown brief from the dialog, and shows the print view', { timeout: 90_000 }, async () => {
    const page = await rig.people.open('Elif', { viewport: { width: 1400, height: 950 }, acceptDownloads: true });
    await page.goto(rig.link(WORKSPACE, 'editor'));
    await joinWorkspace(page, 'Elif');
    await page.goto(`${rig.app.url}/?workspace=${WORKSPACE}#res130`);
    await page.locator('.annotation-count', { hasText: String(annotations.length) }).waitFor();

    // Open from the top bar; the dialog counts every annotation until filtered.
    const opener = page.getByRole('button', { name: 'Export…' });
    await opener.click();
    const dialog = page.getByRole('dialog', { name: /Export a risk summary/ });
    await dialog.waitFor();
    await dialog.locator('.export-count', { hasText: `${annotations.length} annotations` }).waitFor();

    // CSV, cybersecurity only.
    await dialog.getByRole('radio', { name: /CSV/ }).check();
    await dialog.getByRole('group', { name: 'Risk category' }).getByRole('checkbox', { name: /Cybersecurity/ }).check();
    const cyber = annotations.filter((a) => a.categories.includes('cybersecurity'));
    await dialog.locator('.export-count', { hasText: `${cyber.length} annotations of ${annotations.length}` }).waitFor();
    await dialog.locator('.export-preview-table tbody tr').first().waitFor();
    expect(await dialog.locator('.export-preview-table tbody tr').count()).toBe(cyber.length);
    await page.screenshot({ path: join(ARTIFACTS, 'export-dialog.png') });

    const [csvDownload] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: /^Download/ }).click()]);
    expect(csvDownload.suggestedFilename()).toBe(`clausewatch-${WORKSPACE}-${today()}.csv`);
    const csv = await saved(csvDownload);
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(csv.toString('utf8'), { bom: true, columns: true, skip_empty_lines: false }) as Array<Record<string, string>>;
    expect(rows).toHaveLength(cyber.length);
    const idColumn = Object.keys(rows[0]).find((name) => rows.every((row) => annotations.some((a) => a.id === row[name])));
    expect(idColumn, 'a column holding the annotation IDs').toBeDefined();
    expect(rows.map((row) => row[idColumn!]).sort()).toEqual(cyber.map((a) => a.id).sort());

    // Markdown, same filter.
    await dialog.getByRole('radio', { name: /Markdown/ }).check();
    await dialog.locator('.export-preview-text').waitFor();
    expect(await dialog.locator('.export-preview-text').innerText()).toContain('Cybersecurity');
    const [mdDownload] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: /^Download/ }).click()]);
    expect(mdDownload.suggestedFilename()).toBe(`clausewatch-${WORKSPACE}-${today()}.md`);
    const markdown = (await saved(mdDownload)).toString('utf8');
    expect(markdown).toContain('Cybersecurity');
    expect(markdown).toContain(WORKSPACE);
    // Filtered: a category no cybersecurity annotation carries is not a section of the brief.
    expect(markdown).not.toMatch(/^#+ .*OTT services/m);

    // Escape closes the dialog and gives focus back to the button that opened it.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await opener.evaluate((button) => button === document.activeElement)).toBe(true);

    // The print view, with the same filter, printed: no app chrome, redlines as <ins>/<del>.
    await opener.click();
    await dialog.getByRole('button', { name: 'Print view' }).click();
    await page.waitForURL(/#print$/);
    await page.locator('.brief').waitFor();
    expect(await page.locator('.brief-category h2').allInnerTexts()).toEqual([expect.stringContaining('Cybersecurity'), expect.stringContaining('Opportunities')]);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.topbar').isVisible()).toBe(false);
    expect(await page.locator('.print-toolbar').isVisible()).toBe(false);
    expect(await page.locator('.brief ins').count()).toBeGreaterThan(0);
    expect(await page.locator('.brief-category').first().evaluate((el) => getComputedStyle(el).breakBefore)).toBe('page');
    await page.screenshot({ path: join(ARTIFACTS, 'print-view.png'), fullPage: true });
    await page.emulateMedia({ media: 'screen' });
    expect(rig.people.errors).toEqual([]);
    await page.context().close();
  });
});
