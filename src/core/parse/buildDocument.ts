import type { Clause, Footnote, ItuDocument, Section, UnparsedBlock } from '../model/index.ts';
import { SiblingKeys } from '../model/index.ts';
import type { ClauseDraft } from './clauseTree.ts';
import { resolveCrossRefs } from './crossRefs.ts';
import { attachFootnoteMarkers } from './footnoteMarkers.ts';

/** A section while it is being built. */
export interface SectionDraft {
  heading: string;
  part: Section['part'];
  kind: string;
  verb: string;
  addressee: string;
  further: boolean;
  title?: string;
  clauses: ClauseDraft[];
}

export interface DocumentDraft {
  head: Omit<ItuDocument, 'sections' | 'footnotes' | 'unparsed'>;
  sections: SectionDraft[];
  footnotes: Array<{ number: string; text: string }>;
  unparsed: UnparsedBlock[];
}

function buildClauses(drafts: ClauseDraft[], parentId: string): Clause[] {
  const keys = new SiblingKeys();
  return drafts.map((draft) => {
    const id = `${parentId}/${keys.forLabel(draft.label)}`;
    return { id, label: draft.label, text: draft.text.trim(), children: buildClauses(draft.children, id) };
  });
}

/** Gives IDs, finds footnote markers and resolves cross-references: drafts → the document model. */
export function buildDocument(draft: DocumentDraft): ItuDocument {
  const docId = draft.head.id;
  const sectionKeys = new SiblingKeys();
  const sections: Section[] = draft.sections.map((s) => {
    const id = `${docId}/${sectionKeys.unique(s.kind)}`;
    const section: Section = { id, heading: s.heading, part: s.part, kind: s.kind, verb: s.verb, addressee: s.addressee, further: s.further, clauses: buildClauses(s.clauses, id) };
    if (s.title !== undefined) section.title = s.title;
    return section;
  });
  const footnotes: Footnote[] = draft.footnotes.map((f) => ({ id: `${docId}/fn/${f.number}`, number: f.number, text: f.text.trim() }));
  const clauses: Clause[] = [];
  const walk = (clause: Clause): void => {
    clauses.push(clause);
    clause.children.forEach(walk);
  };
  sections.forEach((s) => s.clauses.forEach(walk));
  attachFootnoteMarkers(clauses, footnotes.map((f) => f.number));
  resolveCrossRefs(sections);
  return { ...draft.head, sections, footnotes, unparsed: draft.unparsed };
}
