import type { StateCreator } from 'zustand/vanilla';
import type { ExportFormat, SummaryFilters } from '../core/export/types.ts';
import type { AppState } from './appStore.ts';

/** The filters of a summary that the export dialog offers as chips (every field of SummaryFilters). */
export type ExportFilterField = keyof SummaryFilters;

/** What the export dialog and the print view show. The summary itself is computed from the workspace, never stored. */
export interface ExportSlice {
  /** True while the export dialog is open. */
  exportOpen: boolean;
  openExport: () => void;
  closeExport: () => void;
  exportFormat: ExportFormat;
  setExportFormat: (format: ExportFormat) => void;
  /** The filters chosen in the dialog; the print view uses the same ones. */
  exportFilters: SummaryFilters;
  /** Adds the value to the field's choices, or takes it out when it is there. */
  toggleExportFilter: (field: ExportFilterField, value: string) => void;
  clearExportFilters: () => void;
}

export const createExportSlice: StateCreator<AppState, [], [], ExportSlice> = (set) => ({
  exportOpen: false,
  openExport: () => set({ exportOpen: true }),
  closeExport: () => set({ exportOpen: false }),
  exportFormat: 'md',
  setExportFormat: (exportFormat) => set({ exportFormat }),
  exportFilters: {},
  toggleExportFilter: (field, value) =>
    set((state) => {
      const current: readonly string[] = state.exportFilters[field] ?? [];
      const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
      const filters: Record<string, string[]> = { ...(state.exportFilters as Record<string, string[]>) };
      if (next.length === 0) delete filters[field];
      else filters[field] = next;
      return { exportFilters: filters as SummaryFilters };
    }),
  clearExportFilters: () => set({ exportFilters: {} }),
});
