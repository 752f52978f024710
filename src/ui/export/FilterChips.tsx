import type { SummaryFilters } from '../../core/export/types.ts';
import type { ExportFilterField } from '../../store/index.ts';
import { FILTER_FIELDS } from './filterOptions.ts';
import type { FilterOption } from './filterOptions.ts';

export interface FilterChipsProps {
  options: Record<ExportFilterField, FilterOption[]>;
  filters: SummaryFilters;
  onToggle: (field: ExportFilterField, value: string) => void;
  onClear: () => void;
}

/**
 * One group of chips per filter, each a checkbox with the number of annotations it covers. Ticked
 * chips of one group are alternatives; groups combine (a category AND a severity). A group with
 * nothing to choose from is left out.
 */
export function FilterChips({ options, filters, onToggle, onClear }: FilterChipsProps) {
  const any = FILTER_FIELDS.some(({ field }) => (filters[field]?.length ?? 0) > 0);
  return (
    <div className="export-filters">
      <div className="export-filters-head">
        <h3>Filters</h3>
        <button type="button" className="button button--quiet" onClick={onClear} disabled={!any}>
          Clear filters
        </button>
      </div>
      {FILTER_FIELDS.filter(({ field }) => options[field].length > 0).map(({ field, name }) => {
        const chosen: readonly string[] = filters[field] ?? [];
        return (
          <fieldset key={field} className="chip-group">
            <legend>{name}</legend>
            {options[field].map((option) => (
              <label key={option.value} className={chosen.includes(option.value) ? 'chip chip--on' : 'chip'}>
                <input type="checkbox" checked={chosen.includes(option.value)} onChange={() => onToggle(field, option.value)} />
                {option.label} <span className="chip-count" aria-label={`${option.count} annotations`}>{option.count}</span>
              </label>
            ))}
          </fieldset>
        );
      })}
    </div>
  );
}
