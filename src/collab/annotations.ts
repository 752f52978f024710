/**
 * The `annotations` root: one Y.Map per annotation, keyed by its ID. Every field is its own map
 * entry, so two people changing different fields (one the status, the other the severity) both
 * keep their change; the thread is a Y.Array of reply maps, so concurrent replies all survive.
 * Records arrive from other clients, so they are read back through the core's validation and an
 * unreadable one is skipped with the reason.
 */
import * as Y from 'yjs';
import type { Annotation, AnnotationReply, AnnotationStatus } from '../core/model/index.ts';
import { DEFAULT_TAXONOMY, describeErrors, validateAnnotation } from '../core/taxonomy/index.ts';
import type { Taxonomy } from '../core/taxonomy/index.ts';
import { annotationOrigin } from './annotationsOrigin.ts';
import type { AnnotationOrigin } from './annotationsOrigin.ts';
import { nowIso, plainJson, workspaceRoots } from './schema.ts';
import type { ReadProblem } from './schema.ts';

/** The fields of an annotation that a person edits after making it (everything else is fixed). */
export type AnnotationPatch = Partial<Pick<Annotation, 'kind' | 'categories' | 'sdgTargets' | 'planTargets' | 'severity' | 'status' | 'assignee' | 'note'>>;

const PLAIN_FIELDS = ['id', 'target', 'kind', 'categories', 'sdgTargets', 'planTargets', 'severity', 'status', 'assignee', 'note', 'author', 'created', 'modified'] as const;
const REPLY_FIELDS = ['id', 'author', 'text', 'created', 'modified'] as const;

/** A reply's Y.Map, not yet in a thread. */
export function replyToYjs(reply: AnnotationReply): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  for (const field of REPLY_FIELDS) map.set(field, reply[field]);
  return map;
}

/** An annotation's Y.Map, not yet in a document: insert it under `annotation.id`. */
export function annotationToYjs(annotation: Annotation): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  for (const field of PLAIN_FIELDS) map.set(field, plainJson(annotation[field]));
  const thread = new Y.Array<Y.Map<unknown>>();
  thread.push(annotation.thread.map(replyToYjs));
  map.set('thread', thread);
  return map;
}

/** A stored annotation read back and checked against the vocabulary, or the reason it cannot be read. */
export function annotationFromYjs(key: string, value: unknown, taxonomy: Taxonomy = DEFAULT_TAXONOMY): Annotation | ReadProblem {
  if (!(value instanceof Y.Map)) return { key, reason: 'the stored value is not an annotation' };
  const record: Record<string, unknown> = {};
  for (const field of PLAIN_FIELDS) record[field] = value.get(field);
  const thread: unknown = value.get('thread');
  record.thread = thread instanceof Y.Array ? thread.toArray().map((reply: unknown) => (reply instanceof Y.Map ? reply.toJSON() : reply)) : thread;
  if (record.id !== key) return { key, reason: `the annotation stored under "${key}" says its ID is ${JSON.stringify(record.id)}` };
  const checked = validateAnnotation(record, taxonomy);
  return checked.ok ? checked.value : { key, reason: describeErrors(checked.errors) };
}

/** Every readable annotation of the workspace (oldest first), and what could not be read. */
export function readAnnotations(doc: Y.Doc, taxonomy: Taxonomy = DEFAULT_TAXONOMY): { annotations: Annotation[]; problems: ReadProblem[] } {
  const annotations: Annotation[] = [];
  const problems: ReadProblem[] = [];
  workspaceRoots(doc).annotations.forEach((value, key) => {
    const read = annotationFromYjs(key, value, taxonomy);
    if ('reason' in read) problems.push(read);
    else annotations.push(read);
  });
  annotations.sort((a, b) => a.created.localeCompare(b.created) || a.id.localeCompare(b.id));
  return { annotations, problems };
}

/** Calls `listener` after every change to any annotation, from here or elsewhere; returns a function that stops it. */
export function observeAnnotations(doc: Y.Doc, listener: () => void): () => void {
  const root = workspaceRoots(doc).annotations;
  const handler = (): void => listener();
  root.observeDeep(handler);
  return () => root.unobserveDeep(handler);
}

/** A new random annotation or reply ID (`ann-` and 16 hex digits). */
export function newAnnotationId(prefix = 'ann'): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return `${prefix}-${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** Puts an annotation into the workspace (replacing one with the same ID). */
export function addAnnotation(doc: Y.Doc, annotation: Annotation, origin: AnnotationOrigin = annotationOrigin(annotation.author)): void {
  doc.transact(() => workspaceRoots(doc).annotations.set(annotation.id, annotationToYjs(annotation)), origin);
}

function annotationMap(doc: Y.Doc, id: string): Y.Map<unknown> | null {
  const map = workspaceRoots(doc).annotations.get(id);
  return map instanceof Y.Map ? map : null;
}

/** Changes some fields of an annotation, each on its own; false when there is no such annotation. */
export function updateAnnotation(doc: Y.Doc, id: string, patch: AnnotationPatch, origin: AnnotationOrigin, at: string = nowIso()): boolean {
  const map = annotationMap(doc, id);
  if (!map) return false;
  doc.transact(() => {
    for (const [field, value] of Object.entries(patch)) if (value !== undefined) map.set(field, plainJson(value));
    map.set('modified', at);
  }, origin);
  return true;
}

/** Sets an annotation's status (open, in review, agreed, resolved). */
export function setAnnotationStatus(doc: Y.Doc, id: string, status: AnnotationStatus, origin: AnnotationOrigin, at: string = nowIso()): boolean {
  return updateAnnotation(doc, id, { status }, origin, at);
}

/** Adds a reply at the end of an annotation's thread; false when there is no such annotation. */
export function addReply(doc: Y.Doc, id: string, reply: AnnotationReply, origin: AnnotationOrigin): boolean {
  const map = annotationMap(doc, id);
  if (!map) return false;
  doc.transact(() => {
    let thread = map.get('thread');
    if (!(thread instanceof Y.Array)) {
      thread = new Y.Array<Y.Map<unknown>>();
      map.set('thread', thread);
    }
    (thread as Y.Array<Y.Map<unknown>>).push([replyToYjs(reply)]);
  }, origin);
  return true;
}

/** Removes an annotation and its thread; false when there was none. */
export function deleteAnnotation(doc: Y.Doc, id: string, origin: AnnotationOrigin): boolean {
  const root = workspaceRoots(doc).annotations;
  if (!root.has(id)) return false;
  doc.transact(() => root.delete(id), origin);
  return true;
}
