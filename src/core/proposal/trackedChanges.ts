import { tidyHunks } from '../diff/index.ts';
import type { Hunk } from '../diff/index.ts';
import { FOOTNOTE_RULE } from '../import/index.ts';
import type { XmlElement, XmlNode } from '../import/index.ts';

/** One paragraph of a Word file with tracked changes, read exactly as marked. */
export interface TrackedParagraph {
  /** The paragraph before the changes, in the line convention of the text importer. */
  before: string;
  /** The paragraph with every change accepted. */
  after: string;
  /** Equal, inserted (w:ins, w:moveTo) and deleted (w:del, w:moveFrom) text, white space as in the lines. */
  hunks: Hunk[];
}

export interface TrackedText {
  /** The whole text before the changes (all rejected), one paragraph per line, footnotes after a rule. */
  before: string;
  /** The whole text after the changes (all accepted), in the same convention. */
  after: string;
  /** Paragraphs on one line each on both sides (no tracked paragraph mark, no line break), with their hunks. */
  paragraphs: TrackedParagraph[];
  /** How many insertions, deletions and moves the file holds. */
  revisions: number;
}

type Side = Hunk['type'];
type Piece = { type: Side; text: string } | { type: Side; note: string };

interface ReadParagraph {
  pieces: Piece[];
  /** The paragraph mark itself was inserted or deleted: the paragraph joins the next one on that side. */
  mark: 'insert' | 'delete' | null;
}

const SKIPPED = new Set(['rPr', 'pPrChange', 'rPrChange', 'instrText', 'delInstrText', 'fldChar', 'drawing', 'pict', 'object', 'AlternateContent', 'txbxContent', 'commentReference', 'annotationRef', 'footnoteRef', 'endnoteRef', 'separator', 'continuationSeparator']);
const REVISIONS = new Set(['ins', 'del', 'moveFrom', 'moveTo']);

/**
 * Reads word/document.xml (and the footnotes and endnotes parts) of a Word file with tracked
 * changes: the text before and after the changes, in the same line convention as the plain Word
 * import (one paragraph per line, tabs as spaces, footnote markers numbered in order of first
 * reference, footnotes after a rule), and each paragraph's insertions and deletions exactly as
 * the author marked them.
 */
export function readTrackedChanges(document: XmlElement, footnotes: XmlElement | null, endnotes: XmlElement | null): TrackedText {
  let revisions = 0;
  const paragraphs: ReadParagraph[] = [];
  const readParagraph = (p: XmlElement): ReadParagraph => {
    const read: ReadParagraph = { pieces: [], mark: null };
    const walk = (node: XmlNode, type: Side): void => {
      if (typeof node === 'string') return;
      switch (node.name) {
        case 'pPr': {
          const rPr = child(node, 'rPr');
          if (rPr && (child(rPr, 'ins') || child(rPr, 'moveTo'))) read.mark = 'insert';
          if (rPr && (child(rPr, 'del') || child(rPr, 'moveFrom'))) read.mark = 'delete';
          if (read.mark) revisions++;
          return;
        }
        case 'ins':
        case 'moveTo':
          revisions++;
          node.children.forEach((c) => walk(c, 'insert'));
          return;
        case 'del':
        case 'moveFrom':
          revisions++;
          node.children.forEach((c) => walk(c, 'delete'));
          return;
        case 't':
        case 'delText':
          read.pieces.push({ type, text: textOf(node) });
          return;
        case 'tab':
        case 'ptab':
          read.pieces.push({ type, text: '\t' });
          return;
        case 'br':
        case 'cr':
          read.pieces.push({ type, text: '\n' });
          return;
        case 'noBreakHyphen':
          read.pieces.push({ type, text: '-' });
          return;
        case 'footnoteReference':
        case 'endnoteReference':
          read.pieces.push({ type, note: `${node.name}:${node.attributes['w:id'] ?? ''}` });
          return;
        case 'p':
          return; // a paragraph inside a paragraph (text box): not part of the running text
        default:
          if (!SKIPPED.has(node.name)) node.children.forEach((c) => walk(c, type));
      }
    };
    p.children.forEach((c) => walk(c, 'equal'));
    return read;
  };
  const body = findBody(document);
  const collect = (node: XmlElement, into: ReadParagraph[]): void => {
    for (const c of node.children) {
      if (typeof c === 'string') continue;
      if (c.name === 'p') into.push(readParagraph(c));
      else if (c.name !== 'sectPr' && !REVISIONS.has(c.name)) collect(c, into);
    }
  };
  if (body) collect(body, paragraphs);

  const notes = new Map<string, ReadParagraph[]>();
  for (const [part, kind] of [[footnotes, 'footnoteReference'], [endnotes, 'endnoteReference']] as const) {
    for (const note of part?.children ?? []) {
      if (typeof note === 'string' || (note.name !== 'footnote' && note.name !== 'endnote')) continue;
      const type = note.attributes['w:type'];
      if (type === 'separator' || type === 'continuationSeparator' || type === 'continuationNotice') continue;
      const list: ReadParagraph[] = [];
      collect(note, list);
      notes.set(`${kind}:${note.attributes['w:id'] ?? ''}`, list);
    }
  }

  const before = sideText(paragraphs, notes, 'before');
  const after = sideText(paragraphs, notes, 'after');
  const usable: TrackedParagraph[] = [];
  // Text a side carries into a paragraph from earlier ones whose mark it does not have.
  const carries = (i: number, mark: 'insert' | 'delete', skip: Side): boolean => {
    for (let k = i - 1; k >= 0 && paragraphs[k].mark === mark; k--) {
      if (paragraphs[k].pieces.some((piece) => piece.type !== skip && ('note' in piece || piece.text.trim() !== ''))) return true;
    }
    return false;
  };
  paragraphs.forEach((paragraph, i) => {
    const joined = paragraph.mark !== null || carries(i, 'insert', 'insert') || carries(i, 'delete', 'delete');
    if (joined || paragraph.pieces.some((piece) => 'text' in piece && piece.text.includes('\n'))) return;
    const hunks = normalise(paragraph.pieces.map((piece) => ('text' in piece ? piece : { type: piece.type, text: numberFor(piece, before, after) })));
    const b = hunks.filter((h) => h.type !== 'insert').map((h) => h.text).join('');
    const a = hunks.filter((h) => h.type !== 'delete').map((h) => h.text).join('');
    if (a !== '' || b !== '') usable.push({ before: b, after: a, hunks });
  });
  return { before: before.text, after: after.text, paragraphs: usable, revisions };
}

