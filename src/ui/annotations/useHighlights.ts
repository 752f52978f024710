import { useEffect } from 'react';
import type { Anchor } from '../../core/anchoring/index.ts';
import type { Annotation } from '../../core/model/index.ts';
import { clauseTextElement, rangeForOffsets } from './clauseTextDom.ts';

/** Highlight names, one per annotation kind, styled in annotations.css with ::highlight(). */
export const HIGHLIGHT_NAMES = { risk: 'cw-risk', opportunity: 'cw-opportunity', note: 'cw-note' } as const;

/**
 * Draws each anchored annotation over the reader's clause text as a CSS Custom Highlight: a
 * decoration painted over the text, which leaves the official text's DOM untouched. Redrawn
 * whenever the reader re-renders.
 */
export function useHighlights(annotations: readonly Annotation[], anchors: ReadonlyMap<string, Anchor>): void {
  useEffect(() => {
    if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
    let frame = 0;
    const draw = (): void => {
      frame = 0;
      const ranges: Record<keyof typeof HIGHLIGHT_NAMES, Range[]> = { risk: [], opportunity: [], note: [] };
      for (const annotation of annotations) {
        const found = anchors.get(annotation.id);
        if (!found?.clause || !found.span) continue;
        const element = clauseTextElement(document, found.clause);
        const range = element ? rangeForOffsets(element, found.span.start, found.span.end) : null;
        if (range) ranges[annotation.kind].push(range);
      }
      for (const kind of Object.keys(HIGHLIGHT_NAMES) as Array<keyof typeof HIGHLIGHT_NAMES>) {
        CSS.highlights.set(HIGHLIGHT_NAMES[kind], new Highlight(...ranges[kind]));
      }
    };
    const schedule = (): void => {
      frame ||= requestAnimationFrame(draw);
    };
    draw();
    const observer = new MutationObserver(schedule);
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    return () => {
      observer.disconnect();
      if (frame) cancelAnimationFrame(frame);
      for (const name of Object.values(HIGHLIGHT_NAMES)) CSS.highlights.delete(name);
    };
  }, [annotations, anchors]);
}
