import { useEffect } from 'react';
import type { RefObject } from 'react';
import { isWholeClause } from '../../core/anchoring/index.ts';
import type { CarriedAnnotation } from '../../core/anchoring/index.ts';
import type { ClauseIndex } from './clauseIndex.ts';
import { redlineDomId } from './redlineModel.ts';
import { proposalRange, proposalTextElement } from './redlineTextDom.ts';

/** Highlight names, one per annotation kind, styled in compare.css with ::highlight(); apart from the reader's. */
export const CARRIED_HIGHLIGHTS = { risk: 'cw-carried-risk', opportunity: 'cw-carried-opportunity', note: 'cw-carried-note' } as const;

const whole = (carried: CarriedAnnotation): boolean => isWholeClause(carried.annotation.target);

/**
 * Paints the quoted words of the base's annotations over the redline's proposal text, as CSS
 * Custom Highlights (the official text's DOM is never changed), where the words were found and
 * still read the same on screen. Whole-clause annotations are shown by their marker only, so the
 * revision marks stay readable. Redrawn when the redline re-renders (a run unfolded, the layout).
 */
export function useCarriedHighlights(root: RefObject<HTMLElement | null>, carried: readonly CarriedAnnotation[], proposalIndex: ClauseIndex): void {
  useEffect(() => {
    const container = root.current;
    if (!container || typeof CSS === 'undefined' || !('highlights' in CSS)) return;
    const spans = carried.filter((c) => c.change && c.anchor.state !== 'orphaned' && c.anchor.clause && c.anchor.span && !whole(c));
    if (spans.length === 0) return;
    let frame = 0;
    const draw = (): void => {
      frame = 0;
      const ranges: Record<keyof typeof CARRIED_HIGHLIGHTS, Range[]> = { risk: [], opportunity: [], note: [] };
      for (const { annotation, change, anchor } of spans) {
        const entry = document.getElementById(redlineDomId(change!));
        const element = entry && container.contains(entry) ? proposalTextElement(entry) : null;
        const text = proposalIndex.clauses.get(anchor.clause!)?.clause.text;
        if (!element || text === undefined) continue;
        const { start, end } = anchor.span!;
        const range = proposalRange(element, start, end, text.slice(start, end));
        if (range) ranges[annotation.kind].push(range);
      }
      for (const kind of Object.keys(CARRIED_HIGHLIGHTS) as Array<keyof typeof CARRIED_HIGHLIGHTS>) {
        CSS.highlights.set(CARRIED_HIGHLIGHTS[kind], new Highlight(...ranges[kind]));
      }
    };
    draw();
    const observer = new MutationObserver(() => {
      frame ||= requestAnimationFrame(draw);
    });
    observer.observe(container, { childList: true, subtree: true });
    return () => {
      observer.disconnect();
      if (frame) cancelAnimationFrame(frame);
      for (const name of Object.values(CARRIED_HIGHLIGHTS)) CSS.highlights.delete(name);
    };
  }, [root, carried, proposalIndex]);
}
