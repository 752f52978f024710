/** The coalition "issues matrix": resolutions × proposers, each cell the ops proposed and the highest severity at stake. */
import type { ChangeOp } from '../diff/index.ts';
import { compareText } from './documentRef.ts';
import { higherSeverity } from './severity.ts';
import type { TextContext } from './summaryContext.ts';
import type { IssuesMatrix, MatrixCell, SummaryEntry } from './types.ts';

/** Ops in the order a cell lists them. */
export const MATRIX_OPS: readonly ChangeOp[] = ['MOD', 'ADD', 'SUP', 'MOVE'];

/** Clause changes by op (NOC left out) over a set of clause changes. */
export function countOps(changes: Iterable<{ op: ChangeOp }>, into: Partial<Record<ChangeOp, number>> = {}): Partial<Record<ChangeOp, number>> {
  for (const { op } of changes) if (op !== 'NOC') into[op] = (into[op] ?? 0) + 1;
  return into;
}

/**
 * One row per text with proposals (by the wanted proposers), one column per proposer as written.
 * A cell counts every clause change of that proposer's proposals on the text (NOC left out) and
 * takes the highest severity of the summary's risk entries on the clauses those proposals alter.
 */
export function issuesMatrix(texts: readonly TextContext[], entries: readonly SummaryEntry[]): IssuesMatrix {
  const proposers = new Set<string>();
  const rows: IssuesMatrix['rows'] = [];
  const rowOf = new Map<string, Record<string, MatrixCell>>();
  for (const text of texts) {
    if (text.proposals.length === 0) continue;
    const cells: Record<string, MatrixCell> = {};
    for (const { proposal, all } of text.proposals) {
      proposers.add(proposal.proposer);
      const cell = (cells[proposal.proposer] ??= { ops: {}, highestSeverity: null, proposals: [] });
      countOps(all, cell.ops);
      cell.proposals.push(proposal.id);
    }
    for (const cell of Object.values(cells)) cell.proposals.sort(compareText);
    rows.push({ document: { ...text.ref }, cells });
    rowOf.set(text.ref.id, cells);
  }
  for (const entry of entries) {
    if (entry.kind !== 'risk' || entry.severity === null) continue;
    const cells = rowOf.get(entry.document.id);
    if (!cells) continue;
    for (const effect of entry.effects) {
      const cell = cells[effect.proposer];
      if (effect.altersText && cell) cell.highestSeverity = higherSeverity(cell.highestSeverity, entry.severity);
    }
  }
  return { proposers: [...proposers].sort(compareText), rows };
}
