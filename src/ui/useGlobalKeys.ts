import { useEffect } from 'react';
import { flushSync } from 'react-dom';
import { appStore } from '../store/index.ts';
import { SEARCH_INPUT_ID } from './library/index.ts';

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

/** App-wide keys: `/` focuses the search (and opens the library on narrow screens); Escape closes it. */
export function useGlobalKeys(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.key === '/' && !isTyping(event.target)) {
        event.preventDefault();
        // Render the drawer open now: a hidden field cannot take focus.
        flushSync(() => appStore.getState().setSidebarOpen(true));
        const input = document.getElementById(SEARCH_INPUT_ID);
        if (input instanceof HTMLInputElement) {
          input.focus();
          input.select();
        }
      } else if (event.key === 'Escape' && appStore.getState().sidebarOpen) {
        appStore.getState().setSidebarOpen(false);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
