/** The formats a risk summary is exported in: names, file extensions and media types. */
import type { ExportFormat } from './types.ts';

/** What a person picks from, and what a saved file is called and served as. */
export interface ExportFormatInfo {
  /** Shown in the export dialog: "Word brief (DOCX)". */
  label: string;
  /** File extension without the dot: `docx`. */
  extension: string;
  /** Media type (text types with `charset=utf-8`). */
  mime: string;
}

/** Every export format, in the order the export dialog lists them. */
export const EXPORT_FORMATS: Readonly<Record<ExportFormat, ExportFormatInfo>> = Object.freeze({
  md: { label: 'Brief (Markdown)', extension: 'md', mime: 'text/markdown; charset=utf-8' },
  csv: { label: 'Spreadsheet (CSV)', extension: 'csv', mime: 'text/csv; charset=utf-8' },
  jsonld: { label: 'W3C Web Annotations (JSON-LD)', extension: 'jsonld', mime: 'application/ld+json' },
  docx: { label: 'Word brief (DOCX)', extension: 'docx', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
});

/** True for a format name (`md`, `csv`, `jsonld`, `docx`), e.g. from a command line. */
export const isExportFormat = (value: string): value is ExportFormat => Object.hasOwn(EXPORT_FORMATS, value);
