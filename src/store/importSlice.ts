import type { StateCreator } from 'zustand/vanilla';
import type { AppState } from './appStore.ts';

/** Where an import stands; one import runs at a time. */
export type ImportStatus =
  | { phase: 'idle' }
  | { phase: 'reading'; file: string; loaded: number; total: number }
  | { phase: 'parsing'; file: string; fraction: number }
  | { phase: 'done'; file: string; documents: string[]; replaced: string[] }
  | { phase: 'error'; file: string; message: string };

export interface ImportSlice {
  importStatus: ImportStatus;
  setImportStatus: (status: ImportStatus) => void;
  /** Clears a finished or failed import from the screen. */
  dismissImport: () => void;
}

/** True while a file is being read or parsed. */
export function isImporting(status: ImportStatus): boolean {
  return status.phase === 'reading' || status.phase === 'parsing';
}

export const createImportSlice: StateCreator<AppState, [], [], ImportSlice> = (set) => ({
  importStatus: { phase: 'idle' },
  setImportStatus: (importStatus) => set({ importStatus }),
  dismissImport: () =>
    set((state) => (isImporting(state.importStatus) ? {} : { importStatus: { phase: 'idle' } })),
});
