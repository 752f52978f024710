/** Risk categories a workspace defines for itself, checked before they join the taxonomy. */
import { RISK_CATEGORIES } from './riskCategories.ts';
import type { Category } from './riskCategories.ts';
import { fieldPath, invalid, isRecord, showValue, valid } from './validation.ts';
import type { FieldError, Validation } from './validation.ts';

/** A category ID: lower-case letters and digits in words joined by single hyphens, starting with a letter. */
const CATEGORY_ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
/** Long enough for "international-mobile-roaming", short enough to fit on a tag. */
const MAX_ID_LENGTH = 40;
/** A label is a tag's text, not a sentence. */
const MAX_LABEL_LENGTH = 60;
/** A description is one or two sentences. */
const MAX_DESCRIPTION_LENGTH = 500;

/**
 * Checks one workspace category against the categories already known (the built-in ones are
 * always included): ID shape, label and description lengths, no clash of ID or label.
 */
export function validateCategory(input: unknown, existing: readonly Category[] = [], field = ''): Validation<Category> {
  const errors: FieldError[] = [];
  const at = (key: string): string => fieldPath(field, key);
  if (!isRecord(input)) return invalid([{ field, message: `expected a category with an id and a label, got ${showValue(input)}` }]);
  const known = [...RISK_CATEGORIES, ...existing];
  const { id, label, description } = input;

  if (typeof id !== 'string') errors.push({ field: at('id'), message: `expected a text such as "spectrum-policy", got ${showValue(id)}` });
  else if (!CATEGORY_ID.test(id) || id.length > MAX_ID_LENGTH) {
    errors.push({ field: at('id'), message: `${showValue(id)} is not a usable category ID: use lower-case letters, digits and single hyphens, starting with a letter, at most ${MAX_ID_LENGTH} characters (e.g. "spectrum-policy")` });
  } else {
    const clash = known.find((c) => c.id === id);
    if (clash) errors.push({ field: at('id'), message: `"${id}" is already used by the ${clash.builtIn ? 'built-in ' : ''}category "${clash.label}"` });
  }

  const trimmed = typeof label === 'string' ? label.trim().replace(/\s+/g, ' ') : '';
  if (typeof label !== 'string' || trimmed === '') errors.push({ field: at('label'), message: 'a category needs a label (the text shown on its tags)' });
  else if (trimmed.length > MAX_LABEL_LENGTH) errors.push({ field: at('label'), message: `the label is ${trimmed.length} characters long; the limit is ${MAX_LABEL_LENGTH}` });
  else {
    const clash = known.find((c) => c.label.toLowerCase() === trimmed.toLowerCase());
    if (clash) errors.push({ field: at('label'), message: `the label "${trimmed}" is already used by the category "${clash.id}"` });
  }

  if (description !== undefined && typeof description !== 'string') errors.push({ field: at('description'), message: `expected a text, got ${showValue(description)}` });
  else if (typeof description === 'string' && description.length > MAX_DESCRIPTION_LENGTH) {
    errors.push({ field: at('description'), message: `the description is ${description.length} characters long; the limit is ${MAX_DESCRIPTION_LENGTH}` });
  }

  if (errors.length > 0) return invalid(errors);
  return valid(Object.freeze({ id: id as string, label: trimmed, description: typeof description === 'string' ? description.trim() : '', builtIn: false }));
}

/** Checks a workspace's list of its own categories: each one, and no two alike. */
export function validateWorkspaceCategories(input: unknown, field = 'categories'): Validation<Category[]> {
  if (!Array.isArray(input)) return invalid([{ field, message: `expected a list of categories, got ${showValue(input)}` }]);
  const accepted: Category[] = [];
  const errors: FieldError[] = [];
  input.forEach((item, i) => {
    const result = validateCategory(item, accepted, fieldPath(field, i));
    if (result.ok) accepted.push(result.value);
    else errors.push(...result.errors);
  });
  return errors.length > 0 ? invalid(errors) : valid(accepted);
}
