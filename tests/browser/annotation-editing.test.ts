/**
 * Editing an annotation after it is made, in real browsers on one workspace: Ana (editor) tags a
 * clause, then edits the note (with a live preview) while Ben (commenter) changes the severity;
 * Ana changes the tags in the tag picker's edit mode, replies and edits her reply, assigns it to
 * herself; each change shows live on Ben's and Cleo's (viewer) screens; Cleo gets no edit
 * controls; Ana's undo takes back her own changes one by one, and brings a deleted annotation back;
 * Ben deletes his own reply.
 */
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Role } from '../../src/collab/index.ts';
import { ARTIFACTS, useBrowserRig } from './browserRig.ts';
import { joinWorkspace, showClause } from './people.ts';

const VIEWPORT = { width: 1280, height: 900 };
const WORKSPACE = 'annotation-editing-test';
const CLAUSE = 'res130/resolves/1';
const WAIT = { timeout: 15_000 };

const rig = useBrowserRig('annotation-editing');

async function joinAs(name: string, role: Role): Promise<Page> {
  const page = await rig.people.open(name, { viewport: VIEWPORT });
  await page.goto(rig.link(WORKSPACE, role));
  await joinWorkspace(page, name, WAIT);
  await showClause(page, rig.app.url, WORKSPACE, CLAUSE, WAIT);
  return page;
}

/** The one annotation card on a screen. */
const card = (page: Page): Locator => page.locator('.annotation-card');

/** Waits until a select in the card shows `value`. */
const selectShows = (page: Page, selector: string, value: string): Promise<unknown> =>
  page.waitForFunction(([s, v]) => (document.querySelector(`.annotation-card ${s}`) as HTMLSelectElement | HTMLInputElement | null)?.value === v, [selector, value] as const, WAIT);

/** Waits until the card's tags read `text`. */
const tagsRead = (page: Page, text: string): Promise<unknown> =>
  page.waitForFunction((t) => document.querySelector('.annotation-card .annotation-tags')?.textContent === t, text, WAIT);

