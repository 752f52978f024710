/** Hand-made annotations on the UI's sample resolution (res900), for the comparison views' unit tests. */
import { describe } from '../../../core/anchoring/index.ts';
import type { Annotation, AnnotationKind, Severity } from '../../../core/model/index.ts';
import { sampleResolution } from '../../testing/sampleDocument.ts';

/** An annotation on a clause of res900: the whole clause, or the first occurrence of `words` in it. */
export function sampleAnnotation(id: string, clause: string, categories: string[], options: { words?: string; kind?: AnnotationKind; severity?: Severity | null } = {}): Annotation {
  const doc = sampleResolution();
  const text = doc.sections.flatMap((s) => s.clauses).flatMap(function all(c): Array<{ id: string; text: string }> {
    return [c, ...c.children.flatMap(all)];
  }).find((c) => c.id === clause)?.text ?? '';
  const at = options.words ? text.indexOf(options.words) : -1;
  if (options.words && at === -1) throw new Error(`"${options.words}" is not in ${clause}`);
  return {
    id,
    target: options.words ? describe(doc, clause, { start: at, end: at + options.words.length }) : describe(doc, clause),
    kind: options.kind ?? 'risk',
    categories,
    sdgTargets: [],
    planTargets: [],
    severity: options.severity ?? null,
    status: 'open',
    assignee: null,
    note: 'Could be read as **state control**.',
    thread: [],
    author: 'amina',
    created: '2026-11-28T09:00:00Z',
    modified: '2026-11-28T09:00:00Z',
  };
}
