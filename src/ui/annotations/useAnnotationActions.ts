import { useEffect, useMemo, useState } from 'react';
import type * as Y from 'yjs';
import { addAnnotation, addReply, annotationOrigin, annotationUndoManager, newAnnotationId, setAnnotationStatus, updateAnnotation } from '../../collab/index.ts';
import type { Annotation } from '../../core/model/index.ts';
import type { AnnotationActions } from './AnnotationCard.tsx';

/** Everything the sidebar does to the workspace's annotations, as this person, with undo for their own changes. */
export interface AnnotationWriter extends AnnotationActions {
  add: (annotation: Annotation) => void;
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
    setUndoManager(manager);
    return () => {
      manager.destroy();
      setUndoManager(null);
    };
  }, [doc, by]);
  return useMemo(() => {
    if (!doc || !undoManager) return null;
    const origin = annotationOrigin(by);
    return {
      add: (annotation) => addAnnotation(doc, annotation, origin),
      setStatus: (id, status) => void setAnnotationStatus(doc, id, status, origin),
      setSeverity: (id, severity) => void updateAnnotation(doc, id, { severity }, origin),
      reply: (id, text) => {
        const at = new Date().toISOString();
        addReply(doc, id, { id: newAnnotationId('reply'), author: by, text, created: at, modified: at }, origin);
      },
      undo: () => void undoManager.undo(),
      redo: () => void undoManager.redo(),
    };
  }, [doc, by, undoManager]);
}
