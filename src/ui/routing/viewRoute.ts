import { appStore } from '../../store/index.ts';
import type { AppView } from '../../store/index.ts';
import { useOnHashChange } from './useOnHashChange.ts';

const VIEWS: readonly AppView[] = ['dashboard', 'print'];

/** The fragment of a whole-screen view: `#dashboard`, `#print`. */
export function viewHash(view: AppView): string {
  return `#${view}`;
}

/**
 * The view a fragment opens, or null for anything else (a clause permalink such as
 * `#res130/resolves/3`, a comparison, a draft). Only the exact words match, so a document whose
 * ID were `dashboard…` would still open by `#dashboard…/...`.
 */
export function viewFromHash(hash: string): AppView | null {
  const fragment = (hash.startsWith('#') ? hash.slice(1) : hash).trim();
  return VIEWS.find((view) => view === fragment) ?? null;
}

/**
 * Keeps the open view in step with the URL fragment (back / forward included). Call it after
 * useHashRoute: while a view is open no document is, so presence does not name a text called "dashboard".
 */
export function useViewRoute(): void {
  useOnHashChange(openViewFromHash);
}

function openViewFromHash(): void {
  const view = viewFromHash(window.location.hash);
  const state = appStore.getState();
  state.setView(view);
  if (view && state.selectedDocId !== null) state.openTarget(null);
}
