import { endsComplete } from './joinText.ts';
import { KNOWN_ONLY, matchHeading } from './matchHeading.ts';
import { parseAnnexLine } from './titleLine.ts';

/** A footnote while its text is gathered. */
export interface FootnoteDraft {
  number: string;
  text: string;
}

/** What opens a footnote in the area after the rule: its number (or asterisks), then its text. */
const FOOTNOTE_START = /^(\d{1,3}|\*{1,3})(?:\s+(\S.*))?$/;

/** A digit right after a letter, bracket or quote: the cheap sign that a text may hold a footnote marker. */
export const MARKER_HINT = /[a-z)"”’]\d/;
/** A footnote marker: a number stuck to a word or closing bracket or quote ("countries1"). */
const MARKER = /(?<=[a-z]{3}|[)"”’])(\d{1,3})(?=[\s,.;:)]|$)/g;

const LOWER_START = /^[a-z]/;

/** The footnotes of one document, and the markers in its body that a numbered footnote can belong to. */
export class Footnotes {
  readonly notes: FootnoteDraft[] = [];
  /** Numbers seen stuck to a word in the body ("countries1"). */
  private readonly markers = new Set<string>();

  /** Notes the footnote markers in a piece of body text. */
  noteMarkers(text: string): void {
    if (!MARKER_HINT.test(text)) return;
    for (const m of text.matchAll(MARKER)) this.markers.add(m[1]);
  }

  /**
   * A new footnote, when `text` opens one: "* ..." always, a number only when it is the next one
   * and its marker was seen in the body. Returns the note (added) and its first text, else null.
   */
  open(text: string): { note: FootnoteDraft; text: string } | null {
    const start = FOOTNOTE_START.exec(text);
    const expected = String(this.notes.length + 1);
    if (!start || !(start[1].startsWith('*') || (start[1] === expected && this.markers.has(expected)))) return null;
    const note = { number: start[1], text: '' };
    this.notes.push(note);
    return { note, text: start[2] ?? '' };
  }
}

/**
 * In the footnote area, does `text` go back to the body rather than continue the footnote `current`?
 * Yes after a complete footnote, at an annex or a vocabulary heading, and for lower-case text when
 * the body (ending in `lastText`) stopped mid-sentence.
 */
export function bodyResumes(current: FootnoteDraft, text: string, lastText: string): boolean {
  return (
    endsComplete(current.text) ||
    parseAnnexLine(text) !== null ||
    matchHeading(text, KNOWN_ONLY) !== null ||
    (!endsComplete(lastText) && LOWER_START.test(text))
  );
}
