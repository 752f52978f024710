/**
 * The `annotations` root: one Y.Map per annotation, keyed by its ID. Every field is its own map
 * entry, so two people changing different fields (one the status, the other the severity) both
 * keep their change; the thread is a Y.Array of reply maps, so concurrent replies all survive.
 * Records arrive from other clients, so they are read back through the core's validation and an
 * unreadable one is skipped with the reason. Edits after the fact (editAnnotation, editReply,
 * deleteReply) are checked the same way before anything is written, and only the fields that
 * change are written; `modified` is stamped in a transaction of its own (see AnnotationStampOrigin).
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

/**
 * What an editable field reads as when its key is absent. Yjs' undo can remove a map key that two
 * people wrote at once, or that one changed while another deleted the annotation and then undid
 * that (yjs/yjs#514, #472): the annotation stays readable, the field empty, `modified` = `created`.
 */
const ABSENT: Partial<Record<(typeof PLAIN_FIELDS)[number], unknown>> = { kind: 'note', categories: [], sdgTargets: [], planTargets: [], severity: null, status: 'open', assignee: null, note: '' };

/** A reply as stored, with a lost `modified` read as `created`; null when its text was lost (nothing to show). */
function replyRecord(reply: unknown): unknown {
  if (!(reply instanceof Y.Map)) return reply;
  const record = reply.toJSON() as Record<string, unknown>;
  if (!reply.has('text')) return null;
  if (!reply.has('modified')) record.modified = record.created;
  return record;
}

/** A stored annotation read back and checked against the vocabulary, or the reason it cannot be read. */
export function annotationFromYjs(key: string, value: unknown, taxonomy: Taxonomy = DEFAULT_TAXONOMY): Annotation | ReadProblem {
  if (!(value instanceof Y.Map)) return { key, reason: 'the stored value is not an annotation' };
  const record: Record<string, unknown> = {};
  for (const field of PLAIN_FIELDS) record[field] = value.has(field) || !(field in ABSENT) ? value.get(field) : ABSENT[field];
  if (!value.has('modified')) record.modified = record.created;
  const thread: unknown = value.get('thread');
  record.thread = thread instanceof Y.Array ? thread.toArray().map(replyRecord).filter((reply) => reply !== null) : thread === undefined ? [] : thread;
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

/**
 * The origin of `modified` stamps: tagged like every Clausewatch origin, and deliberately not an
 * annotation origin, so that no undo manager captures a stamp. Undo then never deletes one: Yjs'
 * undo of a map key that someone else also wrote removes the key (yjs/yjs#514), and every edit
 * writes `modified`. An undo or redo is stamped afresh (stampUndoneAnnotations).
 */
export interface AnnotationStampOrigin {
  readonly app: 'clausewatch';
  readonly kind: 'annotation-stamp';
  readonly by: string;
}

/** Sets `modified` on the annotations that still exist, in a transaction of its own (see AnnotationStampOrigin). */
function stamp(doc: Y.Doc, ids: Iterable<string>, by: string, at: string): void {
  const origin: AnnotationStampOrigin = { app: 'clausewatch', kind: 'annotation-stamp', by };
  doc.transact(() => {
    for (const id of ids) annotationMap(doc, id)?.set('modified', at);
  }, origin);
}

/**
 * Keeps `modified` true to undo: after each undo or redo of `undoManager`, sets `modified` on every
 * annotation it changed. Returns a function that stops it.
 */
export function stampUndoneAnnotations(doc: Y.Doc, undoManager: Y.UndoManager, by: string): () => void {
  const root = workspaceRoots(doc).annotations;
  const handler = (event: { changedParentTypes: ReadonlyMap<unknown, readonly unknown[]> }): void => {
    const ids = new Set<string>();
    event.changedParentTypes.forEach((events, type) => {
      if (type === root) for (const e of events) if (e instanceof Y.YMapEvent && e.target === root) e.keysChanged.forEach((key: string) => ids.add(key));
      // Climb from the changed type (an annotation, its thread, a reply) to the annotation under the root.
      let item = type instanceof Y.AbstractType ? type._item : null;
      while (item && item.parent !== root) item = item.parent instanceof Y.AbstractType ? item.parent._item : null;
      if (item?.parentSub) ids.add(item.parentSub);
    });
    if (ids.size > 0) stamp(doc, ids, by, nowIso());
  };
  undoManager.on('stack-item-popped', handler);
  return () => undoManager.off('stack-item-popped', handler);
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
  }, origin);
  stamp(doc, [id], origin.by, at);
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

/** What became of an edit: saved (`changed` false when it changed nothing), or why it was refused, in plain words. */
export type EditResult = { ok: true; changed: boolean } | { ok: false; problem: string };

const GONE = 'This annotation is no longer there: someone deleted it.';
const REPLY_GONE = 'This reply is no longer there: someone deleted it.';

