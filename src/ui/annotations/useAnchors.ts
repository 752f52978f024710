import { useMemo } from 'react';
import { anchor } from '../../core/anchoring/index.ts';
import type { Anchor } from '../../core/anchoring/index.ts';
import type { Annotation, ItuDocument } from '../../core/model/index.ts';

/** Where each annotation stands in the current text of its document (by annotation ID). */
export function useAnchors(annotations: readonly Annotation[], documents: readonly ItuDocument[]): ReadonlyMap<string, Anchor> {
  return useMemo(() => {
    const byId = new Map(documents.map((doc) => [doc.id, doc]));
    const out = new Map<string, Anchor>();
    for (const annotation of annotations) {
      const doc = byId.get(annotation.target.clause.split('/')[0]);
      out.set(
        annotation.id,
        doc ? anchor(annotation.target, doc) : { state: 'orphaned', clause: null, span: null, from: null, reason: 'its text is not in the library' },
      );
    }
    return out;
  }, [annotations, documents]);
}
