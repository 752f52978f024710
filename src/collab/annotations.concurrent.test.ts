// Several clients annotating at once: seeded random runs and a hand-made case (see also annotations.test.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { AnnotationStatus } from '../core/model/index.ts';
import { TEST_TIME } from '../core/model/testkit/makeAnnotation.ts';
import { addAnnotation, addReply, readAnnotations, setAnnotationStatus, updateAnnotation } from './annotations.ts';
import { annotationOrigin } from './annotationsOrigin.ts';
import { workspaceRoots } from './schema.ts';
import { syncAll } from './testing/linkDocs.ts';
import { sampleAnnotation as sample } from './testing/sampleAnnotation.ts';

const T0 = TEST_TIME;

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