/** The annotation under `id` read back and checked, or why it cannot be edited. */
function readForEdit(doc: Y.Doc, id: string, taxonomy: Taxonomy): { map: Y.Map<unknown>; annotation: Annotation } | { problem: string } {
  const map = annotationMap(doc, id);
  if (!map) return { problem: GONE };
  const read = annotationFromYjs(id, map, taxonomy);
  if ('reason' in read) return { problem: `This annotation cannot be edited because it is damaged: ${read.reason}` };
  return { map, annotation: read };
}

/** The changed annotation checked against the vocabulary: null when it is fine, else what is wrong. */
function problemWith(changed: Annotation, taxonomy: Taxonomy): string | null {
  const checked = validateAnnotation(changed, taxonomy);
  return checked.ok ? null : `Not saved: ${describeErrors(checked.errors)}`;
}

/**
 * Edits some fields of an annotation after checking the result against the vocabulary (an unknown
 * category, a bad severity, an empty assignee or an over-long note is refused and nothing is
 * written). Only the fields whose value really changes are written, each as its own map entry,
 * in one transaction (then `modified` is stamped, see AnnotationStampOrigin): so a teammate's
 * concurrent change to another field survives, and undo takes back exactly this edit.
 */
export function editAnnotation(doc: Y.Doc, id: string, patch: AnnotationPatch, origin: AnnotationOrigin, options: { taxonomy?: Taxonomy; at?: string } = {}): EditResult {
  const taxonomy = options.taxonomy ?? DEFAULT_TAXONOMY;
  const found = readForEdit(doc, id, taxonomy);
  if ('problem' in found) return { ok: false, problem: found.problem };
  const changed = Object.entries(patch).filter(
    ([field, value]) => value !== undefined && JSON.stringify(value) !== JSON.stringify(found.annotation[field as keyof AnnotationPatch]),
  ) as Array<[keyof AnnotationPatch, unknown]>;
  if (changed.length === 0) return { ok: true, changed: false };
  const problem = problemWith({ ...found.annotation, ...Object.fromEntries(changed) }, taxonomy);
  if (problem) return { ok: false, problem };
  doc.transact(() => {
    for (const [field, value] of changed) found.map.set(field, plainJson(value));
  }, origin);
  stamp(doc, [id], origin.by, options.at ?? nowIso());
  return { ok: true, changed: true };
}

interface OwnReply {
  map: Y.Map<unknown>;
  annotation: Annotation;
  thread: Y.Array<unknown>;
  index: number;
  reply: Y.Map<unknown>;
}

/** The reply `replyId` of an annotation, if `origin.by` wrote it; else why it may not be changed. */
function ownReply(doc: Y.Doc, id: string, replyId: string, origin: AnnotationOrigin, taxonomy: Taxonomy): OwnReply | { problem: string } {
  const found = readForEdit(doc, id, taxonomy);
  if ('problem' in found) return { problem: found.problem };
  const thread = found.map.get('thread');
  const read = found.annotation.thread.find((r) => r.id === replyId);
  const index = thread instanceof Y.Array ? thread.toArray().findIndex((r: unknown) => r instanceof Y.Map && r.get('id') === replyId) : -1;
  if (!read || index < 0) return { problem: REPLY_GONE };
  if (read.author !== origin.by) return { problem: `Only ${read.author} can change this reply.` };
  return { ...found, thread: thread as Y.Array<unknown>, index, reply: (thread as Y.Array<unknown>).get(index) as Y.Map<unknown> };
}

/** Changes the text of your own reply (its `modified` too); refused when it is someone else's, empty or too long. */
export function editReply(doc: Y.Doc, id: string, replyId: string, text: string, origin: AnnotationOrigin, options: { taxonomy?: Taxonomy; at?: string } = {}): EditResult {
  const taxonomy = options.taxonomy ?? DEFAULT_TAXONOMY;
  const found = ownReply(doc, id, replyId, origin, taxonomy);
  if ('problem' in found) return { ok: false, problem: found.problem };
  if (found.reply.get('text') === text) return { ok: true, changed: false };
  if (text.trim() === '') return { ok: false, problem: 'Not saved: the reply is empty (delete it instead).' };
  const thread = found.annotation.thread.map((r) => (r.id === replyId ? { ...r, text } : r));
  const problem = problemWith({ ...found.annotation, thread }, taxonomy);
  if (problem) return { ok: false, problem };
  doc.transact(() => {
    found.reply.set('text', text);
    found.reply.set('modified', options.at ?? nowIso());
  }, origin);
  return { ok: true, changed: true };
}

/** Deletes your own reply from an annotation's thread (and updates the annotation's `modified`); refused when it is someone else's. */
export function deleteReply(doc: Y.Doc, id: string, replyId: string, origin: AnnotationOrigin, options: { taxonomy?: Taxonomy; at?: string } = {}): EditResult {
  const found = ownReply(doc, id, replyId, origin, options.taxonomy ?? DEFAULT_TAXONOMY);
  if ('problem' in found) return { ok: false, problem: found.problem };
  doc.transact(() => found.thread.delete(found.index, 1), origin);
  stamp(doc, [id], origin.by, options.at ?? nowIso());
  return { ok: true, changed: true };
}
