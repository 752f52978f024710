/** Writing text into a Markdown brief so that it never turns into markup it was not meant to be. */
import type { Hunk } from '../diff/index.ts';

/** An `&` that would start a character reference (`&lt;`, `&#60;`); a lone `&` is shown as it is. */
const ENTITY = /&(?=#?[a-z0-9]+;)/gi;

/** Plain text in Markdown: HTML and Markdown's special characters escaped, one line. */
export function mdText(text: string): string {
  return oneLine(text)
    .replace(ENTITY, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_~[\]|#])/g, '\\$1');
}

/** Markdown source (a note, a reply) kept as Markdown, but with any HTML made inert: `<script>` → `&lt;script&gt;`. */
export function mdSource(text: string): string {
  return text.replace(ENTITY, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * A note's Markdown as a block inside an entry: HTML made inert, and lines that would start a
 * heading, a rule or a setext underline of the brief's own outline escaped, so a note can never
 * add a section to the brief or end it.
 */
export function mdNoteBlock(text: string): string[] {
  return mdSource(text.replace(/\r\n?/g, '\n').trim())
    .split('\n')
    .map((line) => line.replace(/^(\s{0,3})(#{1,6}(?:\s|$))/, '$1\\$2').replace(/^(\s{0,3})([=-]{2,}\s*|[*_](?:\s*[*_]){2,}\s*)$/, '$1\\$2'));
}

/** Text on one line: line breaks become spaces. */
export function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ');
}

/** A table cell: escaped, one line, `|` escaped, never empty. */
export function mdCell(text: string): string {
  const cell = mdText(text);
  return cell === '' ? ' ' : cell;
}

/** White space at the edges stays outside the marks (Markdown's `~~` must touch the text). */
function wrap(text: string, open: string, close: string): string {
  const flat = oneLine(text);
  const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(flat)!;
  return m[2] === '' ? flat : `${m[1]}${open}${mdText(m[2])}${close}${m[3]}`;
}

/**
 * Word hunks as an ITU-style redline, the conventions of `clausewatch diff --md`: insertions as
 * `<ins>…</ins>` (underlined), deletions as `~~…~~` (struck through), the rest escaped.
 */
export function mdRedline(hunks: readonly Hunk[]): string {
  return hunks.map((h) => (h.type === 'equal' ? mdText(h.text) : h.type === 'insert' ? wrap(h.text, '<ins>', '</ins>') : wrap(h.text, '~~', '~~'))).join('');
}

/** Escapes what would make the start of a line a list item (`- `, `+ `, `1. `, `1) `). */
export function mdLineStart(line: string): string {
  return line.replace(/^([-+])(\s)/, '\\$1$2').replace(/^(\d+)([.)])(\s|$)/, '$1\\$2$3');
}
