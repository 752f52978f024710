/** The vocabulary a workspace's library gives its annotations. */
import type { ItuDocument } from '../model/index.ts';
import { buildTaxonomy, DEFAULT_TAXONOMY } from './taxonomy.ts';
import type { Taxonomy } from './taxonomy.ts';

/**
 * The built-in taxonomy plus the goals and targets of the library's Strategic Plans; the built-in
 * one itself when there is no plan or the plans cannot be read.
 */
export function libraryTaxonomy(documents: readonly ItuDocument[]): Taxonomy {
  const plans = documents.filter((doc) => doc.type === 'strategic-plan');
  if (plans.length === 0) return DEFAULT_TAXONOMY;
  const built = buildTaxonomy({ plans });
  return built.ok ? built.value : DEFAULT_TAXONOMY;
}
