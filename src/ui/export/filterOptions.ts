/** The choices the export dialog offers for each filter: what the workspace holds, with how many annotations each covers. */
import { compareDocuments } from '../../core/export/index.ts';
import type { SummaryEntry, SummaryInput } from '../../core/export/index.ts';
import { ANNOTATION_KINDS, DEFAULT_TAXONOMY, SEVERITIES, STATUSES, findCategory, sdgTarget } from '../../core/taxonomy/index.ts';
import type { ExportFilterField } from '../../store/index.ts';

/** One chip: the filter value, how it reads, and how many annotations of the whole workspace it matches. */
export interface FilterOption {
  value: string;
  label: string;
  count: number;
}

/** The filters in the order the dialog shows them, with their headings. */
export const FILTER_FIELDS: ReadonlyArray<{ field: ExportFilterField; name: string }> = [
  { field: 'categories', name: 'Risk category' },
  { field: 'sdgTargets', name: 'SDG target' },
  { field: 'severities', name: 'Severity' },
  { field: 'statuses', name: 'Status' },
  { field: 'kinds', name: 'Kind' },
  { field: 'documents', name: 'Document' },
  { field: 'proposers', name: 'Proposer' },
  { field: 'conferences', name: 'Conference' },
];

/** "Rev. Dubai, 2018" → "Dubai, 2018": the conference that adopted a revision. */
export function conferenceOf(revision: string): string {
  return revision.replace(/^\s*Rev\.?\s*/i, '').trim();
}

/** Orders SDG targets as the SDGs are numbered: 4.4 before 9.c before 17.8. */
function sdgOrder(a: string, b: string): number {
  const [ga, ta = ''] = a.split('.');
  const [gb, tb = ''] = b.split('.');
  return Number(ga) - Number(gb) || Number(ta) - Number(tb) || ta.localeCompare(tb);
}

function tally(entries: readonly SummaryEntry[], valuesOf: (entry: SummaryEntry) => readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const entry of entries) for (const value of new Set(valuesOf(entry))) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

const fromTerms = (terms: ReadonlyArray<{ id: string; label: string }>, counts: Map<string, number>): FilterOption[] =>
  terms.filter((term) => counts.has(term.id)).map((term) => ({ value: term.id, label: term.label, count: counts.get(term.id) ?? 0 }));

/**
 * Each filter's choices, built from the entries of the unfiltered summary (every annotation once)
 * and the input's proposals and texts. A value nobody used is not offered; a proposer is offered
 * even with no annotated clause (count 0), since the matrix and proposals follow that filter too.
 */
export function filterOptions(input: SummaryInput, entries: readonly SummaryEntry[]): Record<ExportFilterField, FilterOption[]> {
  const taxonomy = input.taxonomy ?? DEFAULT_TAXONOMY;
  const categoryCounts = tally(entries, (e) => e.categories);
  const known = taxonomy.categories.map((c) => c.id);
  const categories = [...known.filter((id) => categoryCounts.has(id)), ...[...categoryCounts.keys()].filter((id) => !known.includes(id)).sort()];

  const sdgCounts = tally(entries, (e) => e.sdgTargets);
  const documentCounts = tally(entries, (e) => [e.document.id]);
  const names = new Map(entries.map((e) => [e.document.id, e.document.name]));
  // Texts in the order the ITU publishes them: resolutions, decisions, recommendations, the plan.
  const order = new Map([...input.documents].sort(compareDocuments).map((doc, i) => [doc.id, i]));

  const proposers = [...new Set(input.proposals.map((p) => p.proposer))].sort();
  const proposerCounts = tally(entries, (e) => e.effects.filter((effect) => effect.op !== 'NOC').map((effect) => effect.proposer));

  const conferences = [...new Set(input.documents.map((d) => conferenceOf(d.revision)).filter((c) => c !== ''))].sort();
  const conferenceCount = (conference: string): number =>
    entries.filter((e) => e.document.revision.toLowerCase().includes(conference.toLowerCase())).length;

  return {
    categories: categories.map((id) => ({ value: id, label: findCategory(taxonomy, id)?.label ?? id, count: categoryCounts.get(id) ?? 0 })),
    sdgTargets: [...sdgCounts.keys()].sort(sdgOrder).map((id) => ({ value: id, label: `SDG ${sdgTarget(id)?.id ?? id}`, count: sdgCounts.get(id) ?? 0 })),
    severities: fromTerms(SEVERITIES, tally(entries, (e) => (e.severity ? [e.severity] : []))),
    statuses: fromTerms(STATUSES, tally(entries, (e) => [e.status])),
    kinds: fromTerms(ANNOTATION_KINDS, tally(entries, (e) => [e.kind])),
    documents: [...documentCounts.keys()].sort((a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity) || a.localeCompare(b)).map((id) => ({ value: id, label: names.get(id) ?? id, count: documentCounts.get(id) ?? 0 })),
    proposers: proposers.map((p) => ({ value: p, label: p, count: proposerCounts.get(p) ?? 0 })),
    conferences: conferences.map((c) => ({ value: c, label: c, count: conferenceCount(c) })),
  };
}
