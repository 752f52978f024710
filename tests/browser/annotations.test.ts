/**
 * Annotating together in real browsers: the server with a temporary data directory, editor tokens
 * made with `clausewatch token create`, and two Chromium contexts on one workspace. Ana tags words
 * of a clause as a cybersecurity risk with the keyboard; Ben sees the highlight and the sidebar
 * entry and replies; Ana marks it agreed; both screens show it.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, useBrowserRig } from './browserRig.ts';
import { joinWorkspace, showClause } from './people.ts';

const VIEWPORT = { width: 1280, height: 800 };
const WORKSPACE = 'annotations-test';
const CLAUSE = 'res130/resolves/1';

const rig = useBrowserRig('annotations');

async function joinAs(name: string): Promise<Page> {
  const page = await rig.people.open(name, { viewport: VIEWPORT });
  await page.goto(rig.link(WORKSPACE, 'editor'));
  await joinWorkspace(page, name);
  await showClause(page, rig.app.url, WORKSPACE, CLAUSE);
  return page;
}

/** The number of ranges painted with a highlight name (CSS Custom Highlight API) over the reader. */
const highlighted = (page: Page, name: string): Promise<number> =>
  page.evaluate((n) => (CSS.highlights.get(n) as Set<AbstractRange> | undefined)?.size ?? 0, name);

describe('annotating a clause together', () => {
  it('A tags a risk, B sees it and replies, A marks it agreed; both screens show it', { timeout: 90_000 }, async () => {
    const ana = await joinAs('Ana');
    const ben = await joinAs('Ben');

    // Ana selects the first words of the clause and tags them from the keyboard.
    const quoted = await ana.evaluate((id) => {
      const text = document.getElementById(id)!.querySelector('.clause-text')!;
      const node = document.createTreeWalker(text, NodeFilter.SHOW_TEXT).nextNode() as Text;
      const end = node.data.indexOf(' ', 20);
      const range = document.createRange();
      range.setStart(node, 0);
      range.setEnd(node, end > 0 ? end : node.data.length);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
      return range.toString();
    }, CLAUSE);
    await ana.waitForFunction(() => document.querySelector('.annotation-panel-actions button:not([disabled])') !== null);
    await ana.keyboard.press('t');
    const picker = ana.getByRole('dialog', { name: 'Tag picker' });
    await picker.waitFor();
    await ana.keyboard.type('cyber');
    expect(await picker.locator('[role="option"][aria-selected="true"]').innerText()).toContain('Cybersecurity');
    await ana.keyboard.press('Enter');
    await picker.waitFor({ state: 'detached' });

    // Ben sees the highlight over the same words and the sidebar entry.
    const benCard = ben.locator('.annotation-card', { hasText: 'Cybersecurity' });
    await benCard.waitFor();
    expect(await benCard.locator('.annotation-quote').innerText()).toBe(quoted);
    expect(await benCard.locator('.anchor-state').innerText()).toBe('exact');
    await ben.waitForFunction(() => (CSS.highlights.get('cw-risk') as Set<AbstractRange> | undefined)?.size === 1);
    expect(await highlighted(ana, 'cw-risk')).toBe(1);

    // Ben replies, with Markdown and some HTML that must stay inert text.
    await benCard.getByLabel('Reply').fill('**Agree**: this opens <img src=x onerror="window.__pwned=1"> surveillance.');
    await benCard.getByRole('button', { name: 'Reply' }).click();
    const anaCard = ana.locator('.annotation-card', { hasText: 'Cybersecurity' });
    await anaCard.locator('.annotation-reply', { hasText: 'Agree' }).waitFor();
    expect(await anaCard.locator('.annotation-reply strong').innerText()).toBe('Agree');
    expect(await anaCard.locator('.annotation-reply').innerText()).toContain('<img src=x onerror="window.__pwned=1">');
    expect(await anaCard.locator('.annotation-reply img').count()).toBe(0);

    // Ana marks it agreed; Ben's screen follows.
    await anaCard.locator('select.annotation-status').selectOption('agreed');
    await ben.waitForFunction(() => (document.querySelector('.annotation-card select.annotation-status') as HTMLSelectElement | null)?.value === 'agreed');
    for (const page of [ana, ben]) {
      const card = page.locator('.annotation-card', { hasText: 'Cybersecurity' });
      expect(await card.locator('select.annotation-status').inputValue()).toBe('agreed');
      expect(await card.locator('.annotation-reply').count()).toBe(1);
    }
    expect(await ana.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await ben.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

    // Ana's undo takes back her own status change, not Ben's reply.
    await ana.locator('.annotation-panel-head').getByRole('button', { name: 'Undo' }).click();
    await ben.waitForFunction(() => (document.querySelector('.annotation-card select.annotation-status') as HTMLSelectElement | null)?.value === 'open');
    expect(await ben.locator('.annotation-card .annotation-reply').count()).toBe(1);
    await ana.locator('.annotation-panel-head').getByRole('button', { name: 'Undo' }).click();
    await ben.locator('.annotation-card').waitFor({ state: 'detached' });
    // Redo, so the screenshot shows the whole story.
    await ana.keyboard.press('Control+Shift+z');
    await ana.keyboard.press('Control+Shift+z');
    await ben.waitForFunction(() => (document.querySelector('.annotation-card select.annotation-status') as HTMLSelectElement | null)?.value === 'agreed');
    await ben.screenshot({ path: join(ARTIFACTS, 'annotations.png') });
    expect(rig.people.errors).toEqual([]);
  });
});
