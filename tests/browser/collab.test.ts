/**
 * Collaboration in real browsers: the server as `npm start` runs it with a data directory in a
 * temporary folder, a token made with `clausewatch token create`, and two Chromium contexts (two
 * people, two browsers' worth of storage) on the same workspace. Checks what each person sees.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, useBrowserRig } from './browserRig.ts';
import { joinWorkspace } from './people.ts';

const VIEWPORT = { width: 1180, height: 760 };
const WORKSPACE = 'collab-test';
const OFFLINE_TEXT = 'Offline — changes are kept on this device';

const rig = useBrowserRig('collab');

/** A person opening the share link in a browser of their own, and giving their name in the prompt. */
async function joinAs(name: string, role: 'editor' | 'viewer'): Promise<Page> {
  const page = await rig.people.open(name, { viewport: VIEWPORT }, { consoleErrors: true });
  await page.goto(rig.link(WORKSPACE, role));
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  expect(await dialog.innerText()).toContain(`Join the workspace “${WORKSPACE}”`);
  // The token from the link is in the form already, and gone from the address bar.
  expect(page.url()).not.toContain('token=');
  await joinWorkspace(page, name);
  return page;
}

/** The text of the clause `clauseId` in the open draft. */
const draftClause = (page: Page, clauseId: string) => page.locator(`.draft-editor-content [data-clause-id="${clauseId}"] > p`).first();

/** What a clause says, without the carets of others (their name labels sit inside the text). */
async function clauseText(page: Page, clauseId: string): Promise<string> {
  return draftClause(page, clauseId).evaluate((element) => {
    const copy = element.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.collab-caret').forEach((caret) => caret.remove());
    return copy.textContent ?? '';
  });
}

/** Types at the end of a clause's text (click, then move to the end of its paragraph). */
async function typeInClause(page: Page, clauseId: string, text: string): Promise<void> {
  const paragraph = draftClause(page, clauseId);
  await paragraph.click();
  // End of the paragraph, not of the visual line: put the cursor there through the DOM selection.
  await paragraph.evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    range.collapse(false);
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  });
  await page.keyboard.type(text);
}

/** Records every connection status the badge shows from now on, in the page itself. */
async function recordStatuses(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __statuses: string[] }).__statuses = seen;
    const badge = document.querySelector('.connection-badge');
    const note = (): void => {
      const status = [...(badge?.classList ?? [])].find((name) => name.startsWith('connection-badge--'))?.slice('connection-badge--'.length);
      if (status && seen[seen.length - 1] !== status) seen.push(status);
    };
    note();
    if (badge) new MutationObserver(note).observe(badge, { attributes: true, attributeFilter: ['class'] });
  });
}

