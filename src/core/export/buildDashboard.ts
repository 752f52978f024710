/** The dashboard's numbers: a heatmap of texts × risk categories, review progress, proposals by proposer. */
import type { AnnotationStatus } from '../model/index.ts';
import { compareText } from './documentRef.ts';
import { countOps } from './issuesMatrix.ts';
import { higherSeverity } from './severity.ts';
import { summaryContext } from './summaryContext.ts';
import type { Dashboard, HeatCell, SummaryFilters, SummaryInput } from './types.ts';

const DONE: ReadonlySet<AnnotationStatus> = new Set(['agreed', 'resolved']);

/**
 * Builds the dashboard of `input` under `filters` (the same filters as buildSummary, with the same
 * meaning). Heatmap rows are the texts with at least one matching annotation or proposal, in library
 * order; columns are the taxonomy's categories (only the filtered ones when categories are filtered),
 * then unknown category IDs met on annotations. Review progress counts the clauses (and footnotes)
 * of the annotated texts; an orphan counts for no clause.
 */
export function buildDashboard(input: SummaryInput, filters: SummaryFilters = {}): Dashboard {
  const context = summaryContext(input, filters);
  const wanted = context.filters.categories;
  const names = new Map(context.taxonomy.categories.map((c) => [c.id, c.label]));
  const columns = context.taxonomy.categories.map((c) => c.id).filter((id) => !wanted || wanted.includes(id));
  const extra = new Set<string>();
  for (const e of context.entries) {
    if (e.kind !== 'risk') continue;
    for (const id of e.categories) if (!names.has(id) && (!wanted || wanted.includes(id))) extra.add(id);
  }
  columns.push(...[...extra].sort(compareText));

  const annotated = new Set<string>();
  for (const e of context.entries) annotated.add(e.document.id);
  const rows: Dashboard['heatmap']['rows'] = [];
  const cellsOf = new Map<string, Record<string, HeatCell>>();
  for (const text of context.texts) {
    if (!annotated.has(text.ref.id) && text.proposals.length === 0) continue;
    const cells: Record<string, HeatCell> = {};
    for (const id of columns) cells[id] = { count: 0, highestSeverity: null };
    rows.push({ document: { ...text.ref }, cells });
    cellsOf.set(text.ref.id, cells);
  }
  for (const e of context.entries) {
    if (e.kind !== 'risk') continue;
    const cells = cellsOf.get(e.document.id);
    for (const id of e.categories) {
      const cell = cells?.[id];
      if (!cell) continue;
      cell.count++;
      cell.highestSeverity = higherSeverity(cell.highestSeverity, e.severity);
    }
  }

  // Review progress: per clause, whether every annotation on it is agreed or resolved.
  const clauseDone = new Map<string, boolean>();
  const byStatus: Record<AnnotationStatus, number> = { open: 0, 'in-review': 0, agreed: 0, resolved: 0 };
  for (const e of context.entries) {
    byStatus[e.status]++;
    if (e.anchor.state === 'orphaned' || !context.textOf.get(e.id)?.clauses().has(e.clause)) continue;
    clauseDone.set(e.clause, (clauseDone.get(e.clause) ?? true) && DONE.has(e.status));
  }
  let clauses = 0;
  for (const text of context.texts) if (annotated.has(text.ref.id)) clauses += text.clauses().size;
  const reviewed = [...clauseDone.values()].filter(Boolean).length;

  const byProposer = new Map<string, Dashboard['proposals'][number]>();
  for (const text of context.texts) {
    for (const { proposal, all } of text.proposals) {
      const row = byProposer.get(proposal.proposer) ?? { proposer: proposal.proposer, proposals: 0, ops: {} };
      row.proposals++;
      countOps(all, row.ops);
      byProposer.set(proposal.proposer, row);
    }
  }
  return {
    heatmap: { categories: columns.map((id) => ({ id, name: names.get(id) ?? id })), rows },
    review: { clauses, annotated: clauseDone.size, reviewed, byStatus },
    proposals: [...byProposer.values()].sort((a, b) => compareText(a.proposer, b.proposer)),
  };
}
