/**
 * Annotations follow the base text into its proposals, in a real browser: the server with a
 * temporary data directory and an editor token; Ana tags words of resolves 5 of the sample
 * Resolution 130 as a cybersecurity risk. The sample proposal EUR/44A7/1 modifies that clause, so
 * the library flags it, the synoptic view marks the row and flags the proposal's column, and the
 * redline marks the proposal's clause and highlights the words there.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, useBrowserRig } from './browserRig.ts';
import { joinWorkspace } from './people.ts';

const VIEWPORT = { width: 1280, height: 800 };
const WORKSPACE = 'across-versions-test';
const CLAUSE = 'res130/resolves/5';
const WORDS = 'personal data and privacy';
const PROPOSAL = 'EUR/44A7/1';

const rig = useBrowserRig('across-versions');
let page: Page | null = null;

beforeAll(async () => {
  page = await rig.people.open('Ana', { viewport: VIEWPORT });
  await page.goto(rig.link(WORKSPACE, 'editor'));
  await joinWorkspace(page, 'Ana');
});

/** The number of ranges painted with a highlight name (CSS Custom Highlight API). */
const highlighted = (p: Page, name: string): Promise<number> => p.evaluate((n) => (CSS.highlights.get(n) as Set<AbstractRange> | undefined)?.size ?? 0, name);

/** Tags `words` of `clause` in the reader as a cybersecurity risk, from the keyboard. */
async function tagWords(p: Page, clause: string, words: string): Promise<void> {
  await p.goto(`${rig.app.url}/?workspace=${WORKSPACE}#${clause}`);
  await p.locator(`.reader [id="${clause}"] .clause-text`).first().waitFor();
  await p.waitForFunction(() => document.querySelector('.annotation-panel-actions button:not([disabled])') !== null);
  const selected = await p.evaluate(
    ([id, quote]) => {
      const text = document.getElementById(id)!.querySelector('.clause-text')!;
      const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        const at = node.data.indexOf(quote);
        if (at === -1) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + quote.length);
        document.getSelection()!.removeAllRanges();
        document.getSelection()!.addRange(range);
        return range.toString();
      }
      return null;
    },
    [clause, words] as const,
  );
  expect(selected).toBe(words);
  await p.keyboard.press('t');
  const picker = p.getByRole('dialog', { name: 'Tag picker' });
  await picker.waitFor();
  await p.keyboard.type('cyber');
  await p.keyboard.press('Enter');
  await picker.waitFor({ state: 'detached' });
  await p.locator('.annotation-card', { hasText: 'Cybersecurity' }).waitFor();
}

describe('annotations across versions', () => {
  it('flags the proposal in the library, marks the row and flags the column in the synoptic view, and marks the clause in the redline', { timeout: 90_000 }, async (context) => {
    if (!page) return context.skip('no page');
    const p = page;
    await tagWords(p, CLAUSE, WORDS);

    // The library, beside the reader: the proposal that modifies the tagged clause is flagged.
    const flag = p.locator('#library .doc-flag', { hasText: PROPOSAL });
    await flag.waitFor();
    expect((await flag.innerText()).replace(/\s+/g, ' ').trim()).toBe(`⚑ ${PROPOSAL} touches 1 clause tagged cybersecurity`);
    expect(await p.locator('#library .doc-flag').count()).toBeGreaterThanOrEqual(1);

    // The synoptic view: the marker on the row of resolves 5, the flag on EUR/44A7/1's column.
    await p.goto(`${rig.app.url}/?workspace=${WORKSPACE}#compare/res130`);
    const column = p.locator(`th.syn-prop[data-proposal="${PROPOSAL}"]`);
    await column.waitFor();
    await column.locator('.risk-flag').waitFor();
    expect((await column.locator('.risk-flag').innerText()).replace('⚑', '').trim()).toBe('touches 1 clause tagged cybersecurity');
    const row = p.locator(`tr[id="synoptic:${CLAUSE}"]`);
    const rowMarker = row.locator('.ann-marker-summary');
    await rowMarker.waitFor();
    expect(await rowMarker.getAttribute('aria-label')).toBe('1 annotation on resolves 5: Cybersecurity');
    // Keyboard reachable: focus it and open it with Enter; it says how the annotation fares in the proposal.
    await rowMarker.focus();
    await p.keyboard.press('Enter');
    const rowList = row.locator('.ann-marker-list');
    await rowList.waitFor();
    expect(await rowList.locator('.ann-marker-proposals li', { hasText: PROPOSAL }).locator('.ann-state').innerText()).toBe('exact');
    await p.keyboard.press('Escape');
    await rowList.waitFor({ state: 'hidden' });

    // The redline of EUR/44A7/1: the marker on the proposal's resolves 5, the quoted words highlighted there.
    await p.goto(`${rig.app.url}/?workspace=${WORKSPACE}#compare/res130/redline/${encodeURIComponent(PROPOSAL)}`);
    const entry = p.locator(`[id="redline:${CLAUSE}"]`);
    const marker = entry.locator('.ann-marker-summary');
    await marker.waitFor();
    expect(await marker.innerText()).toContain('Cybersecurity');
    await p.waitForFunction(() => (CSS.highlights.get('cw-carried-risk') as Set<AbstractRange> | undefined)?.size === 1);
    const painted = await p.evaluate(() => [...(CSS.highlights.get('cw-carried-risk') as Set<AbstractRange>)].map((r) => (r as Range).toString()));
    expect(painted).toEqual([WORDS]);
    // The official text is untouched: no element was added inside it.
    expect(await entry.locator('.clause-text mark').count()).toBe(0);
    await marker.click();
    const list = entry.locator('.ann-marker-list');
    await list.waitFor();
    expect(await list.locator('.ann-state').innerText()).toBe('exact');
    expect(await list.locator('.annotation-quote').innerText()).toBe(WORDS);
    await entry.scrollIntoViewIfNeeded();
    await p.screenshot({ path: join(ARTIFACTS, 'across-versions.png') });
    expect(await highlighted(p, 'cw-carried-risk')).toBe(1);
    expect(rig.people.errors).toEqual([]);
  });
});
