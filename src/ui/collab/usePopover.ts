import { useEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';

/**
 * Open / closed state of a small panel under a button: Escape and a click outside close it, and
 * focus goes back to the button when Escape closed it.
 */
export function usePopover<T extends HTMLElement>(): { open: boolean; setOpen: (open: boolean) => void; root: RefObject<T | null>; button: RefObject<HTMLButtonElement | null> } {
  const [open, setOpen] = useState(false);
  const root = useRef<T>(null);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent): void => {
      if (root.current && !root.current.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent): void => {
      if (event.key !== 'Escape') return;
      event.stopPropagation();
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey, true);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey, true);
    };
  }, [open]);
  return { open, setOpen, root, button };
}
