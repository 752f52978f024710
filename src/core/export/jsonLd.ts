/**
 * The risk summary as W3C Web Annotations (JSON-LD): one AnnotationCollection holding every
 * matching annotation and its replies, written by core/webAnnotation, with what a brief adds as
 * `cw:` terms. fromJsonLd reads such a file back into annotations (the round trip).
 */
import type { Annotation } from '../model/index.ts';
import { ImportError } from '../import/index.ts';
import { RISK_CATEGORIES, buildTaxonomy, describeErrors, isRecord } from '../taxonomy/index.ts';
import type { Taxonomy } from '../taxonomy/index.ts';
import { ANNOTATION_CONTEXT, ANNOTATION_IRI, fromIri, fromWebAnnotations, toWebAnnotations } from '../webAnnotation/index.ts';
import type { RiskSummary, SummaryEntry } from './types.ts';

/** The annotation an entry was made from; without the stored one, what the entry itself holds. */
function annotationOf(entry: SummaryEntry): Annotation {
  if (entry.annotation) return entry.annotation;
  const { id, kind, categories, sdgTargets, planTargets, severity, status, assignee, note, author, created, modified } = entry;
  const target: Annotation['target'] = { clause: entry.clause };
  if (entry.quote !== null) target.quote = { exact: entry.quote, prefix: '', suffix: '' };
  return { id, target, kind, categories, sdgTargets, planTargets, severity, status, assignee, note, thread: [], author, created, modified };
}

/** What the brief knows about an annotation beyond the W3C model: where it stands now, and the proposals on its clause. */
function briefTerms(entry: SummaryEntry): Record<string, unknown> {
  return {
    'cw:document': entry.document.name,
    'cw:anchorState': entry.anchor.state,
    'cw:anchorReason': entry.anchor.reason,
    'cw:anchoredClause': entry.clause,
    'cw:anchoredCitation': entry.citation,
    'cw:replies': entry.thread.replies,
    'cw:proposals': entry.effects.map((e) => ({ 'cw:proposal': e.proposal, 'cw:proposer': e.proposer, 'cw:op': e.op, 'cw:status': e.status })),
  };
}

/** The workspace's own categories among the entries' tags, with the names the summary gives them. */
function workspaceCategories(summary: RiskSummary): Array<{ id: string; label: string }> {
  const builtIn = new Set(RISK_CATEGORIES.map((c) => c.id));
  const names = new Map(summary.risks.map((g) => [g.category, g.name]));
  const ids = [...new Set(summary.entries.flatMap((e) => e.categories))].filter((id) => !builtIn.has(id)).sort();
  return ids.map((id) => ({ id, label: names.get(id) ?? id }));
}

/**
 * A value as JSON.stringify(value, null, 2) writes it as an item of the collection's page, six
 * spaces in: wrapped three lists deep, and the wrapping cut off again (12 characters each side).
 */
/**
 * One item of the page: compact JSON on a line of its own. A pretty-printed item is about 1.7 times
 * the bytes (10,000 annotations: 31 MB instead of 18), and one line per annotation still reads and
 * diffs well.
 */
const asItem = (value: unknown): string => `      ${JSON.stringify(value)}`;

/** The Web Annotations of one entry: the annotation, with the brief's terms, then its replies. */
function entryItems(entry: SummaryEntry): object[] {
  const annotation = annotationOf(entry);
  const [main, ...replies] = toWebAnnotations(annotation);
  if (annotation.target.citation !== undefined && typeof main.target !== 'string') {
    main.target = { ...main.target, 'cw:citation': annotation.target.citation } as typeof main.target;
  }
  return [{ ...main, ...briefTerms(entry) }, ...replies];
}

/**
 * The JSON-LD export in pieces (the collection's head, then one piece per annotation or reply),
 * so that a large export can be encoded as it is written; joined, they are toJsonLd's text.
 */
