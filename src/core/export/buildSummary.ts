/** The risk summary of a workspace: what its annotations say about its texts and the proposals against them. */
import type { AnchorState } from '../anchoring/index.ts';
import type { AnnotationKind, AnnotationStatus, Severity } from '../model/index.ts';
import { byCategory, byDocument, byOpportunity } from './groupEntries.ts';
import { issuesMatrix } from './issuesMatrix.ts';
import { summaryContext } from './summaryContext.ts';
import type { RiskSummary, SummaryEntry, SummaryFilters, SummaryInput, SummaryTotals } from './types.ts';

/** Counts of the entries by kind, severity, status and anchoring state (every key present). */
export function summaryTotals(entries: readonly SummaryEntry[]): SummaryTotals {
  const byKind: Record<AnnotationKind, number> = { risk: 0, opportunity: 0, note: 0 };
  const bySeverity: Record<Severity | 'unrated', number> = { low: 0, medium: 0, high: 0, critical: 0, unrated: 0 };
  const byStatus: Record<AnnotationStatus, number> = { open: 0, 'in-review': 0, agreed: 0, resolved: 0 };
  const byAnchor: Record<AnchorState, number> = { exact: 0, moved: 0, fuzzy: 0, orphaned: 0 };
  for (const e of entries) {
    byKind[e.kind]++;
    bySeverity[e.severity ?? 'unrated']++;
    byStatus[e.status]++;
    byAnchor[e.anchor.state]++;
  }
  return { annotations: entries.length, byKind, bySeverity, byStatus, byAnchor };
}

/**
 * Builds the risk summary of `input` under `filters` (AND across fields, OR within one). Pure and
 * deterministic: the same input, in any order, gives the same summary. Each annotation is anchored
 * on its current base text and shown with what every proposal against that text does to its clause;
 * each proposal is compared with its base once. A proposal whose base text is not in the library is
 * left out; an annotation on such a text is kept, as an orphan.
 */
export function buildSummary(input: SummaryInput, filters: SummaryFilters = {}): RiskSummary {
  const context = summaryContext(input, filters);
  const { entries, taxonomy } = context;
  return {
    workspace: input.workspace,
    generated: input.generated ?? null,
    filters: context.filters,
    totals: summaryTotals(entries),
    risks: byCategory(entries, taxonomy, context.filters),
    opportunities: byOpportunity(entries, taxonomy, input.documents, context.filters),
    notes: byDocument(entries.filter((e) => e.kind === 'note')),
    matrix: issuesMatrix(context.texts, entries),
    entries,
  };
}
