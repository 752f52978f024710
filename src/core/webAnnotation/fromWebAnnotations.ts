/** W3C Web Annotation JSON-LD → annotations (the paired writer is toWebAnnotations). */
import type { Annotation, AnnotationReply } from '../model/index.ts';
import { fieldPath, findCategory, invalid, isRecord, isTerm, sdgTarget, showValue, valid, validateAnnotation } from '../taxonomy/index.ts';
import type { FieldError, Taxonomy, Validation } from '../taxonomy/index.ts';
import { readWebAnnotations } from './readWebAnnotations.ts';
import type { ReadAnnotation, ReadBody } from './readWebAnnotations.ts';
import { ANNOTATION_IRI, REPLY_IRI, SDG_TAG, fromIri } from './types.ts';

/** Purposes whose body is the note itself (no purpose at all counts as a note, as in most tools). */
const NOTE_PURPOSES = new Set(['commenting', 'describing', 'oa:commenting', 'oa:describing']);
/** A plan goal or target ID: `sp-2024-2027/target/1.1`. */
const PLAN_TAG = /^[^\s/]+\/(?:goal|target)\/[^\s/]+$/;

function author(record: Record<string, unknown>, field: string, errors: FieldError[]): string {
  const creator = record.creator;
  const name = typeof creator === 'string' ? creator : isRecord(creator) ? [creator.name, creator.nickname, creator.id].find((v) => typeof v === 'string' && v.trim() !== '') : undefined;
  if (typeof name === 'string' && name.trim() !== '') return name.trim();
  errors.push({ field: fieldPath(field, 'creator'), message: 'who wrote the annotation is missing: expected a creator with a name' });
  return '';
}

function timestamps(record: Record<string, unknown>, field: string, errors: FieldError[]): { created: string; modified: string } {
  const check = (key: string, value: unknown): string => {
    if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(Date.parse(value))) return value;
    errors.push({ field: fieldPath(field, key), message: `expected a date and time such as "2026-11-28T09:30:00Z", got ${showValue(value)}` });
    return '';
  };
  const created = check('created', record.created);
  return { created, modified: record.modified === undefined ? created : check('modified', record.modified) };
}

/** Sorts a tag into categories, SDG targets or plan targets; returns an error message for an unknown one. */
function tag(body: ReadBody, taxonomy: Taxonomy, into: Pick<Annotation, 'categories' | 'sdgTargets' | 'planTargets'>): string | null {
  const value = body.value.trim();
  const add = (list: string[], item: string): string | null => (list.includes(item) ? `"${item}" is given twice` : (list.push(item), null));
  if (findCategory(taxonomy, value)) return add(into.categories, value);
  if (body.purpose === 'classifying') return `unknown risk category "${value}"; known: ${taxonomy.categories.map((c) => c.id).join(', ')}`;
  const sdg = /^(?:sdg:|sdg\s+)(.+)$/i.exec(value);
  if (sdg) {
    const target = sdgTarget(sdg[1]);
    return target ? add(into.sdgTargets, target.id) : `"${sdg[1]}" is not an SDG target (they look like "9.c" or "17.8")`;
  }
  if (PLAN_TAG.test(value)) return add(into.planTargets, value);
  return `unknown tag "${value}": expected a risk category, an SDG target ("${SDG_TAG}9.c") or a Strategic Plan goal or target ("sp-2024-2027/target/1.1")`;
}

