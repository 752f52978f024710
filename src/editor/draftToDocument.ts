import type { JSONContent } from '@tiptap/core';
import { labelKey, SiblingKeys, slugify } from '../core/model/index.ts';
import type { Clause, ItuDocument, Section, SectionPart } from '../core/model/index.ts';
import { DRAFT_NODES, stringAttr, textOf } from './draftJson.ts';

/** What a draft does not hold itself: which text it is a version of. */
export type DraftIdentity = Pick<ItuDocument, 'id' | 'type' | 'number' | 'revision' | 'conference'>;

const PARTS: readonly SectionPart[] = ['preamble', 'operative', 'annex'];

/**
 * Hands out IDs: an ID the draft carries is kept by its first holder; a clause the team added, or a
 * pasted copy of one, gets an ID derived from its label, never one that another node carries.
 */
class IdAllocator {
  private readonly claimed = new Set<string>();

  constructor(private readonly carried: ReadonlySet<string>) {}

  take(carried: string, derive: () => string): string {
    if (carried !== '' && !this.claimed.has(carried)) {
      this.claimed.add(carried);
      return carried;
    }
    const base = derive();
    let id = base;
    for (let n = 2; this.claimed.has(id) || this.carried.has(id); n++) id = `${base}#${n}`;
    this.claimed.add(id);
    return id;
  }
}

/** Every ID the draft's sections and clauses carry. */
function carriedIds(node: JSONContent, into = new Set<string>()): Set<string> {
  const id = node.type === DRAFT_NODES.clause ? node.attrs?.clauseId : node.type === DRAFT_NODES.section ? node.attrs?.sectionId : null;
  if (typeof id === 'string' && id !== '') into.add(id);
  for (const child of node.content ?? []) carriedIds(child, into);
  return into;
}

function readClause(node: JSONContent, parentId: string, siblings: SiblingKeys, ids: IdAllocator): Clause {
  const label = stringAttr(node, 'label', '');
  const id = ids.take(stringAttr(node, 'clauseId', ''), () => `${parentId}/${labelKey(label) ?? siblings.forLabel(label)}`);
  const children = node.content ?? [];
  const paragraph = children.find((child) => child.type === DRAFT_NODES.paragraph);
  const childKeys = new SiblingKeys();
  return {
    id,
    label,
    text: paragraph ? textOf(paragraph) : '',
    children: children.filter((child) => child.type === DRAFT_NODES.clause).map((child) => readClause(child, id, childKeys, ids)),
  };
}

function readSection(node: JSONContent, docId: string, ids: IdAllocator): Section {
  const children = node.content ?? [];
  const headingNode = children.find((child) => child.type === DRAFT_NODES.heading);
  const heading = headingNode ? textOf(headingNode) : '';
  const kind = stringAttr(node, 'kind', '');
  const id = ids.take(stringAttr(node, 'sectionId', ''), () => `${docId}/${kind || slugify(heading) || 'section'}`);
  const part = stringAttr(node, 'part', 'operative');
  const annexTitle: unknown = node.attrs?.annexTitle;
  const keys = new SiblingKeys();
  return {
    id,
    heading,
    part: PARTS.find((known) => known === part) ?? 'operative',
    kind,
    verb: stringAttr(node, 'verb', ''),
    addressee: stringAttr(node, 'addressee', ''),
    further: node.attrs?.further === true,
    ...(typeof annexTitle === 'string' ? { title: annexTitle } : {}),
    clauses: children.filter((child) => child.type === DRAFT_NODES.clause).map((child) => readClause(child, id, keys, ids)),
  };
}

/**
 * The document a draft now says, in the model of the official texts, so that it can be compared
 * and exported like any other text. Clauses keep the IDs they came with; a clause the team added
 * (or a pasted copy of one) gets an ID from its label under its parent, made unique. Marks (bold,
 * italic) are dropped: the model holds plain text.
 */
export function draftToDocument(draft: JSONContent, identity: DraftIdentity): ItuDocument {
  const ids = new IdAllocator(carriedIds(draft));
  const nodes = draft.content ?? [];
  const header = (field: string): string => {
    const node = nodes.find((child) => child.type === DRAFT_NODES.header && stringAttr(child, 'field', 'title') === field);
    return node ? textOf(node) : '';
  };
  return {
    ...identity,
    titleLine: header('titleLine'),
    title: header('title'),
    preamble: header('preamble'),
    sections: nodes.filter((child) => child.type === DRAFT_NODES.section).map((child) => readSection(child, identity.id, ids)),
    footnotes: [],
    unparsed: [],
  };
}
