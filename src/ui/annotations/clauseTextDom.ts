/**
 * Offsets in a clause's text ↔ DOM positions in the reader's rendering of it. The reader renders
 * the text as text nodes (links and search marks wrap some), plus footnote superscripts and a
 * "Copy link" button that are not part of the text: those are skipped.
 */

/** The element holding a clause's own text in the reader (not its sub-items). */
export function clauseTextElement(root: ParentNode, clauseId: string): HTMLElement | null {
  const clause = root.querySelector<HTMLElement>(`.reader [id="${CSS.escape(clauseId)}"]`);
  return clause?.querySelector<HTMLElement>(':scope > .clause-body > .clause-text') ?? null;
}

function textNodes(element: HTMLElement): Text[] {
  const out: Text[] = [];
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest('.note-marker, .copy-link') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) out.push(node as Text);
  return out;
}

/** A DOM Range over [start, end) of the clause text rendered in `element`, or null when out of bounds. */
export function rangeForOffsets(element: HTMLElement, start: number, end: number): Range | null {
  const range = document.createRange();
  let offset = 0;
  let started = false;
  for (const node of textNodes(element)) {
    const length = node.data.length;
    if (!started && start <= offset + length) {
      range.setStart(node, start - offset);
      started = true;
    }
    if (started && end <= offset + length) {
      range.setEnd(node, end - offset);
      return range;
    }
    offset += length;
  }
  return null;
}

/** The clause and the offsets in its text of the current selection, when it lies within one clause's text. */
export function selectionInClause(selection: Selection | null): { clause: string; start: number; end: number } | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const container = range.commonAncestorContainer;
  const element = (container instanceof Element ? container : container.parentElement)?.closest<HTMLElement>('.clause-text');
  const clause = element?.closest<HTMLElement>('[data-clause]');
  if (!element || !clause?.id) return null;
  let offset = 0;
  let start: number | null = null;
  let end: number | null = null;
  for (const node of textNodes(element)) {
    if (node === range.startContainer) start = offset + range.startOffset;
    if (node === range.endContainer) end = offset + range.endOffset;
    offset += node.data.length;
  }
  if (start === null || end === null || end <= start) return null;
  return { clause: clause.id, start, end };
}
