/** How an annotation's tags read on screen: category labels, "SDG 9.c", plan goal and target IDs. */
import type { Annotation } from '../model/index.ts';
import { DEFAULT_TAXONOMY, findCategory } from './taxonomy.ts';
import type { Taxonomy } from './taxonomy.ts';

/** The labels of an annotation's tags, categories first (an unknown category reads as its ID), then SDG targets, then plan targets. */
export function tagLabels(tags: Pick<Annotation, 'categories' | 'sdgTargets' | 'planTargets'>, taxonomy: Taxonomy = DEFAULT_TAXONOMY): string[] {
  return [
    ...tags.categories.map((id) => findCategory(taxonomy, id)?.label ?? id),
    ...tags.sdgTargets.map((id) => `SDG ${id}`),
    ...tags.planTargets,
  ];
}
