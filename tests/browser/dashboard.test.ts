/**
 * The dashboard in a real browser: the server with a temporary data directory, an editor token
 * made with `clausewatch token create`, the fixture workspace's annotations put in by a Node
 * client. The heatmap's counts are checked against counts made here from the fixture file (not
 * with the app's code); clicking a cell lists that text's annotations in that category.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Annotation } from '../../src/core/model/index.ts';
import { ARTIFACTS, putDemoAnnotations, useBrowserRig } from './browserRig.ts';
import { joinWorkspace } from './people.ts';

const WORKSPACE = 'dashboard-test';

const rig = useBrowserRig('dashboard');
let annotations: Annotation[];

beforeAll(async () => {
  annotations = await putDemoAnnotations(rig, WORKSPACE);
});

/** Risk annotations per text and category, counted from the fixture file. */
function expectedHeat(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const a of annotations) {
    if (a.kind !== 'risk') continue;
    const key = `${a.target.clause.split('/')[0]}|`;
    for (const category of a.categories) counts.set(key + category, (counts.get(key + category) ?? 0) + 1);
  }
  return counts;
}

describe('the dashboard', () => {
  it('shows the fixture counts in the heatmap and review progress; a cell opens its annotations', { timeout: 90_000 }, async () => {
    const page = await rig.people.open('Dana', { viewport: { width: 1400, height: 1000 } });
    await page.goto(rig.link(WORKSPACE, 'editor'));
    await joinWorkspace(page, 'Dana');

    // From the top bar.
    await page.getByRole('button', { name: 'Dashboard', exact: true }).click();
    await page.waitForURL(/#dashboard$/);
    await page.locator('.dashboard-sub', { hasText: `${annotations.length} annotations` }).waitFor();
    await page.locator('.heatmap-cell').first().waitFor();

    // Every cell with annotations, and only those, is a button whose label has the count from the fixture.
    const cells = await page.locator('.heatmap-cell').evaluateAll((nodes) =>
      nodes.map((n) => ({ key: `${n.getAttribute('data-document')}|${n.getAttribute('data-category')}`, label: n.getAttribute('aria-label') ?? '', text: n.querySelector('.heatmap-count')?.textContent ?? '', tab: n.getAttribute('tabindex') })),
    );
    const expected = expectedHeat();
    expect(new Map(cells.map((c) => [c.key, Number(/: (\d+) annotations?,/.exec(c.label)?.[1])]))).toEqual(expected);
    for (const cell of cells) {
      expect(cell.text).toBe(String(expected.get(cell.key)));
      expect(cell.tab).toBe('0');
    }
    const cyber = page.locator('.heatmap-cell[data-document="res130"][data-category="cybersecurity"]');
    expect(await cyber.getAttribute('aria-label')).toMatch(new RegExp(`^Resolution 130 — Cybersecurity: ${expected.get('res130|cybersecurity')} annotations, highest \\w+$`));

    // Review progress: annotations by status, counted from the fixture.
    for (const status of ['open', 'in-review', 'agreed', 'resolved'] as const) {
      const n = annotations.filter((a) => a.status === status).length;
      expect(await page.locator(`.review-progress [data-status="${status}"]`).innerText()).toMatch(new RegExp(` ${n}$`));
    }
    // Proposals: one bar per proposer of the sample proposals.
    expect(await page.locator('.proposal-bars g[role="img"]').count()).toBe(3);
    await page.screenshot({ path: join(ARTIFACTS, 'dashboard.png') });

    // Enter on a cell opens the text with the sidebar filtered to that text and category.
    const target = page.locator('.heatmap-cell[data-document="res197"][data-category="iot-doa"]');
    await target.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/#res197$/);
    const listed = annotations.filter((a) => a.kind === 'risk' && a.target.clause.startsWith('res197/') && a.categories.includes('iot-doa')).length;
    await page.locator('.annotation-count', { hasText: `${listed} of ${annotations.length}` }).waitFor();
    expect(await page.locator('.annotation-list > *').count()).toBe(listed);
    expect(await page.locator('.reader .doc-meta').first().innerText()).toContain('Resolution 197');

    // Back to the dashboard, and a click does the same for another cell.
    await page.goBack();
    await page.locator('.heatmap-cell').first().waitFor();
    // Resolution 130 × cybersecurity also holds an opportunity tagged cybersecurity: the list shows
    // only the risks, as many as the cell counts.
    await page.locator('.heatmap-cell[data-document="res130"][data-category="cybersecurity"]').click();
    await page.waitForURL(/#res130$/);
    const res130Cyber = annotations.filter((a) => a.target.clause.startsWith('res130/') && a.categories.includes('cybersecurity'));
    const risks = res130Cyber.filter((a) => a.kind === 'risk').length;
    expect(risks).toBeLessThan(res130Cyber.length);
    await page.locator('.annotation-count', { hasText: `${risks} of ${annotations.length}` }).waitFor();
    expect(await page.locator('.annotation-list > *').count()).toBe(risks);
    expect(rig.people.errors).toEqual([]);
    await page.context().close();
  });
});
