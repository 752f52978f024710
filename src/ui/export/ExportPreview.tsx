import { useEffect, useState } from 'react';
import { exportSummary, toMarkdown } from '../../core/export/index.ts';
import type { ExportFormat, RiskSummary } from '../../core/export/index.ts';
import { csvRows } from './csvRows.ts';
import { docxContents } from './docxContents.ts';

/** How much of a long text the preview shows: enough to judge the output, little enough to stay quick. */
const PREVIEW_CHARS = 20_000;
const PREVIEW_ROWS = 12;

type Preview = { kind: 'text'; text: string; total: number } | { kind: 'table'; rows: string[][]; total: number } | { kind: 'list'; lines: string[] } | { kind: 'error'; message: string };

const decoder = new TextDecoder();

async function previewOf(summary: RiskSummary, format: ExportFormat): Promise<Preview> {
  if (format === 'docx') return { kind: 'list', lines: docxContents(summary) };
  const text = format === 'md' ? toMarkdown(summary) : decoder.decode(await exportSummary(summary, format));
  if (format === 'csv') return { kind: 'table', rows: csvRows(text, PREVIEW_ROWS + 1), total: summary.entries.length };
  return { kind: 'text', text: text.slice(0, PREVIEW_CHARS), total: text.length };
}

const FORMAT_NAMES: Record<ExportFormat, string> = { md: 'Markdown', csv: 'CSV', jsonld: 'JSON-LD', docx: 'Word' };

/** The chosen format's output for the summary, shortened: Markdown and JSON-LD as text, CSV as a table, Word as a list of its parts. */
export function ExportPreview({ summary, format }: { summary: RiskSummary; format: ExportFormat }) {
  const [preview, setPreview] = useState<Preview | null>(null);
  useEffect(() => {
    let current = true;
    previewOf(summary, format).then(
      (made) => current && setPreview(made),
      (error: unknown) =>
        current && setPreview({ kind: 'error', message: `The ${FORMAT_NAMES[format]} preview could not be made: ${error instanceof Error ? error.message : String(error)}` }),
    );
    return () => {
      current = false;
    };
  }, [summary, format]);

  if (!preview) return <p className="export-preview-wait">Preparing the preview…</p>;
  switch (preview.kind) {
    case 'error':
      return (
        <p className="export-problem" role="alert">
          {preview.message}
        </p>
      );
    case 'list':
      return (
        <div className="export-preview-docx">
          <p>The Word brief will hold:</p>
          <ul>
            {preview.lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      );
    case 'table': {
      const [head = [], ...body] = preview.rows;
      return (
        <div className="export-preview-table">
          <table>
            <thead>
              <tr>
                {head.map((cell, i) => (
                  <th key={i} scope="col">
                    {cell}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {body.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, i) => (
                    <td key={i} title={cell}>
                      {cell.length > 80 ? `${cell.slice(0, 80)}…` : cell}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          {preview.total > body.length && <p className="export-preview-more">First {body.length} of {preview.total} rows.</p>}
        </div>
      );
    }
    case 'text':
      return (
        <>
          <pre className="export-preview-text" tabIndex={0} aria-label={`${format === 'md' ? 'Markdown' : 'JSON-LD'} preview`}>
            {preview.text}
          </pre>
          {preview.total > preview.text.length && (
            <p className="export-preview-more">
              The first {preview.text.length.toLocaleString('en')} of {preview.total.toLocaleString('en')} characters; the download has all of it.
            </p>
          )}
        </>
      );
  }
}
