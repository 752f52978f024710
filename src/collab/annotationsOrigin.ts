/**
 * The origin of annotation changes. Like the other Clausewatch origins it is tagged
 * (`{ app: 'clausewatch', kind: 'annotation', by }`) and recognised by its tag; it is also an
 * instance of a class, because Yjs' UndoManager picks the transactions it tracks by origin or by
 * the origin's constructor, and "undo" must undo only this person's annotation changes.
 */

/** The origin of a transaction that changed annotations. */
export class AnnotationOrigin {
  readonly app = 'clausewatch' as const;
  readonly kind = 'annotation' as const;
  /** Display name of the person who made the change. */
  constructor(readonly by: string) {}
}

/** A fresh origin for annotation changes made by `by`. */
export function annotationOrigin(by: string): AnnotationOrigin {
  return new AnnotationOrigin(by);
}

/** True when a transaction's origin is an annotation change (by tag, not identity), optionally by `by`. */
export function isAnnotationOrigin(origin: unknown, by?: string): boolean {
  if (typeof origin !== 'object' || origin === null) return false;
  const candidate = origin as { app?: unknown; kind?: unknown; by?: unknown };
  return candidate.app === 'clausewatch' && candidate.kind === 'annotation' && (by === undefined || candidate.by === by);
}
