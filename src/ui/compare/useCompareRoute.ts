import { appStore } from '../../store/index.ts';
import { useOnHashChange } from '../routing/index.ts';
import { compareRouteFromHash } from './compareRoute.ts';

/**
 * Keeps the comparison in step with the URL fragment (`#compare/res130/redline/...`). Call it after
 * useHashRoute: while comparing, the library shows the base text as the open one.
 */
export function useCompareRoute(): void {
  useOnHashChange(openCompareFromHash);
}

function openCompareFromHash(): void {
  const route = compareRouteFromHash(window.location.hash);
  const state = appStore.getState();
  state.setCompare(route);
  if (route && state.selectedDocId !== route.baseId) state.openTarget(route.baseId);
}
