import type { Clause, Footnote, ItuDocument, Section, UnparsedBlock } from '../model/index.ts';
import { labelKey, SiblingKeys } from '../model/index.ts';
import type { ClauseDraft } from './clauseTree.ts';
import { MAY_CITE, resolveCrossRefs } from './crossRefs.ts';
import { attachFootnoteMarkers } from './footnoteMarkers.ts';
import { memoize } from './memoize.ts';

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
  /** Becomes the document (a fresh object, not shared). */
  head: Omit<ItuDocument, 'sections' | 'footnotes' | 'unparsed'>;
  sections: SectionDraft[];
  footnotes: Array<{ number: string; text: string }>;
  unparsed: UnparsedBlock[];
}

/** labelKey by label: the same few labels ("a)", "1") come back on every list. */
const cachedLabelKey = memoize(labelKey);

/**
 * ID segments of sibling clauses, as SiblingKeys.forLabel gives them: the label's key, else
 * `p1`, `p2` for unlabelled paragraphs and `b1`, `b2` for bullets; a repeated one gets `#2`, `#3`.
 * Built for speed, as there is one per list of clauses: label keys come from a cache, and a short
 * list counts its keys in one small array rather than a Map. (tests/fixtures-expected pins the IDs.)
 */
class ClauseKeys {
  /** Keys given out so far, repeats included (a short list: counted by a loop, no Map); none until a second one. */
  private first: string | null = null;
  private keys: string[] | null = null;
  private byKey: Map<string, number> | null = null;
  private paragraphs = 0;
  private bullets = 0;

  forLabel(label: string): string {
    const key = cachedLabelKey(label);
    if (key !== null) return this.unique(key);
    return this.unique(label.trim() === '' ? `p${++this.paragraphs}` : `b${++this.bullets}`);
  }

  private unique(key: string): string {
    const n = this.count(key);
    return n === 1 ? key : `${key}#${n}`;
  }

  /** How many times `key` has been given out, this one included. */
  private count(key: string): number {
    if (this.byKey) {
      const n = (this.byKey.get(key) ?? 0) + 1;
      this.byKey.set(key, n);
      return n;
    }
    // Many lists hold one clause: no array for them.
    if (this.first === null) {
      this.first = key;
      return 1;
    }
    const keys = (this.keys ??= [this.first]);
    let n = 1;
    for (const seen of keys) if (seen === key) n++;
    keys.push(key);
    // A long list (hundreds of paragraphs) would make the loop quadratic.
    if (keys.length > 16) {
      this.byKey = new Map();
      for (const seen of keys) this.byKey.set(seen, (this.byKey.get(seen) ?? 0) + 1);
    }
    return n;
  }
}

/** Placeholder for a clause's children while they are built (always replaced, never exposed). */
const NO_CHILDREN: Clause[] = [];

/**
 * The clauses of a list, with IDs. Those whose text holds a digit or ")" are added to `citing`, in
 * document order: only they can hold a cross-reference or a footnote marker.
 */
function buildClauses(drafts: ClauseDraft[], parentId: string, citing: Clause[]): Clause[] {
  // Most clauses have no children: no sibling keys (a Map) for an empty list.
  if (drafts.length === 0) return [];
  const keys = new ClauseKeys();
  // One shared "<parent>/" for the list: each ID is then one join, not two, for as long as it lives.
  const prefix = `${parentId}/`;
  // map() gives an array of the list's exact length; push() would leave room for 17, in every list kept.
  return drafts.map((draft) => {
    const id = prefix + keys.forLabel(draft.label);
    const clause: Clause = { id, label: draft.label, text: draft.text.trim(), children: NO_CHILDREN };
    if (MAY_CITE.test(clause.text)) citing.push(clause);
    clause.children = buildClauses(draft.children, id, citing);
    return clause;
  });
}

/** Gives IDs, finds footnote markers and resolves cross-references: drafts → the document model. */
export function buildDocument(draft: DocumentDraft): ItuDocument {
  const docId = draft.head.id;
  const sectionKeys = new SiblingKeys();
  const prefix = `${docId}/`;
  const citing: Clause[] = [];
  const sections: Section[] = draft.sections.map((s) => {
    const id = prefix + sectionKeys.unique(s.kind);
    const section: Section = { id, heading: s.heading, part: s.part, kind: s.kind, verb: s.verb, addressee: s.addressee, further: s.further, clauses: buildClauses(s.clauses, id, citing) };
    if (s.title !== undefined) section.title = s.title;
    return section;
  });
  const footnotes: Footnote[] = draft.footnotes.map((f) => ({ id: `${docId}/fn/${f.number}`, number: f.number, text: f.text.trim() }));
  // A marker is a number: only clauses holding a digit are searched (the others could never match).
  if (footnotes.length > 0) attachFootnoteMarkers(citing, footnotes.map((f) => f.number));
  resolveCrossRefs(sections, citing);
  // The head was built for this document alone: it becomes the document, its fields first, as a
  // spread would order them (a spread is several times slower, once per document of a Final Acts).
  const doc = draft.head as ItuDocument;
  doc.sections = sections;
  doc.footnotes = footnotes;
  doc.unparsed = draft.unparsed;
  return doc;
}
