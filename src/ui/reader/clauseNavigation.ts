const NEXT_KEYS = new Set(['j', 'ArrowDown']);
const PREVIOUS_KEYS = new Set(['k', 'ArrowUp']);

/** Keys go to fields and buttons that use them, never to clause navigation. */
function isTyping(element: Element | null): boolean {
  return element !== null && element.closest('input, textarea, select, [contenteditable="true"]') !== null;
}

/**
 * Moves focus to the next or previous clause of the reader, in reading order (sub-items included).
 * From outside any clause, starts at the first clause visible in the reader.
 */
function moveClauseFocus(reader: HTMLElement, from: Element | null, forward: boolean): boolean {
  const clauses = [...reader.querySelectorAll<HTMLElement>('[data-clause]')];
  if (clauses.length === 0) return false;
  const current = from?.closest<HTMLElement>('[data-clause]') ?? null;
  const index = current ? clauses.indexOf(current) : -1;
  let target: HTMLElement | undefined;
  if (index !== -1) target = clauses[index + (forward ? 1 : -1)];
  else {
    const top = reader.getBoundingClientRect().top;
    target = clauses.find((clause) => clause.getBoundingClientRect().bottom > top) ?? clauses[0];
  }
  if (!target) return false;
  target.focus({ preventScroll: true });
  target.scrollIntoView({ block: 'nearest' });
  return true;
}

/**
 * Keyboard handler for the reader: j / ↓ moves focus to the next clause, k / ↑ to the previous one.
 * Arrows only act inside the reader (they scroll lists elsewhere); j and k act anywhere outside a field.
 */
export function onClauseNavigationKey(reader: HTMLElement, event: KeyboardEvent): void {
  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
  const forward = NEXT_KEYS.has(event.key);
  if (!forward && !PREVIOUS_KEYS.has(event.key)) return;
  const from = event.target instanceof Element ? event.target : null;
  if (isTyping(from)) return;
  const inReader = from !== null && reader.contains(from);
  if (event.key.startsWith('Arrow') && !inReader) return;
  if (moveClauseFocus(reader, inReader ? from : null, forward)) event.preventDefault();
}
