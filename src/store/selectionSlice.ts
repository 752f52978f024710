import type { StateCreator } from 'zustand/vanilla';
import type { AppState } from './appStore.ts';

/** What the reader shows: a document and, inside it, the clause (or section, footnote) in focus. */
export interface SelectionSlice {
  /** ID of the open document, e.g. `res130`; null shows the welcome page. */
  selectedDocId: string | null;
  /** Element ID the reader scrolls to and highlights, e.g. `res130/resolves/3`; null for none. */
  targetId: string | null;
  /** Counts openTarget calls, so that opening the same target again scrolls to it again. */
  targetSeq: number;
  /** Opens a document, optionally at one of its clauses. */
  openTarget: (docId: string | null, targetId?: string | null) => void;
}

export const createSelectionSlice: StateCreator<AppState, [], [], SelectionSlice> = (set) => ({
  selectedDocId: null,
  targetId: null,
  targetSeq: 0,
  openTarget: (docId, targetId = null) =>
    set((state) => ({
      selectedDocId: docId,
      targetId: docId === null ? null : targetId,
      targetSeq: state.targetSeq + 1,
    })),
});
