import type { StateCreator } from 'zustand/vanilla';
import type { AppState } from './appStore.ts';

/** The three ways of comparing proposals with their base text. */
export type CompareMode = 'synoptic' | 'redline' | 'summary';

/** Where the comparison is: the base text, the view, and the proposal for redline and summary. */
export interface CompareRoute {
  baseId: string;
  mode: CompareMode;
  /** The proposal shown in the redline or summary; null picks the first one. */
  proposalId: string | null;
}

/** What the comparison screen shows. Proposals themselves live outside the UI store. */
export interface CompareSlice {
  /** The open comparison, or null while reading. Follows the URL fragment (`#compare/res130`). */
  compare: CompareRoute | null;
  setCompare: (route: CompareRoute | null) => void;
  /** Proposal IDs unticked in the synoptic view; new proposals are shown until unticked. */
  hiddenProposals: readonly string[];
  toggleProposal: (proposalId: string) => void;
  /** Redline layout: one text with revision marks, or base and proposal side by side. */
  redlineLayout: 'inline' | 'side-by-side';
  setRedlineLayout: (layout: 'inline' | 'side-by-side') => void;
  /** Folds runs of unchanged clauses into one line. */
  collapseUnchanged: boolean;
  setCollapseUnchanged: (collapse: boolean) => void;
  /** Synoptic columns show only the changed words, for many proposals side by side. */
  compact: boolean;
  setCompact: (compact: boolean) => void;
  /** The change in focus in a proposal's redline (its index among the changed clauses); null before the first. */
  changeFocus: ChangeFocus | null;
  /** Focuses a change; asking for the one already in focus scrolls to it again. */
  focusChange: (proposalId: string, index: number) => void;
}

export interface ChangeFocus {
  proposalId: string;
  index: number;
  /** Counts focusChange calls. */
  seq: number;
}

export const createCompareSlice: StateCreator<AppState, [], [], CompareSlice> = (set) => ({
  compare: null,
  setCompare: (compare) => set({ compare }),
  hiddenProposals: [],
  toggleProposal: (proposalId) =>
    set((state) => ({
      hiddenProposals: state.hiddenProposals.includes(proposalId)
        ? state.hiddenProposals.filter((id) => id !== proposalId)
        : [...state.hiddenProposals, proposalId],
    })),
  redlineLayout: 'inline',
  setRedlineLayout: (redlineLayout) => set({ redlineLayout }),
  collapseUnchanged: true,
  setCollapseUnchanged: (collapseUnchanged) => set({ collapseUnchanged }),
  compact: false,
  setCompact: (compact) => set({ compact }),
  changeFocus: null,
  focusChange: (proposalId, index) => set((state) => ({ changeFocus: { proposalId, index, seq: (state.changeFocus?.seq ?? 0) + 1 } })),
});
