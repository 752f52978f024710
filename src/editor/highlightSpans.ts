import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Mapping, StepMap } from '@tiptap/pm/transform';
import type { Mappable } from '@tiptap/pm/transform';
import type { Annotation } from '../core/model/index.ts';
import { ANNOTATION_KINDS, SEVERITIES, tagLabels } from '../core/taxonomy/index.ts';

/** An annotation's words in the draft, as positions in the editor's document. */
export interface HighlightSpan {
  annotation: Annotation;
  from: number;
  to: number;
}

/** A span as the highlights' plugin keeps it: `key` stays the same while the span is mapped through edits. */
export interface KeyedSpan extends HighlightSpan {
  readonly key: number;
}

const kindLabel = (kind: Annotation['kind']): string => ANNOTATION_KINDS.find((term) => term.id === kind)?.label ?? kind;
const severityLabel = (severity: Annotation['severity']): string => (severity ? (SEVERITIES.find((term) => term.id === severity)?.label ?? severity) : '');

/** What a highlight says on hover: "Risk, High: Cybersecurity, SDG 9.c". */
export function highlightTitle(annotation: Annotation): string {
  const tags = tagLabels(annotation);
  const head = [kindLabel(annotation.kind), severityLabel(annotation.severity)].filter(Boolean).join(', ');
  return tags.length > 0 ? `${head}: ${tags.join(', ')}` : head;
}

/** The decoration classes of an annotation's highlight (the fallback without CSS Custom Highlights). */
export function highlightClass(annotation: Annotation): string {
  const severity = annotation.severity ? ` draft-highlight--${annotation.severity}` : '';
  return `draft-highlight draft-highlight--${annotation.kind}${severity}`;
}

/**
 * The CSS Custom Highlight an annotation is drawn with (`::highlight(name)` in editor.css): one per
 * kind, and for risks one per look (high and critical are drawn heavier).
 */
export function highlightName(annotation: Annotation): string {
  if (annotation.kind === 'risk' && (annotation.severity === 'high' || annotation.severity === 'critical')) return `cw-draft-risk-${annotation.severity}`;
  return `cw-draft-${annotation.kind}`;
}

/** Every highlight name `highlightName` gives. */
export const DRAFT_HIGHLIGHT_NAMES: readonly string[] = ['cw-draft-risk', 'cw-draft-risk-high', 'cw-draft-risk-critical', 'cw-draft-opportunity', 'cw-draft-note'];

/** The spans that fit in `doc` and are not empty, each with its key (its index in `spans`). */
export function keySpans(doc: ProseMirrorNode, spans: readonly HighlightSpan[]): KeyedSpan[] {
  const size = doc.content.size;
  const out: KeyedSpan[] = [];
  spans.forEach(({ annotation, from, to }, key) => {
    if (from >= 0 && to <= size && from < to) out.push({ annotation, from, to, key });
  });
  return out;
}

/**
 * The spans mapped through a change, as inline decorations are: words typed at either edge stay
 * outside, and a span whose words are all deleted is dropped. Spans that do not move keep their
 * object, so an unchanged set stays the same array.
 */
export function mapSpans(spans: readonly KeyedSpan[], mapping: Mappable): readonly KeyedSpan[] {
  let out: KeyedSpan[] | null = null;
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i];
    const from = mapping.map(span.from, 1);
    const to = mapping.map(span.to, -1);
    const same = from === span.from && to === span.to;
    if (same && !out) continue;
    out ??= spans.slice(0, i);
    if (same) out.push(span);
    else if (from < to) out.push({ annotation: span.annotation, from, to, key: span.key });
  }
  return out ?? spans;
}

/** Whether two sets of spans draw the same thing (same annotations, same places, same order). */
export function sameSpans(a: readonly HighlightSpan[], b: readonly HighlightSpan[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i].annotation !== b[i].annotation || a[i].from !== b[i].from || a[i].to !== b[i].to) return false;
  }
  return true;
}

/**
 * The change between two documents as one replaced range. A Yjs update re-renders the whole
 * document (one replace from 0 to the end); this finds the part that really changed, so
 * highlights elsewhere keep their place.
 */
export function changedRange(before: ProseMirrorNode, after: ProseMirrorNode): Mapping {
  const start = before.content.findDiffStart(after.content);
  if (start === null) return new Mapping();
  let { a: endA, b: endB } = before.content.findDiffEnd(after.content) ?? { a: before.content.size, b: after.content.size };
  // The two ends may overlap the start when the change repeats what is next to it.
  const overlap = start - Math.min(endA, endB);
  if (overlap > 0) {
    endA += overlap;
    endB += overlap;
  }
  return new Mapping([new StepMap([start, endA - start, endB - start])]);
}
