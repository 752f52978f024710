/** Result objects for validating data a person or a file supplied: every error names its field. */

/** One thing wrong with the input: the field at fault (`categories[2]`, `target.quote.exact`) and what is wrong, in plain words. */
export interface FieldError {
  field: string;
  message: string;
}

/** Either the checked value, or every error found. */
export type Validation<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

/** A successful validation. */
export const valid = <T>(value: T): Validation<T> => ({ ok: true, value });

/** A failed validation. */
export const invalid = <T>(errors: FieldError[]): Validation<T> => ({ ok: false, errors });

/** The errors as one line: `field: message; field: message`. */
export function describeErrors(errors: readonly FieldError[]): string {
  return errors.map((e) => (e.field ? `${e.field}: ${e.message}` : e.message)).join('; ');
}

/** Appends a key or an index to a field path: `target` + `quote` → `target.quote`, `thread` + 2 → `thread[2]`. */
export function fieldPath(base: string, key: string | number): string {
  if (typeof key === 'number') return `${base}[${key}]`;
  return base === '' ? key : `${base}.${key}`;
}

/** True for a plain JSON object (not an array, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A short, safe rendering of a bad value for an error message. */
export function showValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (value === null || typeof value === 'number' || typeof value === 'boolean') return String(value);
  return Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'an object' : typeof value;
}
