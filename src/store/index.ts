export { appStore, createAppStore, useAppStore } from './appStore.ts';
export type { AppState } from './appStore.ts';
export { isImporting } from './importSlice.ts';
export type { ImportStatus } from './importSlice.ts';
export type { ChangeFocus, CompareMode, CompareRoute } from './compareSlice.ts';
export type { CollabSlice, CredentialsPrompt, WorkspaceInfo } from './collabSlice.ts';
export type { AnnotationFilterField, AnnotationsSlice, PickerTarget } from './annotationsSlice.ts';
export type { ExportFilterField, ExportSlice } from './exportSlice.ts';
export type { AppView, DashboardSlice } from './dashboardSlice.ts';