export function* jsonLdPieces(summary: RiskSummary): Generator<string> {
  const head: Record<string, unknown> = {
    '@context': ANNOTATION_CONTEXT,
    type: 'AnnotationCollection',
    label: `Clausewatch risk summary: ${summary.workspace}`,
    'cw:workspace': summary.workspace,
  };
  if (summary.generated !== null) head['cw:generated'] = summary.generated;
  head['cw:filters'] = summary.filters;
  head['cw:categories'] = workspaceCategories(summary);
  head.total = summary.entries.reduce((n, entry) => n + 1 + (entry.annotation ? entry.annotation.thread.length : 0), 0);
  // Laid out like JSON.stringify(collection, null, 2), but each item compact on one line; written an annotation at a time.
  yield `${JSON.stringify(head, null, 2).slice(0, -2)},\n  "first": {\n    "type": "AnnotationPage",\n    "items": [`;
  let first = true;
  for (const entry of summary.entries) {
    for (const item of entryItems(entry)) {
      yield `${first ? '\n' : ',\n'}${asItem(item)}`;
      first = false;
    }
  }
  yield `${first ? '' : '\n    '}]\n  }\n}\n`;
}

/**
 * The summary's entries as one W3C AnnotationCollection (JSON text, two-space indent, final line
 * break). Each annotation keeps its W3C form (see toWebAnnotations: FragmentSelector with the clause
 * ID, TextQuoteSelector, `classifying` / `tagging` bodies, `replying` annotations for the thread);
 * the target carries `cw:citation` (how the clause was cited when annotated), the annotation
 * `cw:anchorState`, `cw:anchorReason`, `cw:anchoredClause`, `cw:anchoredCitation`, `cw:document`,
 * `cw:replies` and `cw:proposals`. The collection carries `cw:workspace`, `cw:generated` (when set),
 * `cw:filters` and `cw:categories` (the workspace's own categories, so the file reads back alone).
 */
export function toJsonLd(summary: RiskSummary): string {
  return [...jsonLdPieces(summary)].join('');
}

/** The taxonomy a file's tags are read with: the built-in one plus the file's own `cw:categories`. */
function taxonomyOf(json: unknown, file: string): Taxonomy {
  const own = isRecord(json) ? json['cw:categories'] : undefined;
  const built = buildTaxonomy(own === undefined ? {} : { workspaceCategories: own });
  if (!built.ok) throw new ImportError(file, describeErrors(built.errors.map((e) => ({ ...e, field: e.field.replace(/^workspaceCategories/, 'cw:categories') }))));
  return built.value;
}

/** `cw:citation` of each annotation's target, by annotation ID. */
function citations(json: unknown): Map<string, string> {
  const out = new Map<string, string>();
  const page = isRecord(json) && isRecord(json.first) ? json.first : null;
  const items = Array.isArray(json) ? json : page && Array.isArray(page.items) ? page.items : [json];
  for (const item of items) {
    if (!isRecord(item) || typeof item.id !== 'string' || !isRecord(item.target)) continue;
    const citation = item.target['cw:citation'];
    if (typeof citation === 'string') out.set(fromIri(item.id, ANNOTATION_IRI), citation);
  }
  return out;
}

/**
 * Reads a JSON-LD export (or any W3C Web Annotation file Clausewatch can read) back into
 * annotations, replies in their threads. Tags are checked against `taxonomy`, by default the
 * built-in one plus the file's own `cw:categories`. All or nothing: on any problem it throws an
 * ImportError whose message names the file and each field at fault
 * (`brief.jsonld: first.items[3].target.selector: no FragmentSelector with the clause ID`).
 */
export function fromJsonLd(text: string, file = 'JSON-LD file', taxonomy?: Taxonomy): Annotation[] {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ImportError(file, `not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const read = fromWebAnnotations(json, taxonomy ?? taxonomyOf(json, file));
  if (!read.ok) throw new ImportError(file, describeErrors(read.errors));
  const cited = citations(json);
  return read.value.map((a) => (cited.has(a.id) ? { ...a, target: { ...a.target, citation: cited.get(a.id)! } } : a));
}
