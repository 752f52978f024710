/** Checks an annotation read from storage or a file against the model and a workspace's vocabulary. */
import type { Annotation, AnnotationReply, AnnotationTarget } from '../model/index.ts';
import { sdgTarget } from './sdgs.ts';
import { findCategory, findPlanOpportunity } from './taxonomy.ts';
import type { Taxonomy } from './taxonomy.ts';
import { fieldPath, invalid, isRecord, showValue, valid } from './validation.ts';
import type { FieldError, Validation } from './validation.ts';
import { isTerm } from './vocabulary.ts';

/** A clause ID: a document ID and at least one more segment, no spaces (`res130/resolves/3`). */
export const CLAUSE_ID = /^[^\s/]+(?:\/[^\s/]+)+$/;
/** A Strategic Plan goal or target ID: `sp-2024-2027/goal/1`, `sp-2024-2027/target/1.1`. */
const PLAN_ID = /^([^\s/]+)\/(goal|target)\/[^\s/]+$/;
/** An ISO 8601 date-time: `2026-11-28T09:30:00Z` (fractions and offsets allowed). */
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;
/** Generous bounds so a corrupted or hostile record cannot make the UI render megabytes. */
const MAX_ID_LENGTH = 200;
const MAX_NAME_LENGTH = 200;
const MAX_TEXT_LENGTH = 100_000;

/** Collects errors while reading one record. */
class Checker {
  readonly errors: FieldError[] = [];
  fail(field: string, message: string): void {
    this.errors.push({ field, message });
  }
  text(value: unknown, field: string, what: string, options: { empty?: boolean; max?: number } = {}): string {
    const max = options.max ?? MAX_NAME_LENGTH;
    if (typeof value !== 'string') this.fail(field, `expected ${what} (a text), got ${showValue(value)}`);
    else if (!options.empty && value.trim() === '') this.fail(field, `${what} is empty`);
    else if (value.length > max) this.fail(field, `${what} is ${value.length} characters long; the limit is ${max}`);
    else return value;
    return '';
  }
  timestamp(value: unknown, field: string): string {
    if (typeof value !== 'string' || !TIMESTAMP.test(value) || Number.isNaN(Date.parse(value))) {
      this.fail(field, `expected a date and time such as "2026-11-28T09:30:00Z", got ${showValue(value)}`);
      return '';
    }
    return value;
  }
  list(value: unknown, field: string, check: (item: string, at: string) => string | null): string[] {
    if (!Array.isArray(value)) {
      this.fail(field, `expected a list, got ${showValue(value)}`);
      return [];
    }
    const out: string[] = [];
    value.forEach((item, i) => {
      const at = fieldPath(field, i);
      if (typeof item !== 'string') return this.fail(at, `expected a text, got ${showValue(item)}`);
      if (out.includes(item)) return this.fail(at, `"${item}" is listed twice`);
      const problem = check(item, at);
      if (problem) this.fail(at, problem);
      else out.push(item);
    });
    return out;
  }
}

/** Checks a target: clause ID, quote, position (which must fit the quote), relative positions. */
export function validateTarget(input: unknown, field = 'target'): Validation<AnnotationTarget> {
  const c = new Checker();
  if (!isRecord(input)) return invalid([{ field, message: `expected a target with a clause ID, got ${showValue(input)}` }]);
  const target: AnnotationTarget = { clause: '' };
  const at = (key: string): string => fieldPath(field, key);
  if (typeof input.clause !== 'string' || !CLAUSE_ID.test(input.clause) || input.clause.length > MAX_ID_LENGTH) {
    c.fail(at('clause'), `expected a clause ID such as "res130/resolves/3", got ${showValue(input.clause)}`);
  } else target.clause = input.clause;
  if (input.quote !== undefined) {
    const q = input.quote;
    if (!isRecord(q)) c.fail(at('quote'), `expected a quote with exact, prefix and suffix, got ${showValue(q)}`);
    else {
      const exact = c.text(q.exact, fieldPath(at('quote'), 'exact'), 'the quoted text', { max: MAX_TEXT_LENGTH });
      const prefix = c.text(q.prefix, fieldPath(at('quote'), 'prefix'), 'the text before the quote', { empty: true, max: MAX_TEXT_LENGTH });
      const suffix = c.text(q.suffix, fieldPath(at('quote'), 'suffix'), 'the text after the quote', { empty: true, max: MAX_TEXT_LENGTH });
      target.quote = { exact, prefix, suffix };
    }
  }
  if (input.position !== undefined) {
    const p = input.position;
    const ok = isRecord(p) && Number.isSafeInteger(p.start) && Number.isSafeInteger(p.end) && (p.start as number) >= 0 && (p.end as number) >= (p.start as number);
    if (!ok) c.fail(at('position'), 'expected start and end offsets, whole numbers with 0 ≤ start ≤ end');
    else {
      const position = { start: p.start as number, end: p.end as number };
      if (target.quote && position.end - position.start !== target.quote.exact.length) {
        c.fail(at('position'), `the position covers ${position.end - position.start} characters but the quote has ${target.quote.exact.length}`);
      }
      target.position = position;
    }
  }
  if (input.relative !== undefined) {
    const r = input.relative;
    if (!isRecord(r) || typeof r.start !== 'string' || typeof r.end !== 'string') c.fail(at('relative'), 'expected encoded start and end positions (texts)');
    else target.relative = { start: r.start, end: r.end };
  }
  if (input.citation !== undefined) target.citation = c.text(input.citation, at('citation'), 'the citation');
  return c.errors.length > 0 ? invalid(c.errors) : valid(target);
}

