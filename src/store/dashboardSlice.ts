import type { StateCreator } from 'zustand/vanilla';
import type { AppState } from './appStore.ts';

/** Whole-screen views other than the reader: the dashboard (`#dashboard`) and the printable brief (`#print`). */
export type AppView = 'dashboard' | 'print';

/** Which whole-screen view is open. Follows the URL fragment (see ui/routing useViewRoute). */
export interface DashboardSlice {
  /** The open view, or null for the reader (and the comparison, drafts). */
  view: AppView | null;
  setView: (view: AppView | null) => void;
}

export const createDashboardSlice: StateCreator<AppState, [], [], DashboardSlice> = (set) => ({
  view: null,
  setView: (view) => set({ view }),
});
