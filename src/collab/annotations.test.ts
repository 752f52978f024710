// Annotations in Yjs: reading and writing records, origins, and undo of your own changes.
// Concurrent clients: annotations.concurrent.test.ts; editing after the fact: annotations.edit.test.ts.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { TEST_TIME } from '../core/model/testkit/makeAnnotation.ts';
import { addAnnotation, addReply, annotationFromYjs, annotationToYjs, deleteAnnotation, readAnnotations, setAnnotationStatus, updateAnnotation } from './annotations.ts';
import { annotationOrigin, isAnnotationOrigin } from './annotationsOrigin.ts';
import { annotationUndoManager } from './annotationsUndo.ts';
import { workspaceRoots } from './schema.ts';
import { syncAll } from './testing/linkDocs.ts';
import { sampleAnnotation as sample } from './testing/sampleAnnotation.ts';

const T0 = TEST_TIME;

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
