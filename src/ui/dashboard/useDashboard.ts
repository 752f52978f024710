import { useDeferredValue, useMemo } from 'react';
import { buildDashboard } from '../../core/export/index.ts';
import type { Dashboard, SummaryInput } from '../../core/export/index.ts';

/** The dashboard of `input`, or why it could not be made; computed off the urgent render path and memoised. */
export function useDashboard(input: SummaryInput | null): { dashboard: Dashboard | null; error: string | null; pending: boolean } {
  const deferred = useDeferredValue(input, null);
  const made = useMemo(() => {
    if (!deferred) return { dashboard: null, error: null };
    try {
      return { dashboard: buildDashboard(deferred), error: null };
    } catch (error) {
      return { dashboard: null, error: `The dashboard could not be made: ${error instanceof Error ? error.message : String(error)}` };
    }
  }, [deferred]);
  return { ...made, pending: deferred !== input };
}
