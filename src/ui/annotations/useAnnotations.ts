import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { observeAnnotations, readAnnotations } from '../../collab/index.ts';
import type { Annotation } from '../../core/model/index.ts';

/** The workspace's readable annotations, kept up to date with every change from here or elsewhere. */
export function useAnnotations(doc: Y.Doc | null): Annotation[] {
  const [annotations, setAnnotations] = useState<Annotation[]>(() => (doc ? readAnnotations(doc).annotations : []));
  useEffect(() => {
    if (!doc) {
      setAnnotations([]);
      return;
    }
    setAnnotations(readAnnotations(doc).annotations);
    return observeAnnotations(doc, () => setAnnotations(readAnnotations(doc).annotations));
  }, [doc]);
  return annotations;
}
