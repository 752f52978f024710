import type { CrossRef, FootnoteRef } from '../../core/model/index.ts';

/** A run of clause text, or a footnote marker between runs. */
export type TextPiece =
  | { kind: 'text'; text: string; start: number; ref: CrossRef | null; marked: boolean }
  | { kind: 'note'; number: string; at: number };

/** Keeps well-formed, non-overlapping refs, in order; a malformed one is dropped, not rendered wrongly. */
function usableRefs(refs: CrossRef[], length: number): CrossRef[] {
  const sorted = refs
    .filter((ref) => Number.isInteger(ref.start) && Number.isInteger(ref.end) && ref.start >= 0 && ref.end <= length && ref.start < ref.end)
    .sort((a, b) => a.start - b.start);
  const out: CrossRef[] = [];
  for (const ref of sorted) {
    const last = out[out.length - 1];
    if (!last || ref.start >= last.end) out.push(ref);
  }
  return out;
}

/**
 * Cuts a clause's text into pieces at cross-reference edges, search-match edges and footnote
 * markers, so the reader can render links, <mark>s and superscripts without touching HTML.
 * Concatenating the text pieces gives back `text`; every note appears once, at its offset
 * (clamped into the text).
 */
export function textPieces(
  text: string,
  notes: FootnoteRef[] = [],
  refs: CrossRef[] = [],
  marks: Array<[number, number]> = [],
): TextPiece[] {
  const length = text.length;
  const clamp = (n: number): number => Math.min(Math.max(Number.isFinite(n) ? Math.trunc(n) : 0, 0), length);
  const goodRefs = usableRefs(refs, length);
  const goodMarks = marks.map(([a, b]) => [clamp(a), clamp(b)] as const).filter(([a, b]) => a < b);
  const placedNotes = notes.map((note) => ({ number: note.number, at: clamp(note.at) }));

  const cuts = new Set<number>([0, length]);
  for (const ref of goodRefs) cuts.add(ref.start).add(ref.end);
  for (const [a, b] of goodMarks) cuts.add(a).add(b);
  for (const note of placedNotes) cuts.add(note.at);
  const points = [...cuts].sort((a, b) => a - b);

  const pieces: TextPiece[] = [];
  points.forEach((point, i) => {
    for (const note of placedNotes) if (note.at === point) pieces.push({ kind: 'note', number: note.number, at: point });
    const next = points[i + 1];
    if (next === undefined || next <= point) return;
    pieces.push({
      kind: 'text',
      text: text.slice(point, next),
      start: point,
      ref: goodRefs.find((ref) => ref.start <= point && next <= ref.end) ?? null,
      marked: goodMarks.some(([a, b]) => a <= point && next <= b),
    });
  });
  return pieces;
}
