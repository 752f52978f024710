import { describe, expect, it } from 'vitest';
import type { Clause, ItuDocument } from '../core/model/index.ts';
import { sampleResolution } from '../collab/testing/sampleTexts.ts';
import { documentToDraft } from './documentToDraft.ts';
import { draftSchema } from './draftExtensions.ts';
import { draftToDocument } from './draftToDocument.ts';

/** What a draft keeps of a document: everything but footnotes, markers, cross-reference offsets and unplaced text. */
function keptInDraft(doc: ItuDocument): ItuDocument {
  const strip = (clause: Clause): Clause => ({ id: clause.id, label: clause.label, text: clause.text, children: clause.children.map(strip) });
  return { ...doc, sections: doc.sections.map((section) => ({ ...section, clauses: section.clauses.map(strip) })), footnotes: [], unparsed: [] };
}

describe('document ↔ draft', () => {
  it('round-trips a document: headers, sections with their headings and attributes, clauses with IDs and labels', () => {
    const doc = sampleResolution();
    doc.sections[1].clauses[0].refs = [{ text: 'considering b) above', start: 0, end: 5, target: `${doc.id}/considering/b` }];
    const draft = documentToDraft(doc);
    expect(draftToDocument(draft, doc)).toEqual(keptInDraft(doc));
  });

  it('makes a draft the editor schema accepts as it is', () => {
    const node = draftSchema().nodeFromJSON(documentToDraft(sampleResolution()));
    expect(() => node.check()).not.toThrow();
    expect(node.toJSON()).toEqual(draftSchema().nodeFromJSON(node.toJSON()).toJSON());
    const clauses: string[] = [];
    node.descendants((child) => {
      if (child.type.name === 'clause') clauses.push(`${String(child.attrs.label)} ${String(child.attrs.clauseId)}`);
    });
    expect(clauses).toContain('ii) res901/instructs-the-secretary-general/1/ii');
  });

  it('keeps empty headings and clauses (no empty text nodes)', () => {
    const doc = sampleResolution();
    doc.preamble = '';
    doc.sections[0].clauses[0].text = '';
    const node = draftSchema().nodeFromJSON(documentToDraft(doc));
    expect(() => node.check()).not.toThrow();
    expect(draftToDocument(node.toJSON(), doc)).toEqual(keptInDraft(doc));
  });

  it('gives added clauses an ID from their label, and never reuses one another clause carries', () => {
    const doc = sampleResolution();
    const draft = documentToDraft(doc);
    const operative = draft.content![4];
    const copied = structuredClone(operative.content![2]); // [0] is the heading: this is clause 2
    const added = { type: 'clause', attrs: { clauseId: null, label: '3' }, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'to publish the plan.' }] }] };
    const unlabelled = { type: 'clause', attrs: { label: '' }, content: [{ type: 'paragraph' }] };
    // A second clause labelled "2" (so its derived ID would clash), a pasted copy, and two new ones.
    const relabelled = { type: 'clause', attrs: { clauseId: null, label: '2' }, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x' }] }] };
    operative.content!.splice(2, 0, relabelled);
    operative.content!.push(copied, added, unlabelled);
    const back = draftToDocument(draft, doc);
    const ids = back.sections[1].clauses.map((clause) => clause.id);
    const base = `${doc.id}/instructs-the-secretary-general`;
    expect(ids).toEqual([`${base}/1`, `${base}/2#2`, `${base}/2`, `${base}/2#3`, `${base}/3`, `${base}/p1`]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('reads a draft whose attributes were lost (as Yjs drops null ones) with sensible defaults', () => {
    const back = draftToDocument(
      { type: 'doc', content: [{ type: 'draftSection', content: [{ type: 'sectionHeading', content: [{ type: 'text', text: 'resolves' }] }, { type: 'clause', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'to act' }] }] }] }] },
      { id: 'res5', type: 'resolution', number: '5', revision: '', conference: '' },
    );
    expect(back.sections).toEqual([
      { id: 'res5/resolves', heading: 'resolves', part: 'operative', kind: '', verb: '', addressee: '', further: false, clauses: [{ id: 'res5/resolves/p1', label: '', text: 'to act', children: [] }] },
    ]);
    expect(back).toMatchObject({ titleLine: '', title: '', preamble: '' });
  });
});
