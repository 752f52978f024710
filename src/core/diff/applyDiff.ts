import type { Clause, Footnote, ItuDocument, Section, UnparsedBlock } from '../model/index.ts';
import { flattenDocument } from './flattenDocument.ts';
import type { FlatClause } from './flattenDocument.ts';
import { baseText, proposalText } from './hunkText.ts';
import type { ClauseChange, DocumentDiff, SectionChange } from './types.ts';

/**
 * Rebuilds the proposal from the base and a diff of the two: every clause's ID, label, text,
 * depth and order, the headings, footnotes, placed-aside text and the lines above the first
 * heading. Each change must fit the base: its equal and deleted text must be the base clause's
 * text exactly, otherwise this throws (the diff was made against another text). What a diff does
 * not carry (cross-references, footnote marker positions of changed clauses, page furniture) is
 * left out; the type, number and conference stay the base's.
 */
export function applyDiff(base: ItuDocument, diff: DocumentDiff): ItuDocument {
  const baseSections = flattenDocument(base);
  const byId = new Map<string, FlatClause>();
  for (const section of baseSections) for (const clause of section.clauses) byId.set(clause.id, clause);
  const sectionById = new Map(base.sections.map((section) => [section.id, section]));
  const originals = new Map<string, Clause>();
  const walk = (clause: Clause): void => {
    originals.set(clause.id, clause);
    clause.children.forEach(walk);
  };
  base.sections.forEach((section) => section.clauses.forEach(walk));

  // Clauses of the proposal, grouped by the proposal section they sit in, in order.
  const bySection = new Map<string, Array<{ change: ClauseChange; clause: Clause; depth: number }>>();
  for (const change of diff.changes) {
    if (change.op === 'SUP') {
      checkBase(change, byId);
      continue;
    }
    const text = proposalText(change.hunks);
    if (change.op !== 'ADD') checkBase(change, byId);
    const id = change.op === 'ADD' ? change.clause : change.to ?? change.clause;
    const original = change.op === 'NOC' ? originals.get(change.clause) : undefined;
    const clause: Clause = { id, label: change.label.to ?? '', text, children: [] };
    if (original?.notes) clause.notes = original.notes;
    if (original?.refs) clause.refs = original.refs;
    const section = change.toSection ?? change.section;
    const list = bySection.get(section) ?? [];
    list.push({ change, clause, depth: change.depth ?? 0 });
    bySection.set(section, list);
  }

  const sections: Section[] = [];
  const footnotes: Footnote[] = [];
  const unparsed: UnparsedBlock[] = [];
  const sectionChanges: SectionChange[] =
    diff.sections ?? base.sections.map((section) => ({ op: 'NOC', section: section.id, heading: { from: section.heading, to: section.heading }, part: section.part }));
  for (const change of sectionChanges) {
    if (change.op === 'SUP') continue;
    const id = change.to ?? change.section;
    const clauses = bySection.get(id) ?? [];
    if (change.part === 'footnotes') {
      for (const { clause } of clauses) footnotes.push({ id: clause.id, number: clause.label, text: clause.text });
      continue;
    }
    if (change.part === 'unparsed') {
      for (const { clause } of clauses) unparsed.push({ text: clause.text, reason: 'not placed in a clause' });
      continue;
    }
    const original = change.op === 'ADD' ? undefined : sectionById.get(change.section);
    const kind = id.slice(id.lastIndexOf('/') + 1);
    const section: Section = {
      id,
      heading: change.heading.to ?? '',
      part: change.part,
      kind: original && change.op !== 'MOVE' ? original.kind : kind,
      verb: original?.verb ?? '',
      addressee: original?.addressee ?? '',
      further: original?.further ?? false,
      clauses: nest(clauses),
    };
    const title = change.title ? change.title.to : original?.title;
    if (title) section.title = title;
    sections.push(section);
  }

  const front = new Map((diff.front ?? []).map((change) => [change.field, proposalText(change.hunks)]));
  return {
    ...base,
    id: diff.proposal,
    titleLine: front.get('titleLine') ?? base.titleLine,
    title: front.get('title') ?? base.title,
    preamble: front.get('preamble') ?? base.preamble,
    sections,
    footnotes,
    unparsed,
  };
}

function checkBase(change: ClauseChange, byId: Map<string, FlatClause>): void {
  const clause = byId.get(change.clause);
  if (!clause) throw new Error(`The diff changes clause ${change.clause}, which the base does not have`);
  const text = baseText(change.hunks);
  if (text !== clause.text) {
    throw new Error(`The diff of clause ${change.clause} does not fit the base: it reads ${JSON.stringify(text.slice(0, 80))}, the base ${JSON.stringify(clause.text.slice(0, 80))}`);
  }
}

/** Clauses in reading order with their depth → a tree: each goes under the last clause one level up. */
function nest(flat: Array<{ clause: Clause; depth: number }>): Clause[] {
  const roots: Clause[] = [];
  const open: Clause[] = [];
  for (const { clause, depth } of flat) {
    open.length = Math.min(open.length, depth);
    const parent = open.at(-1);
    if (parent) parent.children.push(clause);
    else roots.push(clause);
    open.push(clause);
  }
  return roots;
}
