import type { FootnoteRef } from '../model/index.ts';

/** A clause text whose footnote markers can be found and taken out. */
export interface MarkedText {
  text: string;
  notes?: FootnoteRef[];
}

/** Escapes a footnote number ("1", "*") for a RegExp. */
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

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
    const re = new RegExp(`(?<=[a-z]{3}|[)"”’])${escape(number)}(?=[\\s,.;:)]|$)`, 'g');
    // Markers come in order: search from where the previous one was found, then from the start.
    const hit = search(texts, re, cursor) ?? search(texts, re, { index: 0, pos: 0 });
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

function search(texts: MarkedText[], re: RegExp, from: { index: number; pos: number }): { index: number; pos: number } | null {
  for (let i = from.index; i < texts.length; i++) {
    re.lastIndex = i === from.index ? from.pos : 0;
    const m = re.exec(texts[i].text);
    if (m) return { index: i, pos: m.index };
  }
  return null;
}
