/** The synoptic view's annotations: a marker per base-clause row, a risk flag per proposal column. */
import { anchorAll, carryToProposal, touchedRiskCategories } from '../../core/anchoring/index.ts';
import type { DocumentDiff } from '../../core/diff/index.ts';
import type { Annotation, ItuDocument, Proposal } from '../../core/model/index.ts';
import type { MarkedAnnotation } from './annotationMarks.ts';
import { flagText } from './riskFlags.ts';

export interface SynopticAnnotations {
  /** Base clause ID → its annotations, anchored in the base, each with where it stands in the proposals that change the clause. */
  rows: Map<string, MarkedAnnotation[]>;
  /** Per column, in column order: "touches 3 clauses tagged cybersecurity", or null. */
  flags: Array<string | null>;
}

/** The annotations of the synoptic table of `base` and its proposal columns (annotations on other texts are ignored). */
export function synopticAnnotations(base: ItuDocument, annotations: readonly Annotation[], columns: ReadonlyArray<{ proposal: Proposal; diff: DocumentDiff }>): SynopticAnnotations {
  const own = annotations.filter((a) => a.target.clause.startsWith(`${base.id}/`));
  if (own.length === 0) return { rows: new Map(), flags: columns.map(() => null) };
  const rows = new Map<string, MarkedAnnotation[]>();
  const byId = new Map<string, MarkedAnnotation>();
  anchorAll(own.map((a) => a.target), base).forEach((anchor, i) => {
    if (!anchor.clause) return;
    const marked: MarkedAnnotation = { annotation: own[i], anchor, inProposals: [] };
    byId.set(own[i].id, marked);
    rows.set(anchor.clause, [...(rows.get(anchor.clause) ?? []), marked]);
  });
  for (const { proposal, diff } of columns) {
    for (const carried of carryToProposal(own, base, proposal.document, diff)) {
      if (!carried.change || carried.change.op === 'NOC') continue;
      byId.get(carried.annotation.id)?.inProposals?.push({ proposalId: proposal.id, anchor: carried.anchor });
    }
  }
  return { rows, flags: columns.map(({ diff }) => flagText(touchedRiskCategories(diff, own))) };
}
