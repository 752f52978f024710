import { useEffect, useMemo, useState } from 'react';
import type * as Y from 'yjs';
import { addAnnotation, addReply, annotationOrigin, annotationUndoManager, deleteAnnotation, deleteReply, editAnnotation, editReply, newAnnotationId, stampUndoneAnnotations } from '../../collab/index.ts';
import type { AnnotationPatch, EditResult } from '../../collab/index.ts';
import type { Annotation } from '../../core/model/index.ts';

/**
 * Everything the sidebar does to the workspace's annotations, as this person, with undo for their
 * own changes. Every change goes through src/collab/annotations.ts with this person's annotation
 * origin; edits are checked against the vocabulary and say in words why one was refused.
 */
export interface AnnotationWriter {
  /** The display name changes are made as (the author of the replies this person may edit). */
  by: string;
  add: (annotation: Annotation) => void;
  /** Changes some fields (note, kind, severity, assignee, tags…); only those that differ are written. */
  edit: (id: string, patch: AnnotationPatch) => EditResult;
  remove: (id: string) => void;
  reply: (id: string, text: string) => void;
  editReply: (id: string, replyId: string, text: string) => EditResult;
  deleteReply: (id: string, replyId: string) => EditResult;
  undo: () => void;
  redo: () => void;
}

/** The writer for `doc` as `by`; null when not in a workspace. */
export function useAnnotationActions(doc: Y.Doc | null, by: string): AnnotationWriter | null {
  const [undoManager, setUndoManager] = useState<Y.UndoManager | null>(null);
  // Made and destroyed in one effect, so that a discarded render never leaves a destroyed manager in use.
  useEffect(() => {
    if (!doc) return;
    const manager = annotationUndoManager(doc, by);
    const stopStamping = stampUndoneAnnotations(doc, manager, by);
    setUndoManager(manager);
    return () => {
      stopStamping();
      manager.destroy();
      setUndoManager(null);
    };
  }, [doc, by]);
  return useMemo(() => {
    if (!doc || !undoManager) return null;
    const origin = annotationOrigin(by);
    return {
      by,
      add: (annotation) => addAnnotation(doc, annotation, origin),
      edit: (id, patch) => editAnnotation(doc, id, patch, origin),
      remove: (id) => void deleteAnnotation(doc, id, origin),
      reply: (id, text) => {
        const at = new Date().toISOString();
        addReply(doc, id, { id: newAnnotationId('reply'), author: by, text, created: at, modified: at }, origin);
      },
      editReply: (id, replyId, text) => editReply(doc, id, replyId, text, origin),
      deleteReply: (id, replyId) => deleteReply(doc, id, replyId, origin),
      undo: () => void undoManager.undo(),
      redo: () => void undoManager.redo(),
    } satisfies AnnotationWriter;
  }, [doc, by, undoManager]);
}
