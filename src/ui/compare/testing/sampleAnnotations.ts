/** Hand-made annotations on the UI's sample resolution (res900), for the comparison views' unit tests. */
import { targetOn } from '../../../core/anchoring/testkit/targetOn.ts';
import type { Annotation, AnnotationKind, Severity } from '../../../core/model/index.ts';
import { makeAnnotation } from '../../../core/model/testkit/makeAnnotation.ts';
import { sampleResolution } from '../../testing/sampleDocument.ts';

/** An annotation on a clause of res900: the whole clause, or the first occurrence of `words` in it. */
export function sampleAnnotation(id: string, clause: string, categories: string[], options: { words?: string; kind?: AnnotationKind; severity?: Severity | null } = {}): Annotation {
  return makeAnnotation(id, {
    target: targetOn(sampleResolution(), clause, options.words),
    kind: options.kind ?? 'risk',
    categories,
    severity: options.severity ?? null,
    note: 'Could be read as **state control**.',
    author: 'amina',
  });
}
