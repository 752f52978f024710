/**
 * Shape checks for documents read back from a workspace. Another client (an older or newer
 * Clausewatch, or a buggy script with an editor token) may have written anything; the reader
 * must never crash on it, so a value that is not a readable ItuDocument is reported, not used.
 */
import type { Clause, DocumentType, ItuDocument, Section, SectionPart } from '../core/model/index.ts';

const TYPES: ReadonlySet<string> = new Set<DocumentType>(['resolution', 'decision', 'recommendation', 'strategic-plan', 'other']);
const PARTS: ReadonlySet<string> = new Set<SectionPart>(['preamble', 'operative', 'annex']);

type Fields = Record<string, unknown>;

const isFields = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);
const isString = (value: unknown): value is string => typeof value === 'string';

function clauseProblem(value: unknown, where: string, depth: number): string | null {
  if (depth > 64) return `${where} is nested more than 64 levels deep`;
  if (!isFields(value)) return `${where} is not a clause`;
  if (!isString(value.id) || !isString(value.label) || !isString(value.text)) return `${where} lacks its id, label or text`;
  if (!Array.isArray(value.children)) return `clause ${value.id} has no list of sub-items`;
  for (const [i, child] of value.children.entries()) {
    const problem = clauseProblem(child, `sub-item ${i + 1} of ${value.id}`, depth + 1);
    if (problem) return problem;
  }
  return null;
}

function sectionProblem(value: unknown, where: string): string | null {
  if (!isFields(value)) return `${where} is not a section`;
  if (!isString(value.id) || !isString(value.heading)) return `${where} lacks its id or heading`;
  if (!isString(value.part) || !PARTS.has(value.part)) return `section ${value.id} has an unknown part "${String(value.part)}"`;
  if (!Array.isArray(value.clauses)) return `section ${value.id} has no list of clauses`;
  for (const [i, clause] of value.clauses.entries()) {
    const problem = clauseProblem(clause, `clause ${i + 1} of ${value.id}`, 0);
    if (problem) return problem;
  }
  return null;
}

/**
 * Why `value` is not a readable document (in plain words), or null when it is one. Fields this
 * version does not know are allowed: consumers ignore them.
 */
export function documentProblem(value: unknown): string | null {
  if (!isFields(value)) return 'not a document';
  if (!isString(value.id) || value.id === '') return 'the document has no ID';
  if (!isString(value.type) || !TYPES.has(value.type)) return `${value.id} has an unknown type "${String(value.type)}"`;
  for (const field of ['number', 'revision', 'title', 'titleLine'] as const) {
    if (!isString(value[field])) return `${value.id} has no ${field}`;
  }
  if (!Array.isArray(value.sections)) return `${value.id} has no list of sections`;
  for (const [i, section] of value.sections.entries()) {
    const problem = sectionProblem(section, `section ${i + 1} of ${value.id}`);
    if (problem) return problem;
  }
  return null;
}

/**
 * The value as a document, with the optional lists a reader relies on filled in (`footnotes`,
 * `unparsed`, section fields); null when it is not one (see documentProblem).
 */
export function readDocument(value: unknown): ItuDocument | null {
  if (documentProblem(value) !== null) return null;
  const doc = value as ItuDocument & Fields;
  const sections: Section[] = doc.sections.map((section) => ({
    ...section,
    kind: isString(section.kind) ? section.kind : '',
    verb: isString(section.verb) ? section.verb : '',
    addressee: isString(section.addressee) ? section.addressee : '',
    further: section.further === true,
    clauses: section.clauses as Clause[],
  }));
  return {
    ...doc,
    conference: isString(doc.conference) ? doc.conference : '',
    preamble: isString(doc.preamble) ? doc.preamble : '',
    sections,
    footnotes: Array.isArray(doc.footnotes) ? doc.footnotes : [],
    unparsed: Array.isArray(doc.unparsed) ? doc.unparsed : [],
  };
}
