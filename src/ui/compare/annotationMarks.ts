/** What the compact annotation markers of the comparison views show: pure, tested without a browser. */
import { DELETED_BY_PROPOSAL } from '../../core/anchoring/index.ts';
import type { Anchor, AnchorState, CarriedAnnotation } from '../../core/anchoring/index.ts';
import type { ClauseChange } from '../../core/diff/index.ts';
import type { Annotation, Severity } from '../../core/model/index.ts';
import { higherSeverity } from '../../core/export/index.ts';
import { tagLabels } from '../../core/taxonomy/index.ts';

/** One annotation under a marker, with where it stands in the text shown. */
export interface MarkedAnnotation {
  annotation: Annotation;
  anchor: Anchor;
  /** For the synoptic view: where it stands in each proposal that changes the clause. */
  inProposals?: Array<{ proposalId: string; anchor: Anchor }>;
}

/** The marker's colour: the most serious rating among its annotations, or its kind when none is rated. */
export type MarkerTone = Severity | 'risk' | 'opportunity' | 'note';

/** What an annotation's anchoring state says: "exact", "moved — was considering c)", "clause deleted by this proposal". */
export function anchorText(anchor: Anchor): string {
  if (anchor.state === 'orphaned') return anchor.reason === DELETED_BY_PROPOSAL ? DELETED_BY_PROPOSAL : `orphaned — ${anchor.reason}`;
  if (anchor.state === 'moved') return anchor.from ? `moved — was ${anchor.from.citation}` : 'moved';
  if (anchor.state === 'fuzzy') return `fuzzy — ${anchor.reason}`;
  return 'exact';
}

/** The class suffix of a state's chip: a deleted clause is shown apart from other orphans. */
export function stateClass(anchor: Anchor): AnchorState | 'deleted' {
  return anchor.state === 'orphaned' && anchor.reason === DELETED_BY_PROPOSAL ? 'deleted' : anchor.state;
}

/** An annotation's tags as shown: category labels, then SDG targets; its kind when it has none. */
export function tagsOf(annotation: Annotation): string[] {
  const tags = tagLabels({ ...annotation, planTargets: [] });
  return tags.length > 0 ? tags : [annotation.kind];
}

/** The colour of a marker. */
export function markerTone(items: readonly MarkedAnnotation[]): MarkerTone {
  const worst = items.reduce<Severity | null>((top, { annotation }) => higherSeverity(top, annotation.severity), null);
  if (worst) return worst;
  const kinds = new Set(items.map(({ annotation }) => annotation.kind));
  return kinds.has('risk') ? 'risk' : kinds.has('opportunity') ? 'opportunity' : 'note';
}

/** The tags of all the marker's annotations, each once: "Cybersecurity, Privacy & surveillance". */
const allTags = (items: readonly MarkedAnnotation[]): string => [...new Set(items.flatMap(({ annotation }) => tagsOf(annotation)))].join(', ');

/** The marker's short text: "Cybersecurity · high", or "2 · Cybersecurity, Privacy & surveillance". */
export function markerText(items: readonly MarkedAnnotation[]): string {
  const tags = allTags(items);
  if (items.length > 1) return `${items.length} · ${tags}`;
  const severity = items[0]?.annotation.severity;
  return severity ? `${tags} · ${severity}` : tags;
}

/** The marker's name for assistive technology: "2 annotations on resolves 5: …". */
export function markerLabel(items: readonly MarkedAnnotation[], citation: string): string {
  const count = items.length === 1 ? '1 annotation' : `${items.length} annotations`;
  return `${count} on ${citation}: ${allTags(items)}`;
}

/**
 * The carried annotations per redline entry: by the base clause they sit on (so an annotation the
 * proposal orphans still shows on its clause, and one on a deleted clause on the deleted clause),
 * and by proposal clause for the rare one the comparison does not place (`add:` + clause ID).
 */
export function marksByClause(carried: readonly CarriedAnnotation[]): Map<string, MarkedAnnotation[]> {
  const out = new Map<string, MarkedAnnotation[]>();
  for (const { annotation, baseClause, change, anchor } of carried) {
    const key = change && baseClause ? baseClause : anchor.clause ? `add:${anchor.clause}` : null;
    if (!key) continue;
    const list = out.get(key) ?? [];
    list.push({ annotation, anchor });
    out.set(key, list);
  }
  return out;
}

/** The key of a redline entry in marksByClause. */
export const markKey = (change: ClauseChange): string => (change.op === 'ADD' ? `add:${change.clause}` : change.clause);
