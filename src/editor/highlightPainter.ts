import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { EditorView } from '@tiptap/pm/view';
import { changedRange, highlightName, highlightTitle } from './highlightSpans.ts';
import type { KeyedSpan } from './highlightSpans.ts';

/** Whether this browser draws CSS Custom Highlights (`CSS.highlights`, `new Highlight()`). */
export function customHighlightsAvailable(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/** A span drawn: its live DOM range and the highlight holding it. */
interface Drawn {
  range: Range;
  name: string;
}

/** A stretch of the document (ProseMirror positions) whose DOM may have changed. */
type Region = readonly [from: number, to: number];

/**
 * Draws the highlights' spans as CSS Custom Highlights (`::highlight(cw-draft-…)` in editor.css):
 * no element is added to the editor, so typing costs what it costs without annotations.
 *
 * The spans' ProseMirror positions are the truth; each span has a live DOM Range made from them.
 * Ranges follow the browser's edits of a text node by the DOM's rules, which differ from the
 * highlights' at a span's edges, and collapse when ProseMirror replaces a text node; so after each
 * update, the ranges of spans in the paragraphs that changed (the document's change, and any DOM
 * mutation: a collaborator's caret splitting a text node) are checked against their positions and
 * moved where they differ. Everything is redrawn only when the spans are replaced.
 */
export class HighlightPainter {
  readonly #view: EditorView;
  readonly #drawn = new Map<number, Drawn>();
  readonly #observer: MutationObserver;
  #spans: readonly KeyedSpan[] = [];
  #hovered: KeyedSpan | null = null;
  #hoverFrame = 0;

  constructor(view: EditorView, spans: readonly KeyedSpan[]) {
    this.#view = view;
    this.#observer = new MutationObserver((records) => this.#repair(records));
    this.#observer.observe(view.dom, { childList: true, characterData: true, subtree: true });
    view.dom.addEventListener('mousemove', this.#onMouseMove);
    view.dom.addEventListener('mouseleave', this.#onMouseLeave);
    this.paintAll(spans);
  }

  /** Draws `spans` from scratch (they replaced the previous ones). */
  paintAll(spans: readonly KeyedSpan[]): void {
    this.#observer.takeRecords();
    this.#clear();
    this.#spans = spans;
    for (const span of spans) this.#place(span);
    this.#setHover(null);
  }

  /** After a state update: `spans` are the previous ones mapped through the change from `before` to `doc`. */
  update(spans: readonly KeyedSpan[], before: ProseMirrorNode, doc: ProseMirrorNode): void {
    const regions = this.#mutatedRegions(this.#observer.takeRecords());
    if (before !== doc) {
      const [range] = changedRange(before, doc).maps;
      range?.forEach((_oldStart, _oldEnd, newStart, newEnd) => regions.push([newStart, newEnd]));
    }
    if (spans !== this.#spans && spans.length !== this.#spans.length) this.#prune(spans);
    this.#spans = spans;
    this.#redraw(regions, doc);
  }

  /** Removes every range this editor drew, and stops watching the editor. */
  destroy(): void {
    this.#observer.disconnect();
    this.#view.dom.removeEventListener('mousemove', this.#onMouseMove);
    this.#view.dom.removeEventListener('mouseleave', this.#onMouseLeave);
    if (this.#hoverFrame) cancelAnimationFrame(this.#hoverFrame);
    this.#setHover(null);
    this.#clear();
  }

  /** DOM changes outside a state update (the browser's, or ProseMirror's own re-rendering): repair the ranges there. */
  #repair(records: MutationRecord[]): void {
    if (this.#view.isDestroyed) return;
    this.#redraw(this.#mutatedRegions(records), this.#view.state.doc);
  }

  /** The document stretches whose DOM the mutations touched. */
  #mutatedRegions(records: readonly MutationRecord[]): Region[] {
    const regions: Region[] = [];
    let last: Node | null = null;
    for (const { target } of records) {
      if (target === last || !target.isConnected) continue;
      last = target;
      try {
        const size = target.nodeType === Node.TEXT_NODE ? (target as Text).length : target.childNodes.length;
        regions.push([this.#view.posAtDOM(target, 0), this.#view.posAtDOM(target, size)]);
      } catch {
        // Not in the document's DOM (a widget's own nodes): nothing of the text moved there.
      }
    }
    return regions;
  }

  /** Checks the ranges of the spans in the paragraphs around `regions`, and moves those that are off. */
  #redraw(regions: readonly Region[], doc: ProseMirrorNode): void {
    if (regions.length === 0) return;
    const size = doc.content.size;
    const blocks = regions.map(([from, to]): Region => {
      const $from = doc.resolve(Math.max(0, Math.min(size, Math.min(from, to))));
      const $to = doc.resolve(Math.max(0, Math.min(size, Math.max(from, to))));
      return [$from.parent.isTextblock ? $from.start() : $from.pos, $to.parent.isTextblock ? $to.end() : $to.pos];
    });
    for (const span of this.#spans) {
      if (blocks.some(([from, to]) => span.to >= from && span.from <= to)) this.#place(span);
    }
  }

  /** Puts a span's range where its positions are in the DOM (a new range, or the old one moved). */
  #place(span: KeyedSpan): void {
    let start: { node: Node; offset: number };
    let end: { node: Node; offset: number };
    try {
      start = this.#view.domAtPos(span.from, 1);
      end = this.#view.domAtPos(span.to, -1);
    } catch {
      this.#remove(span.key);
      return;
    }
    const drawn = this.#drawn.get(span.key);
    if (drawn) {
      const { range } = drawn;
      if (range.startContainer === start.node && range.startOffset === start.offset && range.endContainer === end.node && range.endOffset === end.offset) return;
      range.setStart(start.node, start.offset);
      range.setEnd(end.node, end.offset);
      return;
    }
    const range = new Range();
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset);
    const name = highlightName(span.annotation);
    this.#highlight(name).add(range);
    this.#drawn.set(span.key, { range, name });
  }

  /** Removes the ranges of spans that are gone (their words deleted). */
  #prune(spans: readonly KeyedSpan[]): void {
    const keys = new Set(spans.map((span) => span.key));
    for (const key of [...this.#drawn.keys()]) if (!keys.has(key)) this.#remove(key);
  }

  #remove(key: number): void {
    const drawn = this.#drawn.get(key);
    if (!drawn) return;
    CSS.highlights.get(drawn.name)?.delete(drawn.range);
    this.#drawn.delete(key);
  }

  #clear(): void {
    const names = new Set<string>();
    for (const { range, name } of this.#drawn.values()) {
      CSS.highlights.get(name)?.delete(range);
      names.add(name);
    }
    this.#drawn.clear();
    // Another editor on the page may draw into the same highlights: drop only those left empty.
    for (const name of names) if (CSS.highlights.get(name)?.size === 0) CSS.highlights.delete(name);
  }

  /** The page's highlight called `name`, shared with any other editor on the page. */
  #highlight(name: string): Highlight {
    let highlight = CSS.highlights.get(name);
    if (!highlight) {
      highlight = new Highlight();
      CSS.highlights.set(name, highlight);
    }
    return highlight;
  }

  /** A highlight has no element to carry a title: the editor's frame shows the one under the pointer. */
  readonly #onMouseMove = (event: MouseEvent): void => {
    const { clientX: left, clientY: top } = event;
    if (this.#hoverFrame) cancelAnimationFrame(this.#hoverFrame);
    this.#hoverFrame = requestAnimationFrame(() => {
      this.#hoverFrame = 0;
      if (this.#view.isDestroyed) return;
      const pos = this.#view.posAtCoords({ left, top })?.pos;
      let hit: KeyedSpan | null = null;
      if (pos !== undefined) {
        // The innermost (shortest) span under the pointer.
        for (const span of this.#spans) if (span.from <= pos && pos <= span.to && (!hit || span.to - span.from < hit.to - hit.from)) hit = span;
      }
      this.#setHover(hit);
    });
  };

  readonly #onMouseLeave = (): void => {
    if (this.#hoverFrame) cancelAnimationFrame(this.#hoverFrame);
    this.#hoverFrame = 0;
    this.#setHover(null);
  };

  /** Shows `span`'s title and ID on the element around the editor (outside ProseMirror's DOM, so no re-render). */
  #setHover(span: KeyedSpan | null): void {
    if (span === this.#hovered) return;
    this.#hovered = span;
    const frame = this.#view.dom.parentElement;
    if (!frame) return;
    if (span) {
      frame.setAttribute('title', highlightTitle(span.annotation));
      frame.setAttribute('data-annotation-id', span.annotation.id);
    } else {
      frame.removeAttribute('title');
      frame.removeAttribute('data-annotation-id');
    }
  }
}
