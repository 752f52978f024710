/**
 * Offsets in a proposal clause's text ↔ DOM positions in the redline. The redline renders a
 * clause's word diff: equal text, insertions (<ins>) and deletions (<del>); the proposal's text is
 * everything but the deletions. Visually hidden words are CSS generated content, not text nodes.
 */

/** The element holding the proposal side of a redline entry's text: inline, or the proposal side when side by side. */
export function proposalTextElement(entry: HTMLElement): HTMLElement | null {
  return (
    entry.querySelector<HTMLElement>(':scope > .clause-body > .rl-sides > .rl-side--proposal > .clause-text') ??
    entry.querySelector<HTMLElement>(':scope > .clause-body > .clause-text')
  );
}

/** The text nodes of the proposal's text, in order (deleted words left out). */
function proposalNodes(element: HTMLElement): Text[] {
  const out: Text[] = [];
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest('del') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) out.push(node as Text);
  return out;
}

/**
 * A Range over [start, end) of the proposal's text as the redline shows it, or null when the
 * shown text there is not `expected` (the quoted words no longer match what is on screen).
 */
export function proposalRange(element: HTMLElement, start: number, end: number, expected: string): Range | null {
  const range = element.ownerDocument.createRange();
  let offset = 0;
  let started = false;
  let shown = '';
  for (const node of proposalNodes(element)) {
    const length = node.data.length;
    if (!started && start < offset + length) {
      range.setStart(node, start - offset);
      started = true;
    }
    if (started) shown += node.data.slice(Math.max(0, start - offset), Math.max(0, end - offset));
    if (started && end <= offset + length) {
      range.setEnd(node, end - offset);
      return shown === expected ? range : null;
    }
    offset += length;
  }
  return null;
}
