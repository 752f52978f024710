import './print.css';
import { useEffect, useRef } from 'react';
import { useAppStore } from '../../store/index.ts';
import { navigateTo } from '../routing/index.ts';
import { Brief } from './Brief.tsx';
import { useRiskSummary } from './useRiskSummary.ts';
import { useSummaryInput } from './useSummaryInput.ts';

/**
 * The brief as a clean page (`#print`), with the export dialog's filters: read on screen, or
 * printed (to PDF) with the Print button. Print CSS leaves out the app around it.
 */
export function PrintView() {
  const input = useSummaryInput();
  const filters = useAppStore((state) => state.exportFilters);
  const { summary, error } = useRiskSummary(input, filters);
  const main = useRef<HTMLElement>(null);
  useEffect(() => main.current?.focus(), []);
  return (
    <main ref={main} className="print-view" tabIndex={-1} aria-label="Print view">
      <div className="print-toolbar">
        <button type="button" className="button" onClick={() => (window.history.length > 1 ? window.history.back() : navigateTo('#'))}>
          Back
        </button>
        <button type="button" className="button button--primary" onClick={() => window.print()} disabled={!summary}>
          Print
        </button>
        <span className="print-hint">Choose “Save as PDF” in the print dialog for a PDF. Filters are those of the export dialog.</span>
      </div>
      {!input && <p className="export-problem">Open a workspace first: the brief is made from a workspace’s annotations.</p>}
      {error && (
        <p className="export-problem" role="alert">
          {error}
        </p>
      )}
      {input && !summary && !error && <p className="export-preview-wait">Preparing the brief…</p>}
      {summary && <Brief summary={summary} />}
    </main>
  );
}