function reply(input: unknown, field: string, c: Checker): AnnotationReply {
  if (!isRecord(input)) {
    c.fail(field, `expected a reply with an author and a text, got ${showValue(input)}`);
    return { id: '', author: '', text: '', created: '', modified: '' };
  }
  return {
    id: c.text(input.id, fieldPath(field, 'id'), 'the reply ID', { max: MAX_ID_LENGTH }),
    author: c.text(input.author, fieldPath(field, 'author'), 'the author'),
    text: c.text(input.text, fieldPath(field, 'text'), 'the reply', { max: MAX_TEXT_LENGTH }),
    created: c.timestamp(input.created, fieldPath(field, 'created')),
    modified: c.timestamp(input.modified, fieldPath(field, 'modified')),
  };
}

/**
 * Checks an annotation: every field of the model, categories known to the taxonomy, SDG targets
 * among the 169, plan goals and targets well formed (and present when their plan is loaded).
 * Returns the annotation as a fresh object, or every error with its field.
 */
export function validateAnnotation(input: unknown, taxonomy: Taxonomy, field = ''): Validation<Annotation> {
  if (!isRecord(input)) return invalid([{ field, message: `expected an annotation, got ${showValue(input)}` }]);
  const c = new Checker();
  const at = (key: string): string => fieldPath(field, key);
  const target = validateTarget(input.target, at('target'));
  if (!target.ok) c.errors.push(...target.errors);
  const kind = input.kind;
  if (!isTerm(taxonomy.kinds, kind)) c.fail(at('kind'), `expected one of ${taxonomy.kinds.map((k) => k.id).join(', ')}, got ${showValue(kind)}`);
  const categories = c.list(input.categories, at('categories'), (id) =>
    findCategory(taxonomy, id) ? null : `unknown category "${id}"; known: ${taxonomy.categories.map((k) => k.id).join(', ')}`,
  );
  const sdgTargets = c.list(input.sdgTargets, at('sdgTargets'), (id) =>
    sdgTarget(id)?.id === id ? null : `"${id}" is not an SDG target (they look like "9.c" or "17.8")`,
  );
  const planTargets = c.list(input.planTargets, at('planTargets'), (id) => {
    const m = PLAN_ID.exec(id);
    if (!m) return `"${id}" is not a Strategic Plan goal or target (they look like "sp-2024-2027/target/1.1")`;
    const loaded = taxonomy.plans.some((p) => p.document === m[1]);
    return !loaded || findPlanOpportunity(taxonomy, id) ? null : `the plan "${m[1]}" has no ${m[2]} "${id.slice(id.lastIndexOf('/') + 1)}"`;
  });
  const severity = input.severity;
  if (severity !== null && !isTerm(taxonomy.severities, severity)) {
    c.fail(at('severity'), `expected null or one of ${taxonomy.severities.map((s) => s.id).join(', ')}, got ${showValue(severity)}`);
  }
  const status = input.status;
  if (!isTerm(taxonomy.statuses, status)) c.fail(at('status'), `expected one of ${taxonomy.statuses.map((s) => s.id).join(', ')}, got ${showValue(status)}`);
  const assignee = input.assignee === null ? null : c.text(input.assignee, at('assignee'), 'the assignee');
  const thread: AnnotationReply[] = [];
  if (!Array.isArray(input.thread)) c.fail(at('thread'), `expected a list of replies, got ${showValue(input.thread)}`);
  else input.thread.forEach((item, i) => thread.push(reply(item, fieldPath(at('thread'), i), c)));
  const annotation: Annotation = {
    id: c.text(input.id, at('id'), 'the annotation ID', { max: MAX_ID_LENGTH }),
    target: target.ok ? target.value : { clause: '' },
    kind: kind as Annotation['kind'],
    categories,
    sdgTargets,
    planTargets,
    severity: severity as Annotation['severity'],
    status: status as Annotation['status'],
    assignee,
    note: c.text(input.note, at('note'), 'the note', { empty: true, max: MAX_TEXT_LENGTH }),
    thread,
    author: c.text(input.author, at('author'), 'the author'),
    created: c.timestamp(input.created, at('created')),
    modified: c.timestamp(input.modified, at('modified')),
  };
  return c.errors.length > 0 ? invalid(c.errors) : valid(annotation);
}
