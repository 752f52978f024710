/** Grouping a summary's entries: by risk category, by SDG or plan target, by text. */
import { planOpportunities, SDGS, sdgTarget } from '../taxonomy/index.ts';
import type { Taxonomy } from '../taxonomy/index.ts';
import type { ItuDocument } from '../model/index.ts';
import { compareText } from './documentRef.ts';
import { higherSeverity } from './severity.ts';
import { sdgMatches } from './summaryFilters.ts';
import type { CategoryGroup, DocumentGroup, OpportunityGroup, SummaryEntry, SummaryFilters } from './types.ts';

/** The group of risks without a category, listed last. */
export const UNCATEGORISED = { id: '', name: 'Not categorised' } as const;
/** The group of opportunities linked to no target, listed last. */
export const UNLINKED = { id: '', name: 'Not linked to a target' } as const;

/** Entries (already in order) split by text, keeping the order of first appearance. */
export function byDocument(entries: readonly SummaryEntry[]): DocumentGroup[] {
  const groups = new Map<string, DocumentGroup>();
  for (const entry of entries) {
    let group = groups.get(entry.document.id);
    if (!group) groups.set(entry.document.id, (group = { document: { ...entry.document }, entries: [] }));
    group.entries.push(entry);
  }
  return [...groups.values()];
}

/** Keys of `map` ordered: first those in `known` (in its order), then the rest sorted, then '' last. */
function ordered<T>(map: Map<string, T>, known: readonly string[]): string[] {
  const rank = new Map(known.map((id, i) => [id, i]));
  return [...map.keys()].sort((a, b) => {
    if (a === '' || b === '') return a === b ? 0 : a === '' ? 1 : -1;
    const ra = rank.get(a);
    const rb = rank.get(b);
    if (ra !== undefined && rb !== undefined) return ra - rb;
    if (ra !== undefined || rb !== undefined) return ra !== undefined ? -1 : 1;
    return compareText(a, b);
  });
}

/** Risk entries by category (taxonomy order, then unknown IDs, then uncategorised); an entry with two categories is in both. */
export function byCategory(entries: readonly SummaryEntry[], taxonomy: Taxonomy, filters: SummaryFilters): CategoryGroup[] {
  const wanted = filters.categories;
  const buckets = new Map<string, SummaryEntry[]>();
  for (const entry of entries) {
    if (entry.kind !== 'risk') continue;
    const ids = entry.categories.length > 0 ? entry.categories : [UNCATEGORISED.id];
    for (const id of ids) {
      if (wanted && !wanted.includes(id)) continue;
      const list = buckets.get(id) ?? [];
      list.push(entry);
      buckets.set(id, list);
    }
  }
  const names = new Map(taxonomy.categories.map((c) => [c.id, c.label]));
  return ordered(buckets, taxonomy.categories.map((c) => c.id)).map((id) => {
    const list = buckets.get(id)!;
    return {
      category: id,
      name: id === '' ? UNCATEGORISED.name : (names.get(id) ?? id),
      highestSeverity: list.reduce<SummaryEntry['severity']>((top, e) => higherSeverity(top, e.severity), null),
      documents: byDocument(list),
    };
  });
}

/** Names of the Strategic Plan goals and targets: the taxonomy's plans, then any plan in the library. */
function planNames(taxonomy: Taxonomy, documents: readonly ItuDocument[]): { names: Map<string, string>; order: string[] } {
  const names = new Map<string, string>();
  const order: string[] = [];
  const plans = [...taxonomy.plans, ...documents.map(planOpportunities).filter((p) => p !== null)];
  for (const plan of plans) {
    for (const item of plan.items) {
      if (names.has(item.id)) continue;
      names.set(item.id, `Strategic Plan ${plan.period}, ${item.label}${item.kind === 'target' && item.description ? `: ${item.description}` : ''}`);
      order.push(item.id);
    }
  }
  return { names, order };
}

/** Opportunity entries by SDG target (SDG order), then Strategic Plan goal or target (plan order), then unlinked. */
export function byOpportunity(entries: readonly SummaryEntry[], taxonomy: Taxonomy, documents: readonly ItuDocument[], filters: SummaryFilters): OpportunityGroup[] {
  const wanted = filters.sdgTargets;
  const sdgBuckets = new Map<string, SummaryEntry[]>();
  const planBuckets = new Map<string, SummaryEntry[]>();
  const push = (map: Map<string, SummaryEntry[]>, id: string, entry: SummaryEntry): void => {
    const list = map.get(id) ?? [];
    list.push(entry);
    map.set(id, list);
  };
  for (const entry of entries) {
    if (entry.kind !== 'opportunity') continue;
    for (const id of entry.sdgTargets) if (!wanted || sdgMatches(id, wanted)) push(sdgBuckets, id, entry);
    // With an SDG filter, only the SDG groups are asked for.
    if (!wanted) for (const id of entry.planTargets) push(planBuckets, id, entry);
    if (!wanted && entry.sdgTargets.length === 0 && entry.planTargets.length === 0) push(planBuckets, UNLINKED.id, entry);
  }
  const sdgOrder = SDGS.flatMap((g) => g.targets.map((t) => t.id));
  const plan = planNames(taxonomy, documents);
  const sdgName = (id: string): string => {
    const target = sdgTarget(id);
    return target ? `SDG ${target.id} — ${target.description}` : id;
  };
  return [
    ...ordered(sdgBuckets, sdgOrder).map((id) => ({ target: id, name: sdgName(id), documents: byDocument(sdgBuckets.get(id)!) })),
    ...ordered(planBuckets, plan.order).map((id) => ({
      target: id,
      name: id === '' ? UNLINKED.name : (plan.names.get(id) ?? id),
      documents: byDocument(planBuckets.get(id)!),
    })),
  ];
}
