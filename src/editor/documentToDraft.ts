import type { JSONContent } from '@tiptap/core';
import type { Clause, ItuDocument, Section } from '../core/model/index.ts';
import { DRAFT_NODES, textContent } from './draftJson.ts';

function clauseNode(clause: Clause): JSONContent {
  return {
    type: DRAFT_NODES.clause,
    attrs: { clauseId: clause.id, label: clause.label },
    content: [{ type: DRAFT_NODES.paragraph, content: textContent(clause.text) }, ...clause.children.map(clauseNode)],
  };
}

function sectionNode(section: Section): JSONContent {
  return {
    type: DRAFT_NODES.section,
    attrs: {
      sectionId: section.id,
      part: section.part,
      kind: section.kind,
      verb: section.verb,
      addressee: section.addressee,
      further: section.further,
      annexTitle: section.title ?? null,
    },
    content: [{ type: DRAFT_NODES.heading, content: textContent(section.heading) }, ...section.clauses.map(clauseNode)],
  };
}

/**
 * A draft (ProseMirror JSON) that starts as a copy of an official text: its three header lines,
 * then each section with its heading and its clauses, each clause carrying its ID and label.
 * Footnotes, footnote markers and cross-reference offsets are not carried over: they describe the
 * official text and would go stale as soon as the draft is edited.
 */
export function documentToDraft(doc: ItuDocument): JSONContent {
  return {
    type: DRAFT_NODES.doc,
    content: [
      { type: DRAFT_NODES.header, attrs: { field: 'titleLine' }, content: textContent(doc.titleLine) },
      { type: DRAFT_NODES.header, attrs: { field: 'title' }, content: textContent(doc.title) },
      { type: DRAFT_NODES.header, attrs: { field: 'preamble' }, content: textContent(doc.preamble) },
      ...doc.sections.map(sectionNode),
    ],
  };
}
