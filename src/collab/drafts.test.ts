import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { documentToDraft, draftSchema, draftToDocument } from '../editor/index.ts';
import { createDraft, deleteDraft, draftContent, draftFragment, newDraftId, readDrafts, renameDraft } from './drafts.ts';
import { workspaceRoots } from './schema.ts';
import { syncAll } from './testing/linkDocs.ts';
import { sampleResolution } from './testing/sampleTexts.ts';

const schema = draftSchema();
const base = sampleResolution();

/** The Y.XmlText of the n-th clause's paragraph (document order). */
function clauseText(fragment: Y.XmlFragment, clauseId: string): Y.XmlText {
  for (const element of fragment.createTreeWalker((node) => node instanceof Y.XmlElement && node.nodeName === 'clause')) {
    if (element instanceof Y.XmlElement && element.getAttribute('clauseId') === clauseId) {
      const paragraph = element.get(0) as Y.XmlElement;
      return paragraph.get(0) as Y.XmlText;
    }
  }
  throw new Error(`no clause ${clauseId}`);
}

function createFromBase(doc: Y.Doc, id = 'draft-1'): void {
  createDraft(doc, { id, title: 'Our counter-proposal', base: { documentId: base.id, revision: base.revision }, createdBy: 'Ana', createdAt: '2026-11-28T09:00:00.000Z' }, schema.nodeFromJSON(documentToDraft(base)));
}

describe('drafts in the workspace', () => {
  it('start as a copy of the base text and read back as the same document, through Yjs', () => {
    const doc = new Y.Doc();
    createFromBase(doc);
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
    expect(readDrafts(copy)).toEqual([{ id: 'draft-1', title: 'Our counter-proposal', base: { documentId: 'res901', revision: 'Rev. Dubai, 2018' }, createdBy: 'Ana', createdAt: '2026-11-28T09:00:00.000Z' }]);
    const content = draftContent(copy, 'draft-1');
    expect(content).not.toBeNull();
    const back = draftToDocument(content!, base);
    expect(back.sections.map((section) => section.id)).toEqual(base.sections.map((section) => section.id));
    expect(back.sections[1].clauses[0].children.map((clause) => [clause.id, clause.label, clause.text])).toEqual([
      ['res901/instructs-the-secretary-general/1/i', 'i)', 'near the plenary hall;'],
      ['res901/instructs-the-secretary-general/1/ii', 'ii)', 'with enough chairs,'],
    ]);
    expect(back.sections[2].title).toBe('Opening hours');
    expect(schema.nodeFromJSON(content!).check()).toBeUndefined();
  });

  it('merge concurrent typing in the same and in different clauses, keeping every clause ID', () => {
    const a = new Y.Doc();
    createFromBase(a);
    const b = new Y.Doc();
    syncAll(a, b);
    const target = 'res901/instructs-the-secretary-general/2';
    clauseText(draftFragment(a, 'draft-1')!, target).insert(0, '[A] ');
    clauseText(draftFragment(b, 'draft-1')!, target).insert(0, '[B] ');
    clauseText(draftFragment(b, 'draft-1')!, 'res901/considering/a').delete(0, 5);
    syncAll(a, b);
    for (const doc of [a, b]) {
      const back = draftToDocument(draftContent(doc, 'draft-1')!, base);
      const text = back.sections[1].clauses[1].text;
      expect(text).toMatch(/^\[[AB]\] \[[AB]\] to report/);
      expect(back.sections[0].clauses[0].text).toBe('quiet rooms help delegations read long texts;');
    }
    expect(draftContent(a, 'draft-1')).toEqual(draftContent(b, 'draft-1'));
  });

  it('are listed oldest first; renamed and deleted as a whole; two made at once never collide', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    createDraft(a, { title: 'Second', base: null, createdBy: 'Ana', createdAt: '2026-11-28T10:00:00.000Z' }, null);
    createDraft(b, { title: 'First', base: null, createdBy: 'Ben', createdAt: '2026-11-28T09:00:00.000Z' }, null);
    syncAll(a, b);
    const drafts = readDrafts(a);
    expect(drafts.map((draft) => draft.title)).toEqual(['First', 'Second']);
    expect(renameDraft(b, drafts[0].id, 'Renamed', 'Ben')).toBe(true);
    expect(deleteDraft(b, drafts[1].id, 'Ben')).toBe(true);
    syncAll(a, b);
    expect(readDrafts(a).map((draft) => draft.title)).toEqual(['Renamed']);
    expect(workspaceRoots(a).drafts.size).toBe(1);
    expect(renameDraft(a, 'nope', 'x', 'Ana')).toBe(false);
    expect(deleteDraft(a, 'nope', 'Ana')).toBe(false);
    expect(() => createDraft(a, { id: drafts[0].id, title: 'dup', base: null, createdBy: 'Ana' }, null)).toThrow('already has a draft');
    expect(newDraftId()).toMatch(/^draft-[0-9a-f]{18}$/);
  });

  it('ignore a record without its text, and a text without a readable record', () => {
    const doc = new Y.Doc();
    const { drafts, draftMeta } = workspaceRoots(doc);
    draftMeta.set('orphan', { id: 'orphan', title: 'No text' });
    drafts.set('bare', new Y.XmlFragment());
    draftMeta.set('bare', { id: 'other', title: 5 });
    expect(readDrafts(doc)).toEqual([]);
    expect(draftFragment(doc, 'orphan')).toBeNull();
  });
});
