import { useDeferredValue, useMemo } from 'react';
import { buildSummary } from '../../core/export/index.ts';
import type { RiskSummary, SummaryFilters, SummaryInput } from '../../core/export/index.ts';

/** A summary, or why it could not be made, and whether it lags behind the latest input. */
export interface SummaryResult {
  summary: RiskSummary | null;
  error: string | null;
  /** True while a newer input or filter is being worked on (the shown summary is the previous one). */
  pending: boolean;
}

/** Builds a summary, turning a failure into words. */
function trySummary(input: SummaryInput, filters?: SummaryFilters): { summary: RiskSummary | null; error: string | null } {
  try {
    return { summary: buildSummary(input, filters), error: null };
  } catch (error) {
    return { summary: null, error: `The summary could not be made: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/**
 * The risk summary of `input` under `filters`, computed off the urgent render path: typing,
 * ticking a chip or a remote change keeps the screen responsive while a big workspace is summarised
 * (useDeferredValue), and the same input and filters are never summarised twice (useMemo).
 */
export function useRiskSummary(input: SummaryInput | null, filters?: SummaryFilters): SummaryResult {
  // Null first: the screen paints at once, and the summary follows in a background render.
  const deferredInput = useDeferredValue(input, null);
  const deferredFilters = useDeferredValue(filters);
  const result = useMemo(() => (deferredInput ? trySummary(deferredInput, deferredFilters) : { summary: null, error: null }), [deferredInput, deferredFilters]);
  return { ...result, pending: deferredInput !== input || deferredFilters !== filters };
}
