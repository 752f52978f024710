/** Normalising summary filters and testing annotations, proposals and entries against them. */
import type { Annotation, Proposal } from '../model/index.ts';
import { ANNOTATION_KINDS, SEVERITIES, STATUSES } from '../taxonomy/index.ts';
import { compareText } from './documentRef.ts';
import type { ProposalEffect, SummaryEntry, SummaryFilters } from './types.ts';

type ListKey = keyof SummaryFilters;

const termOrder = (ids: readonly string[]) => (a: string, b: string): number => {
  const ia = ids.indexOf(a);
  const ib = ids.indexOf(b);
  return ia !== ib ? (ia === -1 ? 1 : ib === -1 ? -1 : ia - ib) : compareText(a, b);
};

const ORDERS: Record<ListKey, (a: string, b: string) => number> = {
  categories: compareText,
  sdgTargets: compareText,
  severities: termOrder(SEVERITIES.map((t) => t.id)),
  statuses: termOrder(STATUSES.map((t) => t.id)),
  kinds: termOrder(ANNOTATION_KINDS.map((t) => t.id)),
  documents: compareText,
  proposers: compareText,
  conferences: compareText,
};

/** The filters as a summary records them: values trimmed, unique and sorted; empty lists and unknown fields left out. */
export function normaliseFilters(filters: SummaryFilters = {}): SummaryFilters {
  const out: Record<string, string[]> = {};
  for (const key of Object.keys(ORDERS) as ListKey[]) {
    const list = filters[key];
    if (!Array.isArray(list)) continue;
    const values = list.filter((v): v is string => typeof v === 'string').map((v) => (key === 'sdgTargets' ? v.trim().toLowerCase() : v.trim()));
    const unique = [...new Set(values.filter((v) => v !== ''))].sort(ORDERS[key]);
    if (unique.length > 0) out[key] = unique;
  }
  return out as SummaryFilters;
}

const has = (list: readonly string[] | undefined): list is readonly string[] => list !== undefined && list.length > 0;

/** True when an SDG target (`9.c`) is one of the wanted targets or in one of the wanted goals (`9`). */
export function sdgMatches(target: string, wanted: readonly string[]): boolean {
  const t = target.toLowerCase();
  return wanted.some((w) => t === w || t.startsWith(`${w}.`));
}

/** True when a proposal is by one of the wanted proposers: as written (`B/CAN/CLM/USA`) or one of its symbols (`CAN`). */
export function proposerMatches(proposal: Pick<Proposal, 'proposer' | 'proposers'>, filters: SummaryFilters): boolean {
  const wanted = filters.proposers;
  if (!has(wanted)) return true;
  return wanted.some((w) => proposal.proposer === w || proposal.proposers.includes(w));
}

/** True when a revision (`Rev. Dubai, 2018`) names one of the wanted conferences (case-insensitive substring). */
export function conferenceMatches(revision: string, filters: SummaryFilters): boolean {
  const wanted = filters.conferences;
  if (!has(wanted)) return true;
  const r = revision.toLowerCase();
  return wanted.some((w) => r.includes(w.toLowerCase()));
}

/** The checks that need no anchoring: the annotation's own fields, its text and the text's revision. (Normalised filters.) */
export function annotationMatches(annotation: Annotation, documentId: string, revision: string, filters: SummaryFilters): boolean {
  const { categories, sdgTargets, severities, statuses, kinds, documents } = filters;
  if (has(kinds) && !kinds.includes(annotation.kind)) return false;
  if (has(statuses) && !statuses.includes(annotation.status)) return false;
  if (has(severities) && (annotation.severity === null || !severities.includes(annotation.severity))) return false;
  if (has(categories) && !annotation.categories.some((c) => categories.includes(c))) return false;
  if (has(sdgTargets) && !annotation.sdgTargets.some((t) => sdgMatches(t, sdgTargets))) return false;
  if (has(documents) && !documents.includes(documentId)) return false;
  return conferenceMatches(revision, filters);
}

/**
 * A proposal "changes" a clause when it does anything but leave it alone: MOD, SUP or MOVE
 * (renumbering included). The proposer filter keeps the annotations on such clauses.
 */
export const changesClause = (effect: ProposalEffect): boolean => effect.op !== 'NOC';

/** True when the entry's proposals (already restricted to the wanted proposers) change its clause. */
export function effectsMatch(effects: readonly ProposalEffect[], filters: SummaryFilters): boolean {
  return !has(filters.proposers) || effects.some(changesClause);
}

/** The whole test, on a finished entry: every filter holds. (Normalised filters.) */
export function entryMatches(entry: SummaryEntry, filters: SummaryFilters): boolean {
  const annotationLike = { kind: entry.kind, status: entry.status, severity: entry.severity, categories: entry.categories, sdgTargets: entry.sdgTargets } as Annotation;
  if (!annotationMatches(annotationLike, entry.document.id, entry.document.revision, filters)) return false;
  return effectsMatch(entry.effects.filter((e) => proposerMatches(e, filters)), filters);
}
