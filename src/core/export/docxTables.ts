/** The tables of the DOCX brief: risks by category, and the issues matrix (resolution × proposer). */
import type { MatrixCell, RiskSummary } from './types.ts';
import { severityLabel } from './docxLabels.ts';
import { table } from './docxXml.ts';
import { MATRIX_OPS } from './issuesMatrix.ts';

/** One row per risk category: how many annotations, on how many texts, the highest severity. */
export function categoryTable(summary: RiskSummary): string {
  const rows = summary.risks.map((group) => {
    const ids = new Set(group.documents.flatMap((d) => d.entries.map((e) => e.id)));
    return [group.name, String(ids.size), String(group.documents.length), severityLabel(group.highestSeverity)];
  });
  return table(['Risk category', 'Annotations', 'Texts', 'Highest severity'], rows);
}

/** "MOD 2, SUP 1 · High": the ops a proposer makes on a text and the worst risk on the clauses they alter. */
export function matrixCellText(cell: MatrixCell | undefined): string {
  if (!cell) return '';
  const ops = MATRIX_OPS.filter((op) => (cell.ops[op] ?? 0) > 0).map((op) => `${op} ${cell.ops[op]}`);
  const words = ops.length > 0 ? ops.join(', ') : 'NOC';
  return cell.highestSeverity === null ? words : `${words} · ${severityLabel(cell.highestSeverity)}`;
}

/** The coalition issues matrix: one row per resolution, one column per proposer. */
export function matrixTable(summary: RiskSummary): string {
  const { proposers, rows } = summary.matrix;
  return table(['Text', ...proposers], rows.map((row) => [row.document.name, ...proposers.map((p) => matrixCellText(row.cells[p]))]));
}
