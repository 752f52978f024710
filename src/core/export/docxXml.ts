/**
 * WordprocessingML for the brief's body, written as text. The docx package's object model takes
 * seconds and a gigabyte for a brief of 10,000 annotations; the few elements a brief needs
 * (paragraphs in the package's own styles, runs, simple tables) are written here directly, and
 * the docx package still writes the rest of the package (styles, settings, relationships).
 */
import type { Hunk } from '../diff/index.ts';

/** Characters XML 1.0 cannot hold (C0 controls but tab and line breaks, lone surrogates, U+FFFE/F): a note pasted from anywhere must not make Word refuse the file. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Text as XML character data: escaped, characters XML forbids dropped. */
export const xmlText = (text: string): string => text.replace(NOT_XML, '').replace(/[&<>"]/g, (c) => ESCAPES[c]);

/** How a run looks. */
export interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  underline?: boolean;
  strike?: boolean;
}

/** One run of text (line breaks inside it become spaces: a run is part of one paragraph). */
export function run(text: string, style: RunStyle = {}): string {
  if (text === '') return '';
  const props = (style.bold ? '<w:b/><w:bCs/>' : '') + (style.italics ? '<w:i/><w:iCs/>' : '') + (style.strike ? '<w:strike/>' : '') + (style.underline ? '<w:u w:val="single"/>' : '');
  return `<w:r>${props === '' ? '' : `<w:rPr>${props}</w:rPr>`}<w:t xml:space="preserve">${xmlText(text.replace(/\r\n|\r|\n/g, ' '))}</w:t></w:r>`;
}

/** How a paragraph is set: a style of the package (`Title`, `Heading1` …), a page break before it, an indent in twips, centred. */
export interface ParagraphStyle {
  style?: 'Title' | 'Heading1' | 'Heading2' | 'Heading3';
  pageBreakBefore?: boolean;
  indent?: number;
  center?: boolean;
}

/** A paragraph of runs (already written with `run`). */
export function paragraph(runs: string, style: ParagraphStyle = {}): string {
  const props =
    (style.style ? `<w:pStyle w:val="${style.style}"/>` : '') +
    (style.pageBreakBefore ? '<w:pageBreakBefore/>' : '') +
    (style.indent ? `<w:ind w:left="${style.indent}"/>` : '') +
    (style.center ? '<w:jc w:val="center"/>' : '');
  return `<w:p>${props === '' ? '' : `<w:pPr>${props}</w:pPr>`}${runs}</w:p>`;
}

/** A paragraph of a bold lead-in ("Base text: ") and plain text. */
export const labelled = (label: string, text: string): string => paragraph(run(`${label}: `, { bold: true }) + run(text));

/**
 * A word diff as ITU redline runs: inserted words underlined, deleted words struck through,
 * the rest plain, as in the ITU's own documents.
 */
export const redlineRuns = (hunks: readonly Hunk[]): string =>
  hunks.map((h) => run(h.text, h.type === 'insert' ? { underline: true } : h.type === 'delete' ? { strike: true } : {})).join('');

/**
 * A note or reply (Markdown source) as plain paragraphs, one per line, blank lines dropped. The
 * Markdown is shown literally: nothing in a note is interpreted, so it cannot change the brief's
 * formatting.
 */
export const plainParagraphs = (text: string): string =>
  text
    .split(/\r\n|\r|\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => paragraph(run(line)))
    .join('');

/** Usable width of an A4 page with 1-inch margins, in twips. */
const PAGE_WIDTH = 9026;
const BORDER = 'w:val="single" w:color="auto" w:sz="4"';

/** A full-width table with borders; the first row is the header, repeated on each page. */
export function table(head: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const col = Math.floor(PAGE_WIDTH / head.length);
  const cell = (text: string, bold: boolean): string => `<w:tc><w:tcPr><w:tcW w:w="${col}" w:type="dxa"/></w:tcPr>${paragraph(run(text, { bold }))}</w:tc>`;
  return (
    `<w:tbl><w:tblPr><w:tblW w:type="pct" w:w="5000"/><w:tblBorders><w:top ${BORDER}/><w:left ${BORDER}/><w:bottom ${BORDER}/><w:right ${BORDER}/><w:insideH ${BORDER}/><w:insideV ${BORDER}/></w:tblBorders></w:tblPr>` +
    `<w:tblGrid>${head.map(() => `<w:gridCol w:w="${col}"/>`).join('')}</w:tblGrid>` +
    `<w:tr><w:trPr><w:tblHeader/></w:trPr>${head.map((h) => cell(h, true)).join('')}</w:tr>` +
    rows.map((r) => `<w:tr>${r.map((c) => cell(c, false)).join('')}</w:tr>`).join('') +
    '</w:tbl>'
  );
}

/** word/document.xml, in pieces, around the body's pieces: A4 portrait, 1-inch margins. */
export function* documentXml(body: Iterable<string>): Generator<string> {
  yield '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>';
  yield* body;
  yield '<w:sectPr><w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>';
}
