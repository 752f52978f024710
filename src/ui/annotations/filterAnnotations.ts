/** The sidebar's filters: which annotations match, and how many match each choice of each filter. */
import type { Annotation } from '../../core/model/index.ts';
import type { AnnotationFilterField } from '../../store/index.ts';

/** The filters in the order the sidebar shows them. */
export const FILTER_FIELDS: readonly AnnotationFilterField[] = ['kind', 'category', 'sdg', 'severity', 'status', 'assignee', 'author', 'document'];

/** The values an annotation has for a filter (several for categories and SDG targets). */
export function valuesOf(annotation: Annotation, field: AnnotationFilterField): string[] {
  switch (field) {
    case 'kind':
      return [annotation.kind];
    case 'category':
      return annotation.categories;
    case 'sdg':
      return annotation.sdgTargets;
    case 'severity':
      return annotation.severity ? [annotation.severity] : [];
    case 'status':
      return [annotation.status];
    case 'assignee':
      return annotation.assignee ? [annotation.assignee] : [];
    case 'author':
      return [annotation.author];
    case 'document':
      return [annotation.target.clause.split('/')[0]];
  }
}

type Filters = Partial<Record<AnnotationFilterField, string>>;

const matches = (annotation: Annotation, filters: Filters, skip?: AnnotationFilterField): boolean =>
  FILTER_FIELDS.every((field) => field === skip || filters[field] === undefined || valuesOf(annotation, field).includes(filters[field]!));

/** The annotations that pass every filter. */
export function filterAnnotations(annotations: readonly Annotation[], filters: Filters): Annotation[] {
  return annotations.filter((a) => matches(a, filters));
}

/**
 * For each filter, its values with how many annotations would match if that value were chosen
 * (the other filters applied), most frequent first.
 */
export function filterCounts(annotations: readonly Annotation[], filters: Filters): Record<AnnotationFilterField, Array<{ value: string; count: number }>> {
  const out = {} as Record<AnnotationFilterField, Array<{ value: string; count: number }>>;
  for (const field of FILTER_FIELDS) {
    const tally = new Map<string, number>();
    for (const a of annotations) {
      if (!matches(a, filters, field)) continue;
      for (const value of new Set(valuesOf(a, field))) tally.set(value, (tally.get(value) ?? 0) + 1);
    }
    out[field] = [...tally].map(([value, count]) => ({ value, count })).sort((x, y) => y.count - x.count || x.value.localeCompare(y.value));
  }
  return out;
}
