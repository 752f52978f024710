/**
 * The risk summary as CSV for spreadsheets: RFC 4180 (comma-separated, CRLF line ends, a field
 * quoted when it holds a comma, a quote or a line break, quotes doubled), UTF-8 with a byte-order
 * mark so that spreadsheet programs read the accents right. One row per annotation.
 */
// The browser build of csv-stringify: the Node one reaches for Buffer, which a browser lacks.
import { stringify } from 'csv-stringify/browser/esm/sync';
import type { RiskSummary, SummaryEntry } from './types.ts';

/** The byte-order mark that starts the file. */
export const CSV_BOM = '\uFEFF';

/** What "; " joins inside one cell (several categories, proposals, proposers). */
const LIST = '; ';

/** The columns, in order, with the header each one has: a public contract (docs/export.md). */
export const CSV_COLUMNS: ReadonlyArray<readonly [header: string, cell: (entry: SummaryEntry) => string]> = [
  ['id', (e) => e.id],
  ['kind', (e) => e.kind],
  ['document', (e) => e.document.id],
  ['document name', (e) => e.document.name],
  ['clause', (e) => e.clause],
  ['label', (e) => e.label],
  ['citation', (e) => e.citation],
  ['categories', (e) => e.categories.join(LIST)],
  ['SDG targets', (e) => e.sdgTargets.join(LIST)],
  ['plan targets', (e) => e.planTargets.join(LIST)],
  ['severity', (e) => e.severity ?? ''],
  ['status', (e) => e.status],
  ['assignee', (e) => e.assignee ?? ''],
  ['author', (e) => e.author],
  ['created', (e) => e.created],
  ['modified', (e) => e.modified],
  ['anchoring state', (e) => e.anchor.state],
  ['anchoring reason', (e) => e.anchor.reason],
  ['quote', (e) => e.quote ?? ''],
  ['base text', (e) => e.baseText],
  ['note', (e) => e.note],
  ['replies', (e) => String(e.thread.replies)],
  ['latest reply', (e) => (e.thread.latest ? `${e.thread.latest.author} (${e.thread.latest.created}): ${e.thread.latest.text}` : '')],
  ['proposals', (e) => e.effects.map((p) => `${p.proposal} ${p.op}`).join(LIST)],
  ['proposers', (e) => e.proposers.join(LIST)],
];

/**
 * The summary's entries (every matching annotation once) as CSV text, BOM first, header row
 * `CSV_COLUMNS`. Against formula injection (OWASP "CSV Injection"), a cell that starts with
 * `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading apostrophe, so that a spreadsheet
 * shows it as text instead of running it.
 */
export function toCsv(summary: RiskSummary): string {
  const rows = summary.entries.map((entry) => CSV_COLUMNS.map(([, cell]) => cell(entry)));
  return (
    CSV_BOM +
    stringify(rows, {
      header: true,
      columns: CSV_COLUMNS.map(([header]) => header),
      record_delimiter: '\r\n',
      // With a CRLF record delimiter csv-stringify would otherwise leave a lone \n unquoted.
      quote_record_delimiter: true,
      escape_formulas: true,
    })
  );
}