interface SideResult {
  text: string;
  /** Note key → marker number on this side. */
  numbers: Map<string, string>;
}

/** One side's lines: paragraphs joined where a mark is tracked, note markers numbered, notes after a rule. */
function sideText(paragraphs: ReadParagraph[], notes: Map<string, ReadParagraph[]>, side: 'before' | 'after'): SideResult {
  const skip: Side = side === 'before' ? 'insert' : 'delete';
  const joins: ReadParagraph['mark'] = side === 'before' ? 'insert' : 'delete';
  const numbers = new Map<string, string>();
  const noteLines: string[] = [];
  const render = (paragraph: ReadParagraph): string =>
    paragraph.pieces
      .filter((piece) => piece.type !== skip)
      .map((piece) => {
        if ('text' in piece) return piece.text;
        let n = numbers.get(piece.note);
        if (n === undefined) {
          n = String(numbers.size + 1);
          numbers.set(piece.note, n);
          const body = (notes.get(piece.note) ?? []).map(render).join(' ');
          noteLines.push(clean(`${n} ${body}`.replace(/\n/g, ' ')));
        }
        return n;
      })
      .join('');
  const lines: string[] = [];
  let carry = '';
  for (const paragraph of paragraphs) {
    const text = carry + render(paragraph);
    if (paragraph.mark === joins) {
      carry = text;
      continue;
    }
    carry = '';
    for (const line of text.split('\n')) {
      const cleaned = clean(line);
      if (cleaned !== '') lines.push(cleaned);
    }
  }
  if (carry) lines.push(...carry.split('\n').map(clean).filter(Boolean));
  const all = noteLines.length === 0 ? lines : [...lines, FOOTNOTE_RULE, ...noteLines];
  return { text: all.join('\n'), numbers };
}

/** A note marker inside a paragraph's hunks: its number on the sides it stands on. */
function numberFor(piece: { type: Side; note: string }, before: SideResult, after: SideResult): string {
  const b = before.numbers.get(piece.note) ?? '';
  const a = after.numbers.get(piece.note) ?? '';
  // Only used when both sides agree; a marker numbered differently makes the paragraph's hunks fail to fit.
  return piece.type === 'delete' ? b : piece.type === 'insert' ? a : a === b ? a : '\u0000';
}

/**
 * Hunks with white space as the line convention has it on each side: runs of spaces and tabs
 * become one space, none at either end. Each side's space is given just before that side's next
 * character, so the two sides stay exact whatever the marks around it.
 */
function normalise(pieces: ReadonlyArray<{ type: Side; text: string }>): Hunk[] {
  const out: Hunk[] = [];
  const push = (type: Side, text: string): void => {
    const last = out.at(-1);
    if (last && last.type === type) last.text += text;
    else out.push({ type, text });
  };
  let startedOld = false;
  let startedNew = false;
  let spaceOld = false;
  let spaceNew = false;
  for (const { type, text } of pieces) {
    const old = type !== 'insert';
    const neu = type !== 'delete';
    for (const c of text) {
      if (c === ' ' || c === '\t') {
        if (old && startedOld) spaceOld = true;
        if (neu && startedNew) spaceNew = true;
        continue;
      }
      if (type === 'equal') {
        if (spaceOld && spaceNew) push('equal', ' ');
        else if (spaceOld) push('delete', ' ');
        else if (spaceNew) push('insert', ' ');
        spaceOld = spaceNew = false;
        startedOld = startedNew = true;
      } else if (type === 'delete') {
        if (spaceOld) push('delete', ' ');
        spaceOld = false;
        startedOld = true;
      } else {
        if (spaceNew) push('insert', ' ');
        spaceNew = false;
        startedNew = true;
      }
      push(type, c);
    }
  }
  return tidyHunks(out);
}

function findBody(document: XmlElement): XmlElement | null {
  if (document.name === 'body') return document;
  return child(document, 'body');
}

function child(element: XmlElement, name: string): XmlElement | null {
  for (const c of element.children) if (typeof c !== 'string' && c.name === name) return c;
  return null;
}

function textOf(element: XmlElement): string {
  return element.children.map((c) => (typeof c === 'string' ? c : '')).join('');
}

const clean = (line: string): string => line.replace(/[ \t]+/g, ' ').trim();
