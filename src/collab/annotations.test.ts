import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Annotation, AnnotationStatus } from '../core/model/index.ts';
import { makeAnnotation, TEST_TIME } from '../core/model/testkit/makeAnnotation.ts';
import { addAnnotation, addReply, annotationFromYjs, annotationToYjs, deleteAnnotation, deleteReply, editAnnotation, editReply, readAnnotations, setAnnotationStatus, stampUndoneAnnotations, updateAnnotation } from './annotations.ts';
import { annotationOrigin, isAnnotationOrigin } from './annotationsOrigin.ts';
import { annotationUndoManager } from './annotationsUndo.ts';
import { workspaceRoots } from './schema.ts';
import { syncAll } from './testing/linkDocs.ts';

const T0 = TEST_TIME;

/** A rated risk with every optional field filled: a quote, a note with markup, a reply. */
function sample(id: string, overrides: Partial<Annotation> = {}): Annotation {
  return makeAnnotation(id, {
    target: { clause: 'res130/resolves/3', quote: { exact: 'security', prefix: 'building confidence and ', suffix: ' in the use' }, position: { start: 24, end: 32 }, citation: 'resolves 3' },
    categories: ['cybersecurity'],
    sdgTargets: ['9.c'],
    severity: 'high',
    note: 'Watch *this* <script>alert(1)</script>',
    thread: [{ id: 'r1', author: 'Ana', text: 'Agreed.', created: T0, modified: T0 }],
    ...overrides,
  });
}

describe('annotation ↔ Yjs', () => {
  it('round-trips every field through a document', () => {
    const doc = new Y.Doc();
    const annotation = sample('ann-1');
    addAnnotation(doc, annotation);
    expect(readAnnotations(doc)).toEqual({ annotations: [annotation], problems: [] });
    const other = new Y.Doc();
    syncAll(doc, other);
    expect(annotationFromYjs('ann-1', workspaceRoots(other).annotations.get('ann-1'))).toEqual(annotation);
  });

  it('stores the thread as a Y.Array of reply maps and each field as its own entry', () => {
    const doc = new Y.Doc();
    workspaceRoots(doc).annotations.set('ann-1', annotationToYjs(sample('ann-1')));
    const map = workspaceRoots(doc).annotations.get('ann-1') as Y.Map<unknown>;
    expect(map.get('thread')).toBeInstanceOf(Y.Array);
    expect((map.get('thread') as Y.Array<unknown>).get(0)).toBeInstanceOf(Y.Map);
    expect(map.get('status')).toBe('open');
  });

  it('skips a record it cannot read and names the field', () => {
    const doc = new Y.Doc();
    const root = workspaceRoots(doc).annotations;
    root.set('bad', 'not a map');
    const wrong = annotationToYjs(sample('ann-2'));
    root.set('ann-2', wrong);
    wrong.set('status', 'maybe');
    const { annotations, problems } = readAnnotations(doc);
    expect(annotations).toEqual([]);
    expect(problems.map((p) => p.key).sort()).toEqual(['ann-2', 'bad']);
    expect(problems.find((p) => p.key === 'ann-2')?.reason).toMatch(/status/);
  });

  it('updates, replies, and deletes; unknown IDs are reported', () => {
    const doc = new Y.Doc();
    const origin = annotationOrigin('Ben');
    addAnnotation(doc, sample('ann-1'));
    expect(updateAnnotation(doc, 'ann-1', { severity: 'critical', assignee: 'Ben' }, origin, '2026-11-28T10:00:00.000Z')).toBe(true);
    expect(addReply(doc, 'ann-1', { id: 'r2', author: 'Ben', text: 'Why?', created: T0, modified: T0 }, origin)).toBe(true);
    const [read] = readAnnotations(doc).annotations;
    expect(read.severity).toBe('critical');
    expect(read.assignee).toBe('Ben');
    expect(read.modified).toBe('2026-11-28T10:00:00.000Z');
    expect(read.thread.map((r) => r.id)).toEqual(['r1', 'r2']);
    expect(setAnnotationStatus(doc, 'nope', 'agreed', origin)).toBe(false);
    expect(addReply(doc, 'nope', read.thread[0], origin)).toBe(false);
    expect(deleteAnnotation(doc, 'ann-1', origin)).toBe(true);
    expect(readAnnotations(doc).annotations).toEqual([]);
  });

  it('tags its transactions with an annotation origin recognised by tag', () => {
    const doc = new Y.Doc();
    const origins: unknown[] = [];
    doc.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));
    addAnnotation(doc, sample('ann-1'), annotationOrigin('Ana'));
    expect(isAnnotationOrigin(origins[0], 'Ana')).toBe(true);
    expect(isAnnotationOrigin({ app: 'clausewatch', kind: 'annotation', by: 'Ana' }, 'Ana')).toBe(true);
    expect(isAnnotationOrigin({ app: 'other', kind: 'annotation' })).toBe(false);
  });
});

