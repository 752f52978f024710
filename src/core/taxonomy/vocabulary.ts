/** The fixed words of an annotation: its kind, severity and status, with the labels the UI shows. */
import type { AnnotationKind, AnnotationStatus, Severity } from '../model/index.ts';

/** A fixed value with its label. */
export interface Term<T extends string> {
  id: T;
  label: string;
}

const terms = <T extends string>(list: Array<[T, string]>): ReadonlyArray<Term<T>> =>
  Object.freeze(list.map(([id, label]) => Object.freeze({ id, label })));

/** Kinds, in the order the tag picker offers them. */
export const ANNOTATION_KINDS = terms<AnnotationKind>([
  ['risk', 'Risk'],
  ['opportunity', 'Opportunity'],
  ['note', 'Note'],
]);

/** Severities, least serious first. */
export const SEVERITIES = terms<Severity>([
  ['low', 'Low'],
  ['medium', 'Medium'],
  ['high', 'High'],
  ['critical', 'Critical'],
]);

/** Statuses, in the order an annotation usually goes through them. */
export const STATUSES = terms<AnnotationStatus>([
  ['open', 'Open'],
  ['in-review', 'In review'],
  ['agreed', 'Agreed'],
  ['resolved', 'Resolved'],
]);

/** True when `value` is one of the terms' IDs. */
export function isTerm<T extends string>(list: ReadonlyArray<Term<T>>, value: unknown): value is T {
  return typeof value === 'string' && list.some((t) => t.id === value);
}
