/**
 * Reading W3C Web Annotations: an AnnotationCollection (pages embedded), a JSON array, or a single
 * annotation. Checks the structure strictly and finds each annotation's clause (FragmentSelector),
 * quote (TextQuoteSelector) and position (TextPositionSelector); every error names its field.
 * Selectors of other types are alternatives for other tools and are ignored.
 */
import type { AnnotationTarget } from '../model/index.ts';
import { CLAUSE_ID, fieldPath, invalid, isRecord, showValue, valid } from '../taxonomy/index.ts';
import type { FieldError, Validation } from '../taxonomy/index.ts';

/** A body with a text value: the note, a tag, a reply's text. */
export interface ReadBody {
  purpose: string | null;
  value: string;
  field: string;
}

/** One annotation as read, before it is turned into the model. */
export interface ReadAnnotation {
  iri: string;
  /** Its place in the file, for error messages: `[2]`, `first.items[2]`. */
  field: string;
  record: Record<string, unknown>;
  /** For a `replying` annotation: the IRI of the annotation it answers; else null. */
  replyTo: string | null;
  /** For any other annotation: the clause and span it targets; else null. */
  target: AnnotationTarget | null;
  bodies: ReadBody[];
}

/** After this many errors a file is clearly not what it should be: stop listing. */
const MAX_ERRORS = 20;

