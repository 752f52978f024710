import './export.css';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { EXPORT_FORMATS, exportSummary, plural } from '../../core/export/index.ts';
import type { ExportFormat } from '../../core/export/index.ts';
import { appStore, useAppStore } from '../../store/index.ts';
import { navigateTo, viewHash } from '../routing/index.ts';
import { downloadBytes } from './downloadBytes.ts';
import { exportFileName } from './exportFileName.ts';
import { ExportPreview } from './ExportPreview.tsx';
import { FilterChips } from './FilterChips.tsx';
import { filterOptions } from './filterOptions.ts';
import { useRiskSummary } from './useRiskSummary.ts';
import { useSummaryInput } from './useSummaryInput.ts';

const FORMATS: ReadonlyArray<{ id: ExportFormat; name: string; hint: string }> = [
  { id: 'md', name: 'Markdown', hint: 'a readable brief' },
  { id: 'csv', name: 'CSV', hint: 'one row per annotation, for spreadsheets' },
  { id: 'jsonld', name: 'JSON-LD', hint: 'W3C Web Annotations' },
  { id: 'docx', name: 'Word', hint: 'a brief with redlines' },
];

/**
 * The export dialog's content: format, filters, a live preview with the number of annotations it
 * covers, Download and Print view. A modal <dialog>: Escape closes it, focus stays inside while it
 * is open and goes back to what opened it.
 */
function ExportDialogBody() {
  const id = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const input = useSummaryInput();
  const format = useAppStore((state) => state.exportFormat);
  const filters = useAppStore((state) => state.exportFilters);
  const { setExportFormat, toggleExportFilter, clearExportFilters, closeExport } = appStore.getState();
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) dialog.showModal();
    // Not dialog.close() here: its `close` event would close the store's dialog on React's
    // development re-run of effects. Taking the element out of the page closes it; then the
    // focus goes back to what opened it.
    return () =>
      queueMicrotask(() => {
        if (!dialog?.isConnected) opener?.focus();
      });
  }, []);

  // Without filters: every annotation once, for the chips' counts.
  const everything = useRiskSummary(input);
  const options = useMemo(() => (input && everything.summary ? filterOptions(input, everything.summary.entries) : null), [input, everything.summary]);
  const { summary, error, pending } = useRiskSummary(input, filters);

  const download = async (): Promise<void> => {
    if (!summary) return;
    setBusy(true);
    setProblem(null);
    try {
      const bytes = await exportSummary(summary, format);
      const { extension, mime } = EXPORT_FORMATS[format];
      downloadBytes(bytes, exportFileName(summary.workspace, new Date(), extension), mime);
    } catch (failure) {
      setProblem(`The ${FORMATS.find((f) => f.id === format)?.name ?? format} file could not be written: ${failure instanceof Error ? failure.message : String(failure)}. Nothing was saved.`);
    } finally {
      setBusy(false);
    }
  };
  const printView = (): void => {
    closeExport();
    navigateTo(viewHash('print'));
  };

  return (
    <dialog ref={ref} className="export-dialog" aria-labelledby={`${id}-title`} onClose={closeExport}>
      <header className="export-dialog-head">
        <h2 id={`${id}-title`}>Export a risk summary{input ? ` of “${input.workspace}”` : ''}</h2>
        <button type="button" className="button button--quiet" onClick={closeExport} aria-label="Close the export dialog">
          Close
        </button>
      </header>
      {!input ? (
        <p className="export-problem">Open a workspace first: a summary is made from a workspace’s annotations.</p>
      ) : (
        <div className="export-dialog-body">
          <div className="export-choices">
            <fieldset className="export-formats">
              <legend>Format</legend>
              {FORMATS.map((option) => (
                <label key={option.id} className="export-format">
                  <input type="radio" name={`${id}-format`} value={option.id} checked={format === option.id} onChange={() => setExportFormat(option.id)} />
                  <span>
                    {option.name} <small>{option.hint}</small>
                  </span>
                </label>
              ))}
            </fieldset>
            {options && <FilterChips options={options} filters={filters} onToggle={toggleExportFilter} onClear={clearExportFilters} />}
          </div>
          <section className="export-preview" aria-labelledby={`${id}-preview`} aria-busy={pending}>
            <h3 id={`${id}-preview`}>
              Preview{' '}
              <span className="export-count" role="status">
                {summary ? `${plural(summary.entries.length, 'annotation')}${summary.entries.length === input.annotations.length ? '' : ` of ${input.annotations.length}`}` : ''}
              </span>
            </h3>
            {(error ?? everything.error) && (
              <p className="export-problem" role="alert">
                {error ?? everything.error}
              </p>
            )}
            {summary && <ExportPreview summary={summary} format={format} />}
          </section>
        </div>
      )}
      {problem && (
        <p className="export-problem" role="alert">
          {problem}
        </p>
      )}
      <footer className="export-dialog-actions">
        <button type="button" className="button" onClick={printView} disabled={!summary}>
          Print view
        </button>
        <button type="button" className="button button--primary" onClick={() => void download()} disabled={!summary || busy || pending}>
          {busy ? 'Preparing…' : `Download ${FORMATS.find((f) => f.id === format)?.name ?? ''}`}
        </button>
      </footer>
    </dialog>
  );
}

/** The export dialog, while the store says it is open. */
export function ExportDialog() {
  const open = useAppStore((state) => state.exportOpen);
  return open ? <ExportDialogBody /> : null;
}
