import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import { createAnnotationsSlice } from './annotationsSlice.ts';
import type { AnnotationsSlice } from './annotationsSlice.ts';
import { createCollabSlice } from './collabSlice.ts';
import type { CollabSlice } from './collabSlice.ts';
import { createCompareSlice } from './compareSlice.ts';
import type { CompareSlice } from './compareSlice.ts';
import { createDashboardSlice } from './dashboardSlice.ts';
import type { DashboardSlice } from './dashboardSlice.ts';
import { createExportSlice } from './exportSlice.ts';
import type { ExportSlice } from './exportSlice.ts';
import { createImportSlice } from './importSlice.ts';
import type { ImportSlice } from './importSlice.ts';
import { createPanelsSlice } from './panelsSlice.ts';
import type { PanelsSlice } from './panelsSlice.ts';
import { createSearchSlice } from './searchSlice.ts';
import type { SearchSlice } from './searchSlice.ts';
import { createSelectionSlice } from './selectionSlice.ts';
import type { SelectionSlice } from './selectionSlice.ts';

/** All UI state. Document data (the library) is not here: see ui/library/LibraryContext. */
export type AppState = SelectionSlice & SearchSlice & ImportSlice & PanelsSlice & CompareSlice & CollabSlice & AnnotationsSlice & ExportSlice & DashboardSlice;

/** A fresh store built from the slices (zustand slices pattern). */
export function createAppStore(): StoreApi<AppState> {
  return createStore<AppState>()((...args) => ({
    ...createSelectionSlice(...args),
    ...createSearchSlice(...args),
    ...createImportSlice(...args),
    ...createPanelsSlice(...args),
    ...createCompareSlice(...args),
    ...createCollabSlice(...args),
    ...createAnnotationsSlice(...args),
    ...createExportSlice(...args),
    ...createDashboardSlice(...args),
  }));
}

/** The app's store. */
export const appStore = createAppStore();

/** React hook: reads a piece of the app's store and re-renders when it changes. */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(appStore, selector);
}
