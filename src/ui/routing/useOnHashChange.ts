import { useEffect } from 'react';

/**
 * Runs `apply` on mount and again on every change of the URL fragment (back / forward included),
 * until unmount: how the app keeps its store in step with the address. `apply` reads what it needs
 * when called; pass a stable function (module-level), or it is registered again on every render.
 */
export function useOnHashChange(apply: () => void): void {
  useEffect(() => {
    apply();
    window.addEventListener('hashchange', apply);
    return () => window.removeEventListener('hashchange', apply);
  }, [apply]);
}
