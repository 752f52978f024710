import type { StateCreator } from 'zustand/vanilla';
import type { AppState } from './appStore.ts';

/** The library search: filters the sidebar and highlights matches in the reader. */
export interface SearchSlice {
  /** As typed; matching trims it. */
  query: string;
  setQuery: (query: string) => void;
}

export const createSearchSlice: StateCreator<AppState, [], [], SearchSlice> = (set) => ({
  query: '',
  setQuery: (query) => set({ query }),
});
