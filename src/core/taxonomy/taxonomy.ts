/** The whole vocabulary of a workspace's annotations, versioned: categories, SDGs, plan goals, and the fixed words. */
import type { ItuDocument } from '../model/index.ts';
import { planOpportunities } from './planOpportunities.ts';
import type { PlanOpportunities, PlanOpportunity } from './planOpportunities.ts';
import { RISK_CATEGORIES } from './riskCategories.ts';
import type { Category } from './riskCategories.ts';
import { SDGS } from './sdgs.ts';
import type { Sdg } from './sdgs.ts';
import { fieldPath, invalid, valid } from './validation.ts';
import type { FieldError, Validation } from './validation.ts';
import { validateWorkspaceCategories } from './workspaceCategories.ts';
import { ANNOTATION_KINDS, SEVERITIES, STATUSES } from './vocabulary.ts';

/**
 * Version of the built-in vocabulary (categories, kinds, severities, statuses). Raised whenever a
 * built-in ID is added; IDs are never renamed or removed, so annotations stay readable.
 */
export const TAXONOMY_VERSION = 1;

export interface Taxonomy {
  /** TAXONOMY_VERSION when the taxonomy was built. */
  version: number;
  /** The built-in risk categories, then the workspace's own. */
  categories: readonly Category[];
  /** The 17 SDGs with their targets. */
  sdgs: readonly Sdg[];
  /** Goals and targets of each loaded Strategic Plan. */
  plans: readonly PlanOpportunities[];
  kinds: typeof ANNOTATION_KINDS;
  severities: typeof SEVERITIES;
  statuses: typeof STATUSES;
}

/** What a workspace adds to the built-in vocabulary. */
export interface TaxonomyInput {
  /** The workspace's own categories, as stored (checked here). */
  workspaceCategories?: unknown;
  /** Strategic Plan documents whose goals and targets may be named. */
  plans?: readonly ItuDocument[];
}

const freeze = (categories: readonly Category[], plans: readonly PlanOpportunities[]): Taxonomy =>
  Object.freeze({
    version: TAXONOMY_VERSION,
    categories: Object.freeze([...categories]),
    sdgs: SDGS,
    plans: Object.freeze([...plans]),
    kinds: ANNOTATION_KINDS,
    severities: SEVERITIES,
    statuses: STATUSES,
  });

/** The built-in vocabulary alone: six categories, the SDGs, no plan. */
export const DEFAULT_TAXONOMY: Taxonomy = freeze(RISK_CATEGORIES, []);

/** Builds a workspace's taxonomy; errors name the field (`workspaceCategories[1].id`, `plans[0]`). */
export function buildTaxonomy(input: TaxonomyInput = {}): Validation<Taxonomy> {
  const errors: FieldError[] = [];
  let own: Category[] = [];
  if (input.workspaceCategories !== undefined) {
    const result = validateWorkspaceCategories(input.workspaceCategories, 'workspaceCategories');
    if (result.ok) own = result.value;
    else errors.push(...result.errors);
  }
  const plans: PlanOpportunities[] = [];
  (input.plans ?? []).forEach((doc, i) => {
    const plan = planOpportunities(doc);
    if (!plan) errors.push({ field: fieldPath('plans', i), message: `"${doc.id}" is not a Strategic Plan (its type is ${doc.type})` });
    else if (plans.some((p) => p.document === plan.document)) errors.push({ field: fieldPath('plans', i), message: `the plan "${doc.id}" is given twice` });
    else plans.push(plan);
  });
  return errors.length > 0 ? invalid(errors) : valid(freeze([...RISK_CATEGORIES, ...own], plans));
}

/** The category with this ID, or null. */
export function findCategory(taxonomy: Taxonomy, id: string): Category | null {
  return taxonomy.categories.find((c) => c.id === id) ?? null;
}

/** The plan goal or target with this ID (`sp-2024-2027/target/1.1`), or null when no loaded plan has it. */
export function findPlanOpportunity(taxonomy: Taxonomy, id: string): PlanOpportunity | null {
  for (const plan of taxonomy.plans) {
    if (!id.startsWith(`${plan.document}/`)) continue;
    const found = plan.items.find((item) => item.id === id);
    if (found) return found;
  }
  return null;
}