describe('collaborating in a workspace', () => {
  let ana: Page;
  let ben: Page;
  let clauses: string[];

  it('seeds the workspace with the sample library once, and shows it to both people', async () => {
    ana = await joinAs('Ana', 'editor');
    ben = await joinAs('Ben', 'editor');
    const library = ((await (await fetch(`${rig.app.url}/api/library`)).json()) as { documents: { id: string }[] }).documents;
    for (const page of [ana, ben]) {
      await page.locator('.result-count', { hasText: `${library.length} texts` }).waitFor();
      expect(await page.locator('.doc-link').count()).toBe(library.length);
    }
  });

  it('shows who is in the workspace, with their names', async (context) => {
    if (!ana) return context.skip('no workspace');
    await ana.locator('.presence-person[data-person="Ben"]').waitFor();
    await ben.locator('.presence-person[data-person="Ana"]').waitFor();
    expect(await ana.locator('.presence-person.is-self').innerText()).toContain('Ana (you)');
  });

  it('shows a draft started in one browser in the other, and each one\'s typing in the other', async (context) => {
    if (!ana) return context.skip('no workspace');
    await ana.goto(`${rig.app.url}/?workspace=${WORKSPACE}#res130`);
    await ana.locator('.doc-title-line').waitFor();
    await ana.getByRole('button', { name: /^Drafts/ }).click();
    await ana.getByRole('button', { name: /Start a draft from Resolution 130/ }).click();
    await ana.locator('.draft-editor-content').waitFor();
    clauses = await ana.locator('.draft-editor-content .draft-clause[data-clause-id]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-clause-id') ?? ''));
    expect(clauses.length).toBeGreaterThan(3);
    expect(clauses).toContain('res130/resolves/1');

    await ben.getByRole('button', { name: /^Drafts/ }).click();
    await ben.locator('.draft-link', { hasText: 'Our draft of Resolution 130' }).click();
    await draftClause(ben, clauses[0]).waitFor();
    expect(await clauseText(ben, clauses[0])).toBe(await clauseText(ana, clauses[0]));

    await typeInClause(ana, 'res130/resolves/1', ' Ana was here.');
    await ben.locator('.draft-editor-content', { hasText: 'Ana was here.' }).waitFor();
    expect(await clauseText(ben, 'res130/resolves/1')).toMatch(/Ana was here\.$/);
    // Ben sees Ana's caret with her name on it.
    await ben.locator('.collab-caret-label', { hasText: 'Ana' }).waitFor();
    await ana.locator('.connection-badge--saved').waitFor();
  });

  it('keeps edits made offline, and merges both people\'s edits when back online', async (context) => {
    if (!ana || !clauses) return context.skip('no draft');
    const benContext = rig.people.people.find((person) => person.name === 'Ben')!.context;
    await recordStatuses(ben);
    await benContext.setOffline(true);
    await ben.locator('.connection-badge--offline', { hasText: OFFLINE_TEXT }).waitFor();

    const other = 'res130/resolves/2';
    await typeInClause(ben, other, ' Ben wrote this offline.');
    await typeInClause(ana, 'res130/resolves/1', ' Ana kept going.');
    await ana.locator('.connection-badge--saved').waitFor();
    // Ben is offline: he has not got Ana's new words, and the server has not got his.
    expect(await clauseText(ben, 'res130/resolves/1')).not.toContain('Ana kept going.');
    expect(await clauseText(ana, other)).not.toContain('Ben wrote this offline.');

    await benContext.setOffline(false);
    await ben.locator('.connection-badge--saved').waitFor();
    for (const page of [ana, ben]) {
      await page.locator('.draft-editor-content', { hasText: 'Ben wrote this offline.' }).waitFor();
      await page.locator('.draft-editor-content', { hasText: 'Ana kept going.' }).waitFor();
      expect(await clauseText(page, 'res130/resolves/1')).toMatch(/Ana was here\. Ana kept going\.$/);
    }
    const statuses = await ben.evaluate(() => (window as unknown as { __statuses: string[] }).__statuses);
    expect(statuses.slice(statuses.indexOf('offline'))).toEqual(['offline', 'syncing', 'saved']);

    // Two people side by side, as the screenshot of the feature: both carets in view.
    for (const page of [ana, ben]) await draftClause(page, 'res130/resolves/1').evaluate((element) => element.scrollIntoView({ block: 'center' }));
    await ana.locator('.collab-caret-label', { hasText: 'Ben' }).waitFor();
    const shots = await Promise.all([ana, ben].map(async (page) => (await page.screenshot()).toString('base64')));
    const board = await rig.people.people[0].context.newPage();
    await board.setViewportSize({ width: VIEWPORT.width * 2 + 12, height: VIEWPORT.height });
    await board.setContent(`<body style="margin:0;display:flex;gap:12px;background:#555">${shots.map((shot) => `<img src="data:image/png;base64,${shot}" width="${VIEWPORT.width}" height="${VIEWPORT.height}">`).join('')}</body>`);
    await board.screenshot({ path: join(ARTIFACTS, 'collab.png') });
    await board.close();
  });

  it('shares the clause structure: a new clause with its label, and the draft\'s new name', async (context) => {
    if (!ana || !clauses) return context.skip('no draft');
    await typeInClause(ana, 'res130/resolves/2', '');
    await ana.keyboard.press('Enter');
    await ana.keyboard.type('to publish a yearly report.');
    await ana.getByLabel('Label', { exact: true }).fill('2bis');
    await ana.getByLabel('Label', { exact: true }).press('Enter');
    const added = ben.locator('.draft-editor-content .draft-clause:not([data-clause-id])', { hasText: 'to publish a yearly report.' });
    await added.waitFor();
    expect(await added.getAttribute('data-label')).toBe('2bis');
    // It sits right after resolves 2, as its own clause.
    expect(await added.evaluate((element) => element.previousElementSibling?.getAttribute('data-clause-id'))).toBe('res130/resolves/2');

    await ana.getByRole('button', { name: 'Rename' }).click();
    await ana.getByLabel('New name of the draft').fill('Counter-proposal on Resolution 130');
    await ana.getByRole('button', { name: 'Save' }).click();
    await ben.locator('.draft-title', { hasText: 'Counter-proposal on Resolution 130' }).waitFor();
  });

  it('lets a viewer follow the draft live without editing it', async (context) => {
    if (!ana || !clauses) return context.skip('no draft');
    const cleo = await joinAs('Cleo', 'viewer');
    await cleo.getByRole('button', { name: /^Drafts/ }).click();
    expect(await cleo.locator('.drafts-panel').innerText()).toContain('only editors start and edit them');
    await cleo.locator('.draft-link', { hasText: 'Counter-proposal on Resolution 130' }).click();
    await cleo.locator('.draft-readonly').waitFor();
    expect(await cleo.locator('.draft-editor-content').getAttribute('contenteditable')).toBe('false');
    await typeInClause(ana, 'res130/resolves/1', ' Seen by Cleo.');
    await cleo.locator('.draft-editor-content', { hasText: 'Seen by Cleo.' }).waitFor();
  });

  it('logged no errors in the pages', () => {
    expect(rig.people.errors).toEqual([]);
  });
});
