import type { FootnoteRef } from '../model/index.ts';

/** A clause text whose footnote markers can be found and taken out. */
export interface MarkedText {
  text: string;
  notes?: FootnoteRef[];
}


/**
 * Finds the marker of each footnote in the clauses ("developing countries1"), in document order,
 * takes the digits out of the text and records them as `notes` with their offsets.
 * A marker is the footnote's number stuck to the end of a lower-case word (at least three letters,
 * so "IPv6" is not taken for footnote 6) or to a closing bracket or quote.
 */
export function attachFootnoteMarkers(texts: MarkedText[], numbers: string[]): void {
  const found = new Map<MarkedText, Array<{ pos: number; number: string }>>();
  let cursor = { index: 0, pos: 0 };
  for (const number of numbers) {
    // Markers come in order: search from where the previous one was found, then from the start.
    const hit = search(texts, number, cursor) ?? search(texts, number, { index: 0, pos: 0 });
    if (!hit) continue;
    const list = found.get(texts[hit.index]) ?? [];
    if (list.some((m) => hit.pos < m.pos + m.number.length && m.pos < hit.pos + number.length)) continue;
    list.push({ pos: hit.pos, number });
    found.set(texts[hit.index], list);
    cursor = { index: hit.index, pos: hit.pos + number.length };
  }
  for (const [target, markers] of found) {
    markers.sort((a, b) => a.pos - b.pos);
    let text = '';
    let from = 0;
    const notes: FootnoteRef[] = [];
    for (const marker of markers) {
      text += target.text.slice(from, marker.pos);
      notes.push({ number: marker.number, at: text.length });
      from = marker.pos + marker.number.length;
    }
    target.text = text + target.text.slice(from);
    target.notes = notes;
  }
}

/** What may follow a marker; what a marker sticks to. Made once, not at every call. */
const MARKER_END = /[\s,.;:)]/;
const MARKER_STUCK = /[)"”’]$|[a-z]{3}$/;

/** Is `number` at `pos` of `text` a footnote marker: stuck to a word of three lower-case letters, or to a bracket or quote, and not followed by more of a number or word? */
function isMarkerAt(text: string, pos: number, number: string): boolean {
  const after = text[pos + number.length];
  if (after !== undefined && !MARKER_END.test(after)) return false;
  return MARKER_STUCK.test(text.slice(Math.max(0, pos - 3), pos));
}

function search(texts: MarkedText[], number: string, from: { index: number; pos: number }): { index: number; pos: number } | null {
  for (let i = from.index; i < texts.length; i++) {
    const text = texts[i].text;
    for (let pos = text.indexOf(number, i === from.index ? from.pos : 0); pos !== -1; pos = text.indexOf(number, pos + 1)) {
      if (isMarkerAt(text, pos, number)) return { index: i, pos };
    }
  }
  return null;
}