function toAnnotation(read: ReadAnnotation, taxonomy: Taxonomy, errors: FieldError[]): Annotation {
  const { record, field } = read;
  const at = (key: string): string => fieldPath(field, key);
  const tags: Pick<Annotation, 'categories' | 'sdgTargets' | 'planTargets'> = { categories: [], sdgTargets: [], planTargets: [] };
  const notes: string[] = [];
  for (const body of read.bodies) {
    if (body.purpose === null || NOTE_PURPOSES.has(body.purpose)) notes.push(body.value);
    else if (body.purpose === 'tagging' || body.purpose === 'classifying' || body.purpose === 'oa:tagging' || body.purpose === 'oa:classifying') {
      const problem = tag({ ...body, purpose: body.purpose.replace(/^oa:/, '') }, taxonomy, tags);
      if (problem) errors.push({ field: body.field, message: problem });
    } else errors.push({ field: body.field.replace(/\.value$/, '.purpose'), message: `the purpose "${body.purpose}" is not one Clausewatch reads (commenting, tagging, classifying)` });
  }
  const kind = record['cw:kind'] ?? (tags.categories.length > 0 ? 'risk' : tags.sdgTargets.length + tags.planTargets.length > 0 ? 'opportunity' : 'note');
  if (!isTerm(taxonomy.kinds, kind)) errors.push({ field: at('cw:kind'), message: `expected one of ${taxonomy.kinds.map((k) => k.id).join(', ')}, got ${showValue(kind)}` });
  const severity = record['cw:severity'] ?? null;
  if (severity !== null && !isTerm(taxonomy.severities, severity)) errors.push({ field: at('cw:severity'), message: `expected one of ${taxonomy.severities.map((s) => s.id).join(', ')}, got ${showValue(severity)}` });
  const status = record['cw:status'] ?? 'open';
  if (!isTerm(taxonomy.statuses, status)) errors.push({ field: at('cw:status'), message: `expected one of ${taxonomy.statuses.map((s) => s.id).join(', ')}, got ${showValue(status)}` });
  const assignee = record['cw:assignee'] ?? null;
  if (assignee !== null && (typeof assignee !== 'string' || assignee.trim() === '')) errors.push({ field: at('cw:assignee'), message: `expected a name or null, got ${showValue(assignee)}` });
  return {
    id: fromIri(read.iri, ANNOTATION_IRI),
    target: read.target!,
    kind: kind as Annotation['kind'],
    ...tags,
    severity: severity as Annotation['severity'],
    status: status as Annotation['status'],
    assignee: assignee as string | null,
    note: notes.join('\n\n'),
    thread: [],
    author: author(record, field, errors),
    ...timestamps(record, field, errors),
  };
}

function toReply(read: ReadAnnotation, errors: FieldError[]): AnnotationReply {
  const text = read.bodies.find((b) => b.purpose === null || b.purpose === 'replying' || NOTE_PURPOSES.has(b.purpose));
  if (!text) errors.push({ field: fieldPath(read.field, 'body'), message: 'a reply needs a TextualBody with its text' });
  return { id: fromIri(read.iri, REPLY_IRI), author: author(read.record, read.field, errors), text: text?.value ?? '', ...timestamps(read.record, read.field, errors) };
}

/**
 * Reads Web Annotations (an AnnotationCollection, a JSON array or one annotation, as written by
 * toWebAnnotations or another tool) into annotations, replies joined to their threads (oldest
 * first). Tags must be known to the taxonomy. Without `cw:` fields, the kind follows the tags
 * (a category makes a risk, an SDG or plan target an opportunity, else a note), status is open,
 * severity and assignee unset. All or nothing: any error, and nothing is returned but the errors.
 */
export function fromWebAnnotations(json: unknown, taxonomy: Taxonomy): Validation<Annotation[]> {
  const read = readWebAnnotations(json);
  if (!read.ok) return read;
  const errors: FieldError[] = [];
  const annotations = new Map<string, { annotation: Annotation; field: string }>();
  for (const item of read.value) if (!item.replyTo) annotations.set(item.iri, { annotation: toAnnotation(item, taxonomy, errors), field: item.field });
  for (const item of read.value) {
    if (!item.replyTo) continue;
    const parent = annotations.get(item.replyTo);
    if (!parent) errors.push({ field: fieldPath(item.field, 'target'), message: `replies to "${item.replyTo}", which is not an annotation in this file` });
    else parent.annotation.thread.push(toReply(item, errors));
  }
  const out: Annotation[] = [];
  for (const { annotation, field } of annotations.values()) {
    annotation.thread.sort((a, b) => Date.parse(a.created) - Date.parse(b.created));
    // The model's own rules (lengths, shapes) as a last check; the fields above are already named in the file's terms.
    const checked = errors.length === 0 ? validateAnnotation(annotation, taxonomy, field) : null;
    if (checked && !checked.ok) errors.push(...checked.errors);
    out.push(annotation);
  }
  return errors.length > 0 ? invalid(errors) : valid(out);
}
