import { useEffect } from 'react';
import type { RefObject } from 'react';

/**
 * After the reader renders, brings the target into view and gives it focus (so the keyboard
 * continues from there); with no target, a newly opened document starts at its top. `seq` changes
 * on every navigation, so opening the same link twice scrolls again.
 */
export function useScrollToTarget(
  scroller: RefObject<HTMLElement | null>,
  docId: string | null,
  targetId: string | null,
  seq: number,
  ready: boolean,
): void {
  useEffect(() => {
    if (!ready) return;
    const element = targetId ? document.getElementById(targetId) : null;
    if (element) {
      element.scrollIntoView({ block: 'center' });
      element.focus({ preventScroll: true });
    } else {
      scroller.current?.scrollTo({ top: 0 });
    }
  }, [scroller, docId, targetId, seq, ready]);
}