describe('editing an annotation after it is made', () => {
  it('edits note, severity, tags, replies and assignee live for everyone; undo and delete work', { timeout: 120_000 }, async () => {
    const [ana, ben, cleo] = await Promise.all([joinAs('Ana', 'editor'), joinAs('Ben', 'commenter'), joinAs('Cleo', 'viewer')]);

    // Ana tags the clause (focused) as a cybersecurity risk with the keyboard.
    await ana.locator(`.reader [id="${CLAUSE}"]`).first().focus();
    await ana.waitForFunction(() => document.querySelector('.annotation-panel-actions button:not([disabled])') !== null, undefined, WAIT);
    await ana.keyboard.press('t');
    const picker = ana.getByRole('dialog', { name: 'Tag picker' });
    await picker.waitFor(WAIT);
    await ana.keyboard.type('cyber');
    await ana.keyboard.press('Enter');
    await picker.waitFor({ state: 'detached' });
    for (const page of [ben, cleo]) await tagsRead(page, 'Cybersecurity');

    // The viewer sees the annotation with no edit controls at all.
    expect(await card(cleo).locator('button, select, input, textarea').count()).toBe(0);
    expect(await card(ben).getByRole('button', { name: 'Edit tags' }).count()).toBe(1);

    // Ana writes the note with a live preview while Ben (a commenter) changes the severity: both stay.
    await card(ana).getByRole('button', { name: 'Add a note' }).click();
    const note = card(ana).getByRole('textbox', { name: 'Note' });
    await note.fill('**Blocks** encryption <img src=x onerror="window.__pwned=1">');
    await card(ana).locator('.md-editor-preview strong', { hasText: 'Blocks' }).waitFor(WAIT);
    await card(ben).locator('select.annotation-severity').selectOption('critical');
    await selectShows(ana, 'select.annotation-severity', 'critical');
    await note.press('Control+Enter');
    await card(ana).locator('.md-editor').waitFor({ state: 'detached' });
    for (const page of [ana, ben, cleo]) {
      await card(page).locator('.annotation-note .md-note strong', { hasText: 'Blocks' }).waitFor(WAIT);
      expect(await card(page).locator('.annotation-note').innerText()).toContain('<img src=x onerror="window.__pwned=1">');
      expect(await card(page).locator('img').count()).toBe(0);
    }
    await selectShows(ben, 'select.annotation-severity', 'critical');
    await cleo.locator('.annotation-card .annotation-fields', { hasText: 'Critical severity' }).waitFor(WAIT);

    // While Ana has the note open, Ben saves his wording: Ana's editor says so; her Escape cancels without saving.
    await card(ana).getByRole('button', { name: 'Edit note' }).click();
    await card(ana).getByRole('textbox', { name: 'Note' }).fill('Not meant to be kept');
    await card(ben).getByRole('button', { name: 'Edit note' }).click();
    await card(ben).getByRole('textbox', { name: 'Note' }).fill('**Blocks** encryption, says Ben');
    await card(ben).getByRole('button', { name: 'Save' }).click();
    await card(ana).getByRole('status').filter({ hasText: 'Someone changed this while you were editing' }).waitFor(WAIT);
    await card(ana).getByRole('textbox', { name: 'Note' }).press('Escape');
    for (const page of [ana, cleo]) await card(page).locator('.annotation-note', { hasText: 'says Ben' }).waitFor(WAIT);
    expect(await card(ana).locator('.annotation-note').innerText()).not.toContain('Not meant');

    // Ana changes the tags in the picker's edit mode: preloaded, add two, remove one, Ctrl+Enter saves.
    await card(ana).getByRole('button', { name: 'Edit tags' }).click();
    const editor = ana.getByRole('dialog', { name: 'Edit tags' });
    await editor.waitFor(WAIT);
    expect(await editor.getByRole('list', { name: 'Chosen tags' }).innerText()).toContain('Cybersecurity');
    await ana.keyboard.type('privacy');
    await ana.keyboard.press('Enter');
    await ana.keyboard.type('sdg 9.c');
    await ana.keyboard.press('Enter');
    await editor.getByRole('button', { name: 'Remove Cybersecurity' }).click();
    await editor.getByRole('combobox').press('Control+Enter');
    await editor.waitFor({ state: 'detached' });
    for (const page of [ana, ben, cleo]) await tagsRead(page, 'Privacy & surveillance, SDG 9.c');

    // Ana replies, then edits her reply; Ben sees the new text marked "edited", and cannot edit it.
    await card(ana).getByLabel('Reply').fill('First thought');
    await card(ana).getByRole('button', { name: 'Reply' }).click();
    const anaReply = (page: Page): Locator => card(page).locator('.annotation-reply', { hasText: 'Ana' });
    await anaReply(ben).waitFor(WAIT);
    await anaReply(ana).getByRole('button', { name: 'Edit', exact: true }).click();
    await anaReply(ana).getByRole('textbox', { name: 'Your reply' }).fill('Second thought, *firmer*');
    await anaReply(ana).getByRole('textbox', { name: 'Your reply' }).press('Control+Enter');
    await anaReply(ben).locator('em', { hasText: 'firmer' }).waitFor(WAIT);
    expect(await anaReply(ben).locator('.annotation-edited').innerText()).toBe('edited');
    expect(await anaReply(ben).getByRole('button').count()).toBe(0);

    // Ben (commenter) replies and edits his own reply; Ana sees it.
    await card(ben).getByLabel('Reply').fill('Ben here');
    await card(ben).getByRole('button', { name: 'Reply' }).click();
    const benReply = (page: Page): Locator => card(page).locator('.annotation-reply', { hasText: 'Ben here' });
    await benReply(ben).getByRole('button', { name: 'Edit', exact: true }).click();
    await benReply(ben).getByRole('textbox', { name: 'Your reply' }).fill('Ben here, agreed');
    await benReply(ben).getByRole('textbox', { name: 'Your reply' }).press('Control+Enter');
    await card(ana).locator('.annotation-reply', { hasText: 'Ben here, agreed' }).waitFor(WAIT);
    expect(await card(ana).locator('.annotation-reply', { hasText: 'Ben here' }).getByRole('button').count()).toBe(0);

    // Assignee: the workspace's people are suggested; "Assign to me".
    const suggested = await card(ana).locator('.annotation-assignee datalist option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
    expect(suggested).toEqual(expect.arrayContaining(['Ana', 'Ben', 'Cleo']));
    await card(ana).getByRole('button', { name: 'Assign to me' }).click();
    await selectShows(ben, '.annotation-assignee-input', 'Ana');
    await cleo.locator('.annotation-card .annotation-fields', { hasText: 'assigned to Ana' }).waitFor(WAIT);

    // The card in edit mode, for the record.
    await card(ana).getByRole('button', { name: 'Edit note' }).click();
    await card(ana).getByRole('textbox', { name: 'Note' }).fill('**Blocks** encryption: see the *Reasons* of EUR.\n\n- weakens end-to-end encryption\n- no human-rights safeguard');
    await card(ana).locator('.md-editor-preview li').nth(1).waitFor(WAIT);
    await card(ana).screenshot({ path: join(ARTIFACTS, 'annotation-editing.png') });
    await card(ana).getByRole('textbox', { name: 'Note' }).press('Escape');

    // Ctrl+Z takes back Ana's own changes one at a time, newest first; Ben's reply and severity stay.
    // (Ctrl+Z works with the focus on one of the card's drop-downs too.)
    await card(ana).locator('select.annotation-kind-select').focus();
    await ana.keyboard.press('Control+z');
    await selectShows(ben, '.annotation-assignee-input', '');
    await ana.keyboard.press('Control+z');
    await card(ben).locator('.annotation-reply', { hasText: 'First thought' }).waitFor(WAIT);
    await ana.keyboard.press('Control+z');
    await card(ben).locator('.annotation-reply', { hasText: 'Ana' }).waitFor({ state: 'detached', ...WAIT });
    await ana.keyboard.press('Control+z');
    await tagsRead(ben, 'Cybersecurity');
    expect(await card(ben).locator('.annotation-reply', { hasText: 'Ben here, agreed' }).count()).toBe(1);
    expect(await card(ben).locator('select.annotation-severity').inputValue()).toBe('critical');

    // Deleting asks first; undo brings the annotation back for everyone.
    await card(ana).getByRole('button', { name: 'Delete', exact: true }).first().click();
    await card(ana).getByRole('button', { name: 'Delete annotation' }).click();
    await card(ben).waitFor({ state: 'detached', ...WAIT });
    await card(cleo).waitFor({ state: 'detached', ...WAIT });
    await ana.locator('.annotation-panel-head').getByRole('button', { name: 'Undo' }).click();
    for (const page of [ben, cleo]) await tagsRead(page, 'Cybersecurity');
    await card(ben).locator('.annotation-note strong', { hasText: 'Blocks' }).waitFor(WAIT);
    expect(await card(ben).locator('.annotation-reply', { hasText: 'Ben here, agreed' }).count()).toBe(1);

    // Ben deletes his own reply (asked first); Ana sees it go.
    await benReply(ben).getByRole('button', { name: 'Delete', exact: true }).click();
    await benReply(ben).getByRole('button', { name: 'Delete reply' }).click();
    await card(ana).locator('.annotation-reply', { hasText: 'Ben here' }).waitFor({ state: 'detached', ...WAIT });

    for (const page of [ana, ben, cleo]) expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(rig.people.errors).toEqual([]);
  });
});
