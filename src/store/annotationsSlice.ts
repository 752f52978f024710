import type { StateCreator } from 'zustand/vanilla';
import type { AppState } from './appStore.ts';

/** The fields the annotation sidebar filters on. */
export type AnnotationFilterField = 'kind' | 'category' | 'sdg' | 'severity' | 'status' | 'assignee' | 'author' | 'document';

/** What the tag picker is tagging: a clause, and the span selected in it (offsets in the clause text). */
export interface PickerTarget {
  clause: string;
  span: { start: number; end: number } | null;
}

/** What the annotation sidebar and tag picker show. The annotations themselves live in the workspace's Yjs document. */
export interface AnnotationsSlice {
  /** One chosen value per filter; absent means "any". */
  annotationFilters: Partial<Record<AnnotationFilterField, string>>;
  setAnnotationFilter: (field: AnnotationFilterField, value: string | null) => void;
  /** The clause the reader's focus is on, which the picker and the suggestions are about. */
  annotationClause: string | null;
  setAnnotationClause: (clause: string | null) => void;
  /** The open tag picker, or null. */
  picker: PickerTarget | null;
  openPicker: (target: PickerTarget) => void;
  closePicker: () => void;
  /** The annotation whose tags the tag picker is editing ("edit" mode), or null. */
  tagEditor: string | null;
  openTagEditor: (annotationId: string) => void;
  closeTagEditor: () => void;
  /** Suggestions dismissed in this tab, as `clauseId|category`. */
  dismissedSuggestions: readonly string[];
  dismissSuggestion: (clause: string, category: string) => void;
}

export const createAnnotationsSlice: StateCreator<AppState, [], [], AnnotationsSlice> = (set) => ({
  annotationFilters: {},
  setAnnotationFilter: (field, value) =>
    set((state) => {
      const next = { ...state.annotationFilters };
      if (value === null || value === '') delete next[field];
      else next[field] = value;
      return { annotationFilters: next };
    }),
  annotationClause: null,
  setAnnotationClause: (annotationClause) => set({ annotationClause }),
  picker: null,
  openPicker: (picker) => set({ picker }),
  closePicker: () => set({ picker: null }),
  tagEditor: null,
  openTagEditor: (tagEditor) => set({ tagEditor }),
  closeTagEditor: () => set({ tagEditor: null }),
  dismissedSuggestions: [],
  dismissSuggestion: (clause, category) => set((state) => ({ dismissedSuggestions: [...state.dismissedSuggestions, `${clause}|${category}`] })),
});
