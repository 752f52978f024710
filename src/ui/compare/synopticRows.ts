import { proposalText, synopsis } from '../../core/diff/index.ts';
import type { ClauseChange, DocumentDiff, SynopsisRow } from '../../core/diff/index.ts';
import type { ItuDocument, Proposal } from '../../core/model/index.ts';
import type { ClauseIndex } from './clauseIndex.ts';
import { citationOf } from './clauseIndex.ts';
import { isSubstantive } from './changeKinds.ts';

/** One proposal column of the synoptic view. */
export interface SynopticColumn {
  proposal: Proposal;
  diff: DocumentDiff;
  /** The proposal's text, indexed: how its new and moved clauses are cited. */
  index: ClauseIndex;
}

/** One row of the table: a base clause and what each proposal does to it, or a clause proposals add. */
export interface SynopticRow {
  /** Unique among the rows. */
  key: string;
  kind: 'base' | 'added';
  sectionId: string;
  heading: string;
  /** "considering c)"; for an added clause, as cited in the (first) proposal that adds it. */
  citation: string;
  depth: number;
  /** The base clause's text; null for an added clause. */
  baseText: string | null;
  /** Per column, in column order: its change to this clause, or null when it leaves it alone. */
  cells: Array<ClauseChange | null>;
  /** Some proposal changes this clause in substance (more than a new label). */
  changed: boolean;
  /** Two or more proposals change this clause in different ways. */
  conflict: boolean;
  /** Two or more proposals make the very same change. */
  agreement: boolean;
}

export interface SynopticTable {
  rows: SynopticRow[];
  /** Rows some proposal changes in substance. */
  changedRows: number;
  /** Rows with conflicting changes. */
  conflicts: number;
}

/** The same operation giving the same text, by every proposal in `row`. */
function sameChange(row: SynopsisRow): boolean {
  if (row.changes.length < 2) return false;
  const [first, ...rest] = row.changes.map(({ change }) => `${change.op}\u0000${change.label.to ?? ''}\u0000${proposalText(change.hunks)}`);
  return rest.every((outcome) => outcome === first);
}

/**
 * The synoptic table of one base text and N proposals, laid out from core/diff's `synopsis` (which
 * decides the rows and what a conflict is): a cell per proposal column, citations as an analyst
 * reads them.
 */
export function buildSynopticTable(base: ItuDocument, baseIndex: ClauseIndex, columns: readonly SynopticColumn[]): SynopticTable {
  const result = synopsis(
    base,
    columns.map(({ proposal, diff }) => ({ id: proposal.id, proposer: proposal.proposer, diff })),
  );
  const indexes = new Map(columns.map((column) => [column.proposal.id, column.index]));
  const rows: SynopticRow[] = [];
  result.sections.forEach((section, s) => {
    section.rows.forEach((row, r) => {
      const byProposal = new Map(row.changes.map((entry) => [entry.proposal, entry.change]));
      const adder = row.added ? indexes.get(row.changes[0]?.proposal ?? '') : undefined;
      rows.push({
        key: row.added ? `add:${s}:${r}:${row.clause}` : row.clause,
        kind: row.added ? 'added' : 'base',
        sectionId: section.section,
        heading: section.heading,
        citation: adder ? citationOf(adder, row.clause) : citationOf(baseIndex, row.clause),
        depth: row.depth,
        baseText: row.added ? null : row.text,
        cells: columns.map(({ proposal }) => byProposal.get(proposal.id) ?? null),
        changed: row.changes.some(({ change }) => isSubstantive(change)),
        conflict: row.conflict,
        agreement: !row.conflict && sameChange(row),
      });
    });
  });
  return { rows, changedRows: rows.filter((row) => row.changed).length, conflicts: result.conflicts };
}
