export { ExportButton } from './ExportButton.tsx';
export { ExportDialog } from './ExportDialog.tsx';
export { PrintView } from './PrintView.tsx';
export { useSummaryInput } from './useSummaryInput.ts';
export { useRiskSummary } from './useRiskSummary.ts';
export { exportFileName } from './exportFileName.ts';
export { conferenceOf, filterOptions } from './filterOptions.ts';
export type { FilterOption } from './filterOptions.ts';
