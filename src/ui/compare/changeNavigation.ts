/** Keys that step through the changes of a redline. */
const NEXT_KEYS = new Set(['n']);
const PREVIOUS_KEYS = new Set(['p']);

/** Keys typed into a field belong to the field. */
function isTyping(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('input, textarea, select, [contenteditable="true"]') !== null;
}

/**
 * The change to go to from `current` (-1 before the first): one step forward or back, staying put
 * at either end. Null when there is nowhere to go.
 */
export function stepChange(current: number, count: number, forward: boolean): number | null {
  if (count === 0) return null;
  const next = forward ? Math.min(current + 1, count - 1) : Math.max(current - 1, 0);
  return next === current ? null : next;
}

/** The direction a key press asks for: `n` next, `p` previous; null for any other key or while typing. */
export function changeKeyDirection(event: KeyboardEvent): 'next' | 'previous' | null {
  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return null;
  if (isTyping(event.target)) return null;
  const key = event.key.toLowerCase();
  if (NEXT_KEYS.has(key)) return 'next';
  if (PREVIOUS_KEYS.has(key)) return 'previous';
  return null;
}
