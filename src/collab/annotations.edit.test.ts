// Editing an annotation or reply after it is made, and undo never leaving an annotation unreadable.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Annotation } from '../core/model/index.ts';
import { TEST_TIME } from '../core/model/testkit/makeAnnotation.ts';
import { addAnnotation, addReply, deleteAnnotation, deleteReply, editAnnotation, editReply, readAnnotations, stampUndoneAnnotations } from './annotations.ts';
import { annotationOrigin, isAnnotationOrigin } from './annotationsOrigin.ts';
import { annotationUndoManager } from './annotationsUndo.ts';
import { syncAll } from './testing/linkDocs.ts';
import { sampleAnnotation as sample } from './testing/sampleAnnotation.ts';

const T0 = TEST_TIME;

describe('editing an annotation after it is made', () => {
  const T1 = '2026-11-28T10:00:00.000Z';
  const T2 = '2026-11-28T11:00:00.000Z';
  const ana = annotationOrigin('Ana');
  const ben = annotationOrigin('Ben');
  const only = (doc: Y.Doc): Annotation => {
    const { annotations, problems } = readAnnotations(doc);
    expect(problems).toEqual([]);
    expect(annotations).toHaveLength(1);
    return annotations[0];
  };

  it('writes only the fields that change in one transaction, then stamps modified in a transaction no undo captures', () => {
    const doc = new Y.Doc();
    addAnnotation(doc, sample('ann-1'));
    const keys: string[][] = [];
    const origins: unknown[] = [];
    doc.on('afterTransaction', (tr: Y.Transaction) => {
      origins.push(tr.origin);
      tr.changed.forEach((set) => keys.push([...set].filter((k): k is string => k !== null).sort()));
    });
    expect(editAnnotation(doc, 'ann-1', { note: 'New **note**', severity: 'high', kind: 'risk' }, ana, { at: T1 })).toEqual({ ok: true, changed: true });
    expect(keys).toEqual([['note'], ['modified']]);
    expect(isAnnotationOrigin(origins[0], 'Ana')).toBe(true);
    expect(origins[1]).toEqual({ app: 'clausewatch', kind: 'annotation-stamp', by: 'Ana' });
    expect(only(doc)).toMatchObject({ note: 'New **note**', severity: 'high', modified: T1 });
    // Nothing changes: no transaction, modified kept.
    expect(editAnnotation(doc, 'ann-1', { note: 'New **note**' }, ana, { at: T2 })).toEqual({ ok: true, changed: false });
    expect(keys).toHaveLength(2);
    expect(only(doc).modified).toBe(T1);
  });

  it('replaces the tags and refuses an unknown category with a clear message, writing nothing', () => {
    const doc = new Y.Doc();
    addAnnotation(doc, sample('ann-1'));
    expect(editAnnotation(doc, 'ann-1', { categories: ['privacy-surveillance', 'cybersecurity'], sdgTargets: ['16.10'] }, ana, { at: T1 }).ok).toBe(true);
    expect(only(doc)).toMatchObject({ categories: ['privacy-surveillance', 'cybersecurity'], sdgTargets: ['16.10'] });
    const refused = editAnnotation(doc, 'ann-1', { categories: ['cybersecurity', 'made-up'] }, ana, { at: T2 });
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.problem).toMatch(/categories\[1\]: unknown category "made-up"; known: cybersecurity/);
    expect(!refused.ok && editAnnotation(doc, 'ann-1', { sdgTargets: ['99.z'] }, ana).ok).toBe(false);
    expect(editAnnotation(doc, 'ann-1', { assignee: '  ' }, ana)).toMatchObject({ ok: false, problem: expect.stringMatching(/assignee is empty/) });
    expect(editAnnotation(doc, 'ann-1', { note: 'x'.repeat(100_001) }, ana)).toMatchObject({ ok: false, problem: expect.stringMatching(/note is 100001 characters long/) });
    expect(only(doc)).toMatchObject({ categories: ['privacy-surveillance', 'cybersecurity'], sdgTargets: ['16.10'], assignee: null, modified: T1 });
    expect(editAnnotation(doc, 'nope', { note: 'x' }, ana)).toEqual({ ok: false, problem: expect.stringMatching(/no longer there/) });
  });

  it('lets only the author edit or delete a reply, and marks it modified', () => {
    const doc = new Y.Doc();
    addAnnotation(doc, sample('ann-1'));
    addReply(doc, 'ann-1', { id: 'r2', author: 'Ben', text: 'Why?', created: T0, modified: T0 }, ben);
    expect(editReply(doc, 'ann-1', 'r1', 'Agreed, with *one* doubt.', ana, { at: T1 })).toEqual({ ok: true, changed: true });
    expect(editReply(doc, 'ann-1', 'r2', 'Hijacked', ana)).toEqual({ ok: false, problem: 'Only Ben can change this reply.' });
    expect(deleteReply(doc, 'ann-1', 'r2', ana)).toEqual({ ok: false, problem: 'Only Ben can change this reply.' });
    expect(editReply(doc, 'ann-1', 'r1', '   ', ana).ok).toBe(false);
    expect(editReply(doc, 'ann-1', 'gone', 'x', ana)).toEqual({ ok: false, problem: expect.stringMatching(/reply is no longer there/) });
    let read = only(doc);
    expect(read.thread[0]).toEqual({ id: 'r1', author: 'Ana', text: 'Agreed, with *one* doubt.', created: T0, modified: T1 });
    expect(read.thread[1].text).toBe('Why?');
    expect(deleteReply(doc, 'ann-1', 'r2', ben, { at: T2 })).toEqual({ ok: true, changed: true });
    read = only(doc);
    expect(read.thread.map((r) => r.id)).toEqual(['r1']);
    expect(read.modified).toBe(T2);
  });

  it('keeps both edits when A edits the note while B changes the severity', () => {
    const [a, b] = [new Y.Doc(), new Y.Doc()];
    addAnnotation(a, sample('ann-1'));
    syncAll(a, b);
    expect(editAnnotation(a, 'ann-1', { note: 'A rewrote the note' }, ana, { at: T1 }).ok).toBe(true);
    expect(editAnnotation(b, 'ann-1', { severity: 'critical', assignee: 'Ben' }, ben, { at: T2 }).ok).toBe(true);
    syncAll(a, b);
    for (const doc of [a, b]) expect(only(doc)).toMatchObject({ note: 'A rewrote the note', severity: 'critical', assignee: 'Ben' });
    expect(only(a)).toEqual(only(b));
  });

  it('ends the same on both sides, without a crash, when A edits a reply while B deletes the annotation', () => {
    for (const order of ['a-first', 'b-first'] as const) {
      const [a, b] = [new Y.Doc(), new Y.Doc()];
      const undoA = annotationUndoManager(a, 'Ana');
      addAnnotation(a, sample('ann-1'), ana);
      syncAll(a, b);
      expect(editReply(a, 'ann-1', 'r1', 'Edited by A', ana, { at: T1 }).ok).toBe(true);
      expect(deleteAnnotation(b, 'ann-1', ben)).toBe(true);
      if (order === 'a-first') syncAll(a, b);
      else syncAll(b, a);
      for (const doc of [a, b]) expect(readAnnotations(doc)).toEqual({ annotations: [], problems: [] });
      // A's later edits are refused in words, and A's undo of the reply edit does not bring the annotation back.
      expect(editReply(a, 'ann-1', 'r1', 'again', ana)).toEqual({ ok: false, problem: expect.stringMatching(/no longer there/) });
      undoA.undo();
      syncAll(a, b);
      expect(readAnnotations(a)).toEqual(readAnnotations(b));
      expect(readAnnotations(a).problems).toEqual([]);
      undoA.destroy();
    }
  });

  // Client IDs decide which of two concurrent writes wins: both orders are tried.
  const pairs = (): Array<[Y.Doc, Y.Doc]> =>
    [[1, 2], [2, 1]].map(([x, y]) => {
      const [a, b] = [new Y.Doc(), new Y.Doc()];
      a.clientID = x;
      b.clientID = y;
      return [a, b];
    });

  it.each([0, 1])('undo takes back only your own edits, one at a time, and brings a deleted annotation back (client order %i)', (order) => {
    const [a, b] = pairs()[order];
    addAnnotation(a, sample('ann-1'));
    syncAll(a, b);
    const undoA = annotationUndoManager(a, 'Ana');
    editAnnotation(a, 'ann-1', { note: 'A1' }, ana, { at: T1 });
    editAnnotation(b, 'ann-1', { severity: 'low' }, ben, { at: T1 });
    syncAll(a, b);
    editReply(a, 'ann-1', 'r1', 'A edited', ana, { at: T2 });
    editAnnotation(a, 'ann-1', { categories: ['content-regulation'] }, ana, { at: T2 });
    syncAll(a, b);
    undoA.undo();
    expect(only(a)).toMatchObject({ categories: ['cybersecurity'], note: 'A1', severity: 'low' });
    expect(only(a).thread[0].text).toBe('A edited');
    undoA.undo();
    expect(only(a).thread[0].text).toBe('Agreed.');
    undoA.undo();
    expect(only(a)).toMatchObject({ note: sample('x').note, severity: 'low' });
    // Delete, then undo: the annotation is back, thread and all, and the teammate sees it.
    deleteAnnotation(a, 'ann-1', ana);
    syncAll(a, b);
    expect(readAnnotations(b).annotations).toEqual([]);
    undoA.undo();
    syncAll(a, b);
    expect(only(b)).toMatchObject({ id: 'ann-1', severity: 'low', thread: [{ id: 'r1', text: 'Agreed.' }] });
    expect(only(a)).toEqual(only(b));
    undoA.destroy();
  });
});

