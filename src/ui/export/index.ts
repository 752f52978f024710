export { ExportButton } from './ExportButton.tsx';
export { ExportDialog } from './ExportDialog.tsx';
export { PrintView } from './PrintView.tsx';
export { useSummaryInput } from './useSummaryInput.ts';
