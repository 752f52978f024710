/**
 * Undo for your own annotation changes: an UndoManager scoped to the `annotations` root that
 * tracks only local transactions with this person's annotation origin, so undoing never takes
 * back a teammate's reply or status change.
 */
import * as Y from 'yjs';
import { AnnotationOrigin, isAnnotationOrigin } from './annotationsOrigin.ts';
import { workspaceRoots } from './schema.ts';

/** An UndoManager over the workspace's annotations that undoes only `by`'s local changes. */
export function annotationUndoManager(doc: Y.Doc, by: string): Y.UndoManager {
  return new Y.UndoManager(workspaceRoots(doc).annotations, {
    // Yjs matches tracked origins by identity or constructor; the tag check below narrows it to this person.
    trackedOrigins: new Set([AnnotationOrigin]),
    // Undo and redo run with the manager itself as origin; they must be captured to be redone.
    captureTransaction: (transaction) => transaction.local && (transaction.origin instanceof Y.UndoManager || isAnnotationOrigin(transaction.origin, by)),
    captureTimeout: 0,
  });
}
