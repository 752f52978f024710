/**
 * What buildSummary and buildDashboard share: the library in order, each text's clauses indexed
 * once, each proposal diffed against its base once, and every matching annotation anchored and
 * turned into an entry. Linear in annotations + clauses: nothing is looked up by scanning.
 */
import { Anchorer } from '../anchoring/index.ts';
import { diffDocuments } from '../diff/index.ts';
import type { ClauseChange } from '../diff/index.ts';
import type { ItuDocument, Proposal } from '../model/index.ts';
import { DEFAULT_TAXONOMY } from '../taxonomy/index.ts';
import type { Taxonomy } from '../taxonomy/index.ts';
import { clauseTable } from './clauseTable.ts';
import type { ClauseRow } from './clauseTable.ts';
import { compareDocuments, compareText, documentRef, missingDocumentRef } from './documentRef.ts';
import type { DocumentRef } from './documentRef.ts';
import { summaryEntry } from './summaryEntry.ts';
import { annotationMatches, conferenceMatches, effectsMatch, normaliseFilters, proposerMatches } from './summaryFilters.ts';
import type { SummaryEntry, SummaryFilters, SummaryInput } from './types.ts';

/** A proposal with its clause changes keyed by base clause ID (ADDs listed apart). */
export interface DiffedProposal {
  proposal: Proposal;
  /** Base clause ID → its change (every op but ADD). */
  changes: Map<string, ClauseChange>;
  /** Every clause change, ADDs included, in the diff's order. */
  all: readonly ClauseChange[];
}

/** One library text, ready to place annotations on. */
export interface TextContext {
  doc: ItuDocument | null;
  ref: DocumentRef;
  /** Position in library order (texts missing from the library come last). */
  order: number;
  /** Its clauses by ID, indexed on first use. */
  clauses: () => Map<string, ClauseRow>;
  /** Proposals against it by the wanted proposers, in proposal ID order. */
  proposals: DiffedProposal[];
}

export interface SummaryContext {
  input: SummaryInput;
  filters: SummaryFilters;
  taxonomy: Taxonomy;
  /** Texts that pass the document and conference filters, in library order. */
  texts: TextContext[];
  /** Every matching annotation, in text, then clause reading order, then creation time, then ID. */
  entries: SummaryEntry[];
  /** Each entry's text, by entry ID. */
  textOf: Map<string, TextContext>;
}

const NO_CLAUSES: Map<string, ClauseRow> = new Map();

/** A document's clause table, made the first time it is asked for. */
function lazyTable(doc: ItuDocument): () => Map<string, ClauseRow> {
  let table: Map<string, ClauseRow> | null = null;
  return () => (table ??= clauseTable(doc));
}

const documentOf = (clauseId: string): string => clauseId.slice(0, Math.max(0, clauseId.indexOf('/'))) || clauseId;

/** Builds the shared context for `input` under `filters`. */
export function summaryContext(input: SummaryInput, rawFilters: SummaryFilters = {}): SummaryContext {
  const filters = normaliseFilters(rawFilters);
  const taxonomy = input.taxonomy ?? DEFAULT_TAXONOMY;
  const wantedDocs = filters.documents;
  const library = [...input.documents].sort(compareDocuments);
  const byId = new Map<string, TextContext>();
  const texts: TextContext[] = [];
  for (const doc of library) {
    if (byId.has(doc.id)) continue;
    if (wantedDocs && !wantedDocs.includes(doc.id)) continue;
    if (!conferenceMatches(doc.revision, filters)) continue;
    const text: TextContext = { doc, ref: documentRef(doc), order: texts.length, clauses: lazyTable(doc), proposals: [] };
    byId.set(doc.id, text);
    texts.push(text);
  }
  const proposals = [...input.proposals].filter((p) => proposerMatches(p, filters)).sort((a, b) => compareText(a.id, b.id));
  for (const proposal of proposals) {
    const text = byId.get(proposal.base.documentId);
    if (!text || !text.doc) continue; // no base text in the library: skipped
    const diff = diffDocuments(text.doc, proposal.document);
    const changes = new Map<string, ClauseChange>();
    for (const change of diff.changes) if (change.op !== 'ADD' && !changes.has(change.clause)) changes.set(change.clause, change);
    text.proposals.push({ proposal, changes, all: diff.changes });
  }

  const anchorers = new Map<string, Anchorer>();
  const missing = new Map<string, TextContext>();
  const entries: Array<{ entry: SummaryEntry; order: number; clauseOrder: number }> = [];
  const textOf = new Map<string, TextContext>();
  const inLibrary = new Set(input.documents.map((d) => d.id));
  for (const annotation of input.annotations) {
    const docId = documentOf(annotation.target.clause);
    let text = byId.get(docId);
    if (!text) {
      if (inLibrary.has(docId)) continue; // filtered out by document or conference
      text = missing.get(docId) ?? { doc: null, ref: missingDocumentRef(docId), order: Number.MAX_SAFE_INTEGER, clauses: () => NO_CLAUSES, proposals: [] };
      missing.set(docId, text);
    }
    if (!annotationMatches(annotation, docId, text.ref.revision, filters)) continue;
    const doc = text.doc;
    const anchorer = (): Anchorer | null => {
      if (!doc) return null;
      const made = anchorers.get(docId) ?? new Anchorer(doc);
      anchorers.set(docId, made);
      return made;
    };
    const entry = summaryEntry(annotation, text, anchorer);
    if (!effectsMatch(entry.effects, filters)) continue;
    textOf.set(entry.id, text);
    entries.push({ entry, order: text.order, clauseOrder: text.clauses().get(entry.clause)?.order ?? Number.MAX_SAFE_INTEGER });
  }
  entries.sort(
    (a, b) =>
      a.order - b.order ||
      compareText(a.entry.document.id, b.entry.document.id) ||
      a.clauseOrder - b.clauseOrder ||
      compareText(a.entry.created, b.entry.created) ||
      compareText(a.entry.id, b.entry.id),
  );
  const used = new Set(entries.map((e) => e.entry.document.id));
  const missingTexts = [...missing.values()].filter((t) => used.has(t.ref.id)).sort((a, b) => compareText(a.ref.id, b.ref.id));
  return { input, filters, taxonomy, texts: [...texts, ...missingTexts], entries: entries.map((e) => e.entry), textOf };
}
