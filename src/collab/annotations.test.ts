import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Annotation, AnnotationStatus } from '../core/model/index.ts';
import { addAnnotation, addReply, annotationFromYjs, annotationToYjs, deleteAnnotation, readAnnotations, setAnnotationStatus, updateAnnotation } from './annotations.ts';
import { annotationOrigin, isAnnotationOrigin } from './annotationsOrigin.ts';
import { annotationUndoManager } from './annotationsUndo.ts';
import { workspaceRoots } from './schema.ts';
import { syncAll } from './testing/linkDocs.ts';

const T0 = '2026-11-28T09:00:00.000Z';

function sample(id: string, overrides: Partial<Annotation> = {}): Annotation {
  return {
    id,
    target: { clause: 'res130/resolves/3', quote: { exact: 'security', prefix: 'building confidence and ', suffix: ' in the use' }, position: { start: 24, end: 32 }, citation: 'resolves 3' },
    kind: 'risk',
    categories: ['cybersecurity'],
    sdgTargets: ['9.c'],
    planTargets: [],
    severity: 'high',
    status: 'open',
    assignee: null,
    note: 'Watch *this* <script>alert(1)</script>',
    thread: [{ id: 'r1', author: 'Ana', text: 'Agreed.', created: T0, modified: T0 }],
    author: 'Ana',
    created: T0,
    modified: T0,
    ...overrides,
  };
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