describe('undo never leaves an annotation unreadable (yjs/yjs#514, #472)', () => {
  const ana = annotationOrigin('Ana');
  const ben = annotationOrigin('Ben');
  const T1 = '2026-11-28T10:00:00.000Z';
  for (const [x, y] of [[1, 2], [2, 1]]) {
    const docs = (): [Y.Doc, Y.Doc] => {
      const [a, b] = [new Y.Doc(), new Y.Doc()];
      a.clientID = x;
      b.clientID = y;
      addAnnotation(a, sample('ann-1'));
      syncAll(a, b);
      return [a, b];
    };

    it(`A and B write the same field at once, then A undoes (client IDs ${x}, ${y})`, () => {
      const [a, b] = docs();
      const undoA = annotationUndoManager(a, 'Ana');
      editAnnotation(a, 'ann-1', { note: 'A says' }, ana, { at: T1 });
      editAnnotation(b, 'ann-1', { note: 'B says' }, ben, { at: T1 });
      syncAll(a, b);
      undoA.undo();
      syncAll(a, b);
      const [read] = readAnnotations(a).annotations;
      expect(readAnnotations(a).problems).toEqual([]);
      expect(['B says', '', sample('x').note]).toContain(read.note);
      expect(read.modified).toBe(T1);
      expect(readAnnotations(a)).toEqual(readAnnotations(b));
      undoA.destroy();
    });

    it(`A edits while B deletes the annotation, then B undoes the delete (client IDs ${x}, ${y})`, () => {
      const [a, b] = docs();
      const undoB = annotationUndoManager(b, 'Ben');
      editAnnotation(a, 'ann-1', { note: 'A says', assignee: 'Ana' }, ana, { at: T1 });
      editReply(a, 'ann-1', 'r1', 'Ana changed her reply', ana, { at: T1 });
      deleteAnnotation(b, 'ann-1', ben);
      syncAll(a, b);
      expect(readAnnotations(a).annotations).toEqual([]);
      undoB.undo();
      syncAll(a, b);
      const read = readAnnotations(b);
      expect(read.problems).toEqual([]);
      expect(read.annotations.map((r) => r.id)).toEqual(['ann-1']);
      expect(read).toEqual(readAnnotations(a));
      undoB.destroy();
    });
  }

  it('stamps modified after an undo or redo, on the annotations it changed', () => {
    const doc = new Y.Doc();
    addAnnotation(doc, sample('ann-1'));
    addAnnotation(doc, sample('ann-2'));
    const undo = annotationUndoManager(doc, 'Ana');
    const stop = stampUndoneAnnotations(doc, undo, 'Ana');
    editReply(doc, 'ann-2', 'r1', 'Changed', ana, { at: T1 });
    expect(readAnnotations(doc).annotations.map((r) => r.modified)).toEqual([T0, T0]);
    undo.undo();
    const [one, two] = readAnnotations(doc).annotations;
    expect(one.modified).toBe(T0);
    expect(two.modified > T1).toBe(true);
    expect(two.thread[0].text).toBe('Agreed.');
    // The stamp itself is not an undo step: redo still redoes the reply edit.
    expect(undo.canRedo()).toBe(true);
    undo.redo();
    expect(readAnnotations(doc).annotations[1].thread[0].text).toBe('Changed');
    deleteAnnotation(doc, 'ann-1', ana);
    undo.undo();
    expect(readAnnotations(doc).annotations[0].modified > T1).toBe(true);
    stop();
    undo.destroy();
  });
});
