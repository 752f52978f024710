import type { Annotation } from '../../core/model/index.ts';
import { ANNOTATION_KINDS, DEFAULT_TAXONOMY, SEVERITIES, STATUSES, findCategory } from '../../core/taxonomy/index.ts';
import { useAppStore } from '../../store/index.ts';
import type { AnnotationFilterField } from '../../store/index.ts';
import { FILTER_FIELDS, filterCounts } from './filterAnnotations.ts';

const NAMES: Record<AnnotationFilterField, string> = {
  kind: 'Kind',
  category: 'Category',
  sdg: 'SDG target',
  severity: 'Severity',
  status: 'Status',
  assignee: 'Assignee',
  author: 'Author',
  document: 'Document',
};

/** How a filter value reads in the drop-down: a category's or a status's label, "SDG 9.c", or the value itself. */
function labelFor(field: AnnotationFilterField, value: string): string {
  if (field === 'category') return findCategory(DEFAULT_TAXONOMY, value)?.label ?? value;
  if (field === 'sdg') return `SDG ${value}`;
  if (field === 'kind') return ANNOTATION_KINDS.find((k) => k.id === value)?.label ?? value;
  if (field === 'status') return STATUSES.find((s) => s.id === value)?.label ?? value;
  if (field === 'severity') return SEVERITIES.find((s) => s.id === value)?.label ?? value;
  return value;
}

/** One drop-down per filter, each choice with the number of annotations it would show. */
export function AnnotationFilters({ annotations }: { annotations: readonly Annotation[] }) {
  const filters = useAppStore((state) => state.annotationFilters);
  const setFilter = useAppStore((state) => state.setAnnotationFilter);
  const counts = filterCounts(annotations, filters);
  return (
    <div className="annotation-filters">
      {FILTER_FIELDS.map((field) => (
        <label key={field}>
          {NAMES[field]}
          <select value={filters[field] ?? ''} onChange={(event) => setFilter(field, event.target.value || null)}>
            <option value="">any</option>
            {counts[field].map(({ value, count }) => (
              <option key={value} value={value}>
                {labelFor(field, value)} ({count})
              </option>
            ))}
            {filters[field] !== undefined && !counts[field].some((c) => c.value === filters[field]) && <option value={filters[field]}>{filters[field]} (0)</option>}
          </select>
        </label>
      ))}
    </div>
  );
}