describe('undo of your own annotation changes', () => {
  it('undoes only the local person’s changes, never a teammate’s', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    const undo = annotationUndoManager(a, 'Ana');
    addAnnotation(a, sample('ann-1'), annotationOrigin('Ana'));
    syncAll(a, b);
    addReply(b, 'ann-1', { id: 'rb', author: 'Ben', text: 'Reply from B', created: T0, modified: T0 }, annotationOrigin('Ben'));
    setAnnotationStatus(a, 'ann-1', 'agreed', annotationOrigin('Ana'));
    syncAll(a, b);
    undo.undo();
    let [read] = readAnnotations(a).annotations;
    expect(read.status).toBe('open');
    expect(read.thread.map((r) => r.id)).toEqual(['r1', 'rb']);
    undo.redo();
    [read] = readAnnotations(a).annotations;
    expect(read.status).toBe('agreed');
    undo.undo();
    undo.undo();
    expect(readAnnotations(a).annotations).toEqual([]);
    undo.destroy();
  });

  it('ignores a change by someone else on the same device (another origin)', () => {
    const doc = new Y.Doc();
    const undo = annotationUndoManager(doc, 'Ana');
    addAnnotation(doc, sample('ann-1'), annotationOrigin('Ben'));
    expect(undo.canUndo()).toBe(false);
    undo.destroy();
  });
});

type Op =
  | { kind: 'add'; client: number; id: string }
  | { kind: 'reply'; client: number; id: string; n: number }
  | { kind: 'status'; client: number; id: string; status: AnnotationStatus }
  | { kind: 'severity'; client: number; id: string; severity: 'low' | 'high' }
  | { kind: 'sync'; from: number; to: number };

describe('several clients annotating at once (seeded)', () => {
  const IDS = ['ann-a', 'ann-b', 'ann-c'];
  const client = fc.integer({ min: 0, max: 2 });
  const id = fc.constantFrom(...IDS);
  const op: fc.Arbitrary<Op> = fc.oneof(
    fc.record({ kind: fc.constant('add' as const), client, id }),
    fc.record({ kind: fc.constant('reply' as const), client, id, n: fc.nat(999) }),
    fc.record({ kind: fc.constant('status' as const), client, id, status: fc.constantFrom<AnnotationStatus>('open', 'in-review', 'agreed', 'resolved') }),
    fc.record({ kind: fc.constant('severity' as const), client, id, severity: fc.constantFrom('low' as const, 'high' as const) }),
    fc.record({ kind: fc.constant('sync' as const), from: client, to: client }),
  );

  it('converge on the same annotations, keep every reply made after the annotation arrived, and stay readable', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        const docs = [new Y.Doc(), new Y.Doc(), new Y.Doc()];
        const names = ['Ana', 'Ben', 'Chi'];
        // Replies that landed on the annotation record that survives (no later concurrent re-add replaced it).
        const replies = new Map<string, Set<string>>();
        let replyCount = 0;
        for (const step of ops) {
          if (step.kind === 'sync') {
            if (step.from !== step.to) Y.applyUpdate(docs[step.to], Y.encodeStateAsUpdate(docs[step.from], Y.encodeStateVector(docs[step.to])));
            continue;
          }
          const doc = docs[step.client];
          const origin = annotationOrigin(names[step.client]);
          if (step.kind === 'add') {
            if (!workspaceRoots(doc).annotations.has(step.id)) addAnnotation(doc, sample(step.id, { author: names[step.client], thread: [] }), origin);
          } else if (step.kind === 'reply') {
            const replyId = `r${replyCount++}`;
            if (addReply(doc, step.id, { id: replyId, author: names[step.client], text: `reply ${step.n}`, created: T0, modified: T0 }, origin)) {
              replies.set(replyId, new Set([step.id]));
            }
          } else if (step.kind === 'status') setAnnotationStatus(doc, step.id, step.status, origin, T0);
          else updateAnnotation(doc, step.id, { severity: step.severity }, origin, T0);
        }
        syncAll(...docs);
        const reads = docs.map((doc) => readAnnotations(doc));
        for (const read of reads) {
          expect(read.problems).toEqual([]);
          expect(read).toEqual(reads[0]);
        }
        // Every reply is either in its annotation's thread, or its annotation was concurrently
        // created by two clients and the other record won: then no reply may appear twice.
        const seen = reads[0].annotations.flatMap((a) => a.thread.map((r) => r.id));
        expect(new Set(seen).size).toBe(seen.length);
        for (const replyId of seen) expect(replies.has(replyId)).toBe(true);
      }),
      { seed: 20261128, numRuns: 150 },
    );
  });

  it('keeps both replies and both field changes when two clients work on one annotation at once', () => {
    const [a, b, c] = [new Y.Doc(), new Y.Doc(), new Y.Doc()];
    addAnnotation(a, sample('ann-1', { thread: [] }));
    syncAll(a, b, c);
    addReply(a, 'ann-1', { id: 'ra', author: 'Ana', text: 'A', created: T0, modified: T0 }, annotationOrigin('Ana'));
    addReply(b, 'ann-1', { id: 'rb', author: 'Ben', text: 'B', created: T0, modified: T0 }, annotationOrigin('Ben'));
    setAnnotationStatus(b, 'ann-1', 'resolved', annotationOrigin('Ben'), T0);
    updateAnnotation(c, 'ann-1', { assignee: 'Chi' }, annotationOrigin('Chi'), T0);
    syncAll(a, b, c);
    for (const doc of [a, b, c]) {
      const [read] = readAnnotations(doc).annotations;
      expect(read.thread.map((r) => r.id).sort()).toEqual(['ra', 'rb']);
      expect(read.status).toBe('resolved');
      expect(read.assignee).toBe('Chi');
    }
  });
});

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
