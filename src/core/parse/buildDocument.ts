import type { Clause, Footnote, ItuDocument, Section, UnparsedBlock } from '../model/index.ts';
import { labelKey, SiblingKeys } from '../model/index.ts';
import type { ClauseDraft } from './clauseTree.ts';
import { resolveCrossRefs } from './crossRefs.ts';
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
 * list counts its keys in two small arrays rather than a Map. (tests/fixtures-expected pins the IDs.)
 */
class ClauseKeys {
  private readonly keys: string[] = [];
  private readonly counts: number[] = [];
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
    const i = this.keys.indexOf(key);
    if (i !== -1) return ++this.counts[i];
    this.keys.push(key);
    this.counts.push(1);
    // A long list (hundreds of paragraphs) would make indexOf quadratic.
    if (this.keys.length > 16) this.byKey = new Map(this.keys.map((k, j) => [k, this.counts[j]]));
    return 1;
  }
}

function buildClauses(drafts: ClauseDraft[], parentId: string): Clause[] {
  // Most clauses have no children: no sibling keys (a Map) for an empty list.
  if (drafts.length === 0) return [];
  const keys = new ClauseKeys();
  const clauses: Clause[] = [];
  for (const draft of drafts) {
    const id = `${parentId}/${keys.forLabel(draft.label)}`;
    clauses.push({ id, label: draft.label, text: draft.text.trim(), children: buildClauses(draft.children, id) });
  }
  return clauses;
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
