export { appStore, createAppStore, useAppStore } from './appStore.ts';
export type { AppState } from './appStore.ts';
export { isImporting } from './importSlice.ts';
export type { ImportStatus } from './importSlice.ts';