const types = (value: unknown): string[] => (typeof value === 'string' ? [value] : Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
const isType = (record: Record<string, unknown>, name: string): boolean => types(record.type).some((t) => t === name || t === `oa:${name}`);
const list = (value: unknown): unknown[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/** The annotations of a file with the field path of each, or an error naming what the file is not. */
function items(json: unknown): Validation<Array<{ value: unknown; field: string }>> {
  if (Array.isArray(json)) return valid(json.map((value, i) => ({ value, field: `[${i}]` })));
  if (!isRecord(json)) return invalid([{ field: '', message: 'expected an AnnotationCollection, a list of annotations or an annotation' }]);
  if (isType(json, 'Annotation')) return valid([{ value: json, field: '' }]);
  if (!isType(json, 'AnnotationCollection')) {
    return invalid([{ field: 'type', message: `expected "AnnotationCollection" or "Annotation", got ${showValue(json.type)}` }]);
  }
  const out: Array<{ value: unknown; field: string }> = [];
  let page: unknown = json.first;
  let field = 'first';
  const seen = new Set<unknown>();
  while (page !== undefined) {
    if (typeof page === 'string') return invalid([{ field, message: 'the page is given by its address only; Clausewatch reads collections whose pages are embedded in the file' }]);
    if (!isRecord(page) || seen.has(page)) return invalid([{ field, message: 'expected an AnnotationPage with items' }]);
    seen.add(page);
    if (!Array.isArray(page.items)) return invalid([{ field: fieldPath(field, 'items'), message: `expected a list of annotations, got ${showValue(page.items)}` }]);
    page.items.forEach((value, i) => out.push({ value, field: fieldPath(fieldPath(field, 'items'), i) }));
    page = page.next;
    field = fieldPath(field, 'next');
  }
  return valid(out);
}

/** Collects the quote and position selectors of a selector and its refinements. */
function selectors(value: unknown, field: string, found: { fragment: Array<{ value: unknown; field: string }>; quote: Array<{ value: Record<string, unknown>; field: string }>; position: Array<{ value: Record<string, unknown>; field: string }> }, errors: FieldError[]): void {
  list(value).forEach((selector, i) => {
    const at = Array.isArray(value) ? fieldPath(field, i) : field;
    if (!isRecord(selector)) return void errors.push({ field: at, message: `expected a selector, got ${showValue(selector)}` });
    if (isType(selector, 'FragmentSelector')) found.fragment.push({ value: selector.value, field: fieldPath(at, 'value') });
    else if (isType(selector, 'TextQuoteSelector')) found.quote.push({ value: selector, field: at });
    else if (isType(selector, 'TextPositionSelector')) found.position.push({ value: selector, field: at });
    if (selector.refinedBy !== undefined) selectors(selector.refinedBy, fieldPath(at, 'refinedBy'), found, errors);
  });
}

function readTarget(value: unknown, field: string, errors: FieldError[]): AnnotationTarget | null {
  const targets = list(value);
  if (targets.length !== 1) {
    errors.push({ field, message: targets.length === 0 ? 'the annotation has no target' : 'an annotation may target one clause only' });
    return null;
  }
  const at = Array.isArray(value) ? fieldPath(field, 0) : field;
  const target = targets[0];
  if (!isRecord(target) || target.selector === undefined) {
    errors.push({ field: at, message: 'expected a target with a FragmentSelector whose value is the clause ID, and a TextQuoteSelector' });
    return null;
  }
  const found = { fragment: [] as Array<{ value: unknown; field: string }>, quote: [] as Array<{ value: Record<string, unknown>; field: string }>, position: [] as Array<{ value: Record<string, unknown>; field: string }> };
  const before = errors.length;
  selectors(target.selector, fieldPath(at, 'selector'), found, errors);
  if (errors.length > before) return null;
  if (found.fragment.length !== 1) {
    errors.push({ field: fieldPath(at, 'selector'), message: found.fragment.length === 0 ? 'no FragmentSelector with the clause ID' : 'more than one FragmentSelector' });
    return null;
  }
  const [fragment] = found.fragment;
  if (typeof fragment.value !== 'string' || !CLAUSE_ID.test(fragment.value)) {
    errors.push({ field: fragment.field, message: `expected a clause ID such as "res130/resolves/3", got ${showValue(fragment.value)}` });
    return null;
  }
  const result: AnnotationTarget = { clause: fragment.value };
  if (found.quote.length > 1) errors.push({ field: found.quote[1].field, message: 'more than one TextQuoteSelector' });
  const quote = found.quote[0];
  if (quote) {
    const { exact, prefix = '', suffix = '' } = quote.value;
    if (typeof exact !== 'string' || exact === '') errors.push({ field: fieldPath(quote.field, 'exact'), message: `expected the quoted text, got ${showValue(exact)}` });
    else if (typeof prefix !== 'string') errors.push({ field: fieldPath(quote.field, 'prefix'), message: `expected a text, got ${showValue(prefix)}` });
    else if (typeof suffix !== 'string') errors.push({ field: fieldPath(quote.field, 'suffix'), message: `expected a text, got ${showValue(suffix)}` });
    else result.quote = { exact, prefix, suffix };
  }
  if (found.position.length > 1) errors.push({ field: found.position[1].field, message: 'more than one TextPositionSelector' });
  const position = found.position[0];
  if (position) {
    const { start, end } = position.value;
    if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || (start as number) < 0 || (end as number) < (start as number)) {
      errors.push({ field: position.field, message: 'expected start and end offsets, whole numbers with 0 ≤ start ≤ end' });
    } else if (result.quote && (end as number) - (start as number) !== result.quote.exact.length) {
      errors.push({ field: position.field, message: `the position covers ${(end as number) - (start as number)} characters but the quote has ${result.quote.exact.length}` });
    } else result.position = { start: start as number, end: end as number };
  }
  return result;
}

function readBodies(record: Record<string, unknown>, field: string, errors: FieldError[]): ReadBody[] {
  const out: ReadBody[] = [];
  if (record.bodyValue !== undefined) {
    if (typeof record.bodyValue !== 'string') errors.push({ field: fieldPath(field, 'bodyValue'), message: `expected a text, got ${showValue(record.bodyValue)}` });
    else out.push({ purpose: null, value: record.bodyValue, field: fieldPath(field, 'bodyValue') });
  }
  const bodies = list(record.body);
  bodies.forEach((body, i) => {
    const at = Array.isArray(record.body) ? fieldPath(fieldPath(field, 'body'), i) : fieldPath(field, 'body');
    if (!isRecord(body) || typeof body.value !== 'string' || (body.type !== undefined && !isType(body, 'TextualBody'))) {
      return void errors.push({ field: at, message: 'expected a TextualBody with a text value' });
    }
    if (body.purpose !== undefined && typeof body.purpose !== 'string') return void errors.push({ field: fieldPath(at, 'purpose'), message: `expected a text, got ${showValue(body.purpose)}` });
    out.push({ purpose: (body.purpose as string | undefined) ?? null, value: body.value, field: fieldPath(at, 'value') });
  });
  return out;
}

function replyTarget(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (isRecord(value)) return typeof value.id === 'string' ? value.id : typeof value.source === 'string' ? value.source : null;
  return null;
}

/** Reads the annotations of a Web Annotation file (already parsed from JSON). */
export function readWebAnnotations(json: unknown): Validation<ReadAnnotation[]> {
  const found = items(json);
  if (!found.ok) return found;
  const errors: FieldError[] = [];
  const out: ReadAnnotation[] = [];
  const seen = new Map<string, string>();
  for (const { value, field } of found.value) {
    if (errors.length >= MAX_ERRORS) break;
    const at = (key: string): string => fieldPath(field, key);
    if (!isRecord(value) || !isType(value, 'Annotation')) {
      errors.push({ field, message: 'expected an annotation (an object whose type is "Annotation")' });
      continue;
    }
    const iri = value.id;
    if (typeof iri !== 'string' || iri.trim() === '') {
      errors.push({ field: at('id'), message: `expected the annotation's ID (an IRI such as "urn:uuid:…"), got ${showValue(iri)}` });
      continue;
    }
    if (seen.has(iri)) errors.push({ field: at('id'), message: `"${iri}" is also the ID of ${seen.get(iri) || 'the annotation'}` });
    seen.set(iri, field);
    const before = errors.length;
    const replying = types(value.motivation).includes('replying') || types(value.motivation).includes('oa:replying');
    const replyTo = replying ? replyTarget(value.target) : null;
    if (replying && replyTo === null) errors.push({ field: at('target'), message: 'a reply must target the ID of the annotation it answers' });
    const target = replying ? null : readTarget(value.target, at('target'), errors);
    const bodies = readBodies(value, field, errors);
    if (errors.length === before) out.push({ iri, field, record: value, replyTo, target, bodies });
  }
  return errors.length > 0 ? invalid(errors.slice(0, MAX_ERRORS)) : valid(out);
}
