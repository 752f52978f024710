import { appStore } from '../../store/index.ts';
import { targetFromHash } from './permalink.ts';
import { useOnHashChange } from './useOnHashChange.ts';

/** Keeps the open document and target in step with the URL fragment (back/forward included). */
export function useHashRoute(): void {
  useOnHashChange(openFromHash);
}

function openFromHash(): void {
  const target = targetFromHash(window.location.hash);
  appStore.getState().openTarget(target?.docId ?? null, target?.targetId ?? null);
}

/** Opens an ID by setting the fragment; setting the same fragment again still re-targets it. */
export function navigateTo(hash: string): void {
  if (window.location.hash === hash) {
    const target = targetFromHash(hash);
    appStore.getState().openTarget(target?.docId ?? null, target?.targetId ?? null);
  } else {
    window.location.hash = hash;
  }
}
