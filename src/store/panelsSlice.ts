import type { StateCreator } from 'zustand/vanilla';
import type { AppState } from './appStore.ts';

/** Panels that open and close. On wide screens the library sidebar is always shown. */
export interface PanelsSlice {
  /** The library drawer on narrow screens. */
  sidebarOpen: boolean;
  setSidebarOpen: (open: boolean) => void;
  toggleSidebar: () => void;
}

export const createPanelsSlice: StateCreator<AppState, [], [], PanelsSlice> = (set) => ({
  sidebarOpen: false,
  setSidebarOpen: (sidebarOpen) => set({ sidebarOpen }),
  toggleSidebar: () => set((state) => ({ sidebarOpen: !state.sidebarOpen })),
});
