import { FOOTNOTE_RULE } from './footnoteRule.ts';

/** The part of mammoth's document tree we read (mammoth's `documents.js`; its API calls it unstable, so we pin mammoth). */
export interface WordElement {
  type: string;
  /** For `text`. */
  value?: string;
  children?: WordElement[];
  /** For `noteReference`: "footnote" or "endnote", and the note's id in the file. */
  noteType?: string;
  noteId?: string;
}

export interface WordNote {
  body: WordElement[];
}

/** mammoth's root element: the body's paragraphs and tables, plus the notes they reference. */
export interface WordDocument extends WordElement {
  notes: { resolve(reference: { noteType: string; noteId: string }): WordNote | null };
}

/**
 * A Word document tree → the plain-text line convention of the text parser: one paragraph per
 * line (line breaks inside a paragraph start a new line), tabs become spaces, blank paragraphs
 * are dropped. Footnote and endnote markers are numbered 1, 2 ... in order of first reference (as
 * Word prints them) and stay where they stood ("countries1"); the notes follow a rule of
 * underscores as "1 text", so the parser files them as footnotes.
 */
export function wordDocumentLines(document: WordDocument): string[] {
  const lines: string[] = [];
  const notes: string[] = [];
  const markers = new Map<string, string>();

  const noteMarker = (reference: WordElement): string => {
    const noteType = reference.noteType ?? 'footnote';
    const noteId = reference.noteId ?? '';
    const key = `${noteType}:${noteId}`;
    let marker = markers.get(key);
    if (marker === undefined) {
      marker = String(markers.size + 1);
      markers.set(key, marker);
      const note = document.notes.resolve({ noteType, noteId });
      // A note's own references (rare) are not renumbered: their text is kept, the marker dropped.
      const text = (note?.body ?? []).map((block) => inlineText(block, () => '')).join(' ');
      notes.push(cleanLine(`${marker} ${text}`.replace(/\n/g, ' ')));
    }
    return marker;
  };

  const block = (element: WordElement): void => {
    if (element.type === 'paragraph') {
      for (const line of inlineText(element, noteMarker).split('\n')) {
        const clean = cleanLine(line);
        if (clean !== '') lines.push(clean);
      }
      return;
    }
    // Tables, rows, cells and other containers: their paragraphs, in order.
    for (const child of element.children ?? []) block(child);
  };
  for (const child of document.children ?? []) block(child);

  return notes.length === 0 ? lines : [...lines, FOOTNOTE_RULE, ...notes];
}

function inlineText(element: WordElement, noteMarker: (reference: WordElement) => string): string {
  switch (element.type) {
    case 'text':
      return element.value ?? '';
    case 'tab':
      return '\t';
    case 'break':
      return '\n';
    case 'noteReference':
      return noteMarker(element);
    default:
      // Runs, hyperlinks and the like carry text in their children; images, checkboxes,
      // comment references and bookmarks have none.
      return (element.children ?? []).map((child) => inlineText(child, noteMarker)).join('');
  }
}

/** Tabs (between a label and its text) and runs of spaces become one space. */
function cleanLine(line: string): string {
  return line.replace(/[ \t]+/g, ' ').trim();
}
