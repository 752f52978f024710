/** Risk summaries for advocacy briefs: the summary and dashboard models, and the formats they are written in. */
export type {
  CategoryGroup,
  Dashboard,
  DocumentGroup,
  EntryFields,
  ExportFormat,
  HeatCell,
  IssuesMatrix,
  MatrixCell,
  OpportunityGroup,
  ProposalEffect,
  RiskSummary,
  SummaryEntry,
  SummaryFilters,
  SummaryInput,
  SummaryTotals,
  ThreadSummary,
} from './types.ts';
export { buildSummary, summaryTotals } from './buildSummary.ts';
export { normaliseFilters, annotationMatches, entryMatches, proposerMatches, conferenceMatches, sdgMatches } from './summaryFilters.ts';
export { documentRef, compareDocuments } from './documentRef.ts';
export type { DocumentRef } from './documentRef.ts';
export { higherSeverity } from './severity.ts';
export { plural } from './plural.ts';
export { MATRIX_OPS } from './issuesMatrix.ts';
export { buildDashboard } from './buildDashboard.ts';
export { toMarkdown } from './toMarkdown.ts';
export { CSV_BOM, CSV_COLUMNS, toCsv } from './csv.ts';
export { fromJsonLd, toJsonLd } from './jsonLd.ts';
export { toDocx } from './docx.ts';
export { EXPORT_FORMATS, isExportFormat } from './formats.ts';
export type { ExportFormatInfo } from './formats.ts';
export { exportSummary } from './exportSummary.ts';
