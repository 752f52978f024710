import type { ItuDocument, UnparsedBlock } from '../model/index.ts';
import { documentId } from '../model/index.ts';
import type { DocumentDraft } from './buildDocument.ts';
import { closeHyphenGaps, endsInBrokenWord, joinText, startsLowerCase } from './joinText.ts';
import { RUN_IN_HINT } from './matchHeading.ts';
import { isBareNumber, isPageFurniture } from './pageFurniture.ts';
import { MARKER_HINT } from './resolutionFootnotes.ts';
import { ResolutionParser } from './resolutionParser.ts';
import { FOOTNOTE_RULE } from './sourceLines.ts';
import { parseTitleLine, type TitleLine } from './titleLine.ts';

/**
 * One scan that every line needing more than plain handling matches: a heading or an item run in,
 * a footnote marker or rule, a hyphenation gap. Most lines of a clean text match none, and skip
 * the separate scans for each.
 */
const SPECIAL = new RegExp(
  [RUN_IN_HINT, String.raw`;\s+(?:and\s+)?(?:\(?[a-z]{1,4}\)|\d|[•·▪◦●])`, String.raw`\.\s+\d`, MARKER_HINT.source, '- ', '_{5}'].join('|'),
);

/**
 * Parses lines `from`..`to` (exclusive) of a text as one document; `titleAt` is the index of its
 * title line, or null, and `title` what it says; `lineOffset` is the number of source lines before
 * `lines[0]` (a document cut from a longer file). Words broken across a line end ("tele-" / "communication ...") are
 * rejoined before anything reads the lines, so a heading or label hidden in the broken line is still seen.
 */
export function parseResolution(
  lines: string[],
  from: number,
  to: number,
  titleAt: number | null,
  extraUnparsed: UnparsedBlock[] = [],
  lineOffset = 0,
  /** The title line already read by the caller, not to read it twice. */
  title: TitleLine | null = titleAt === null ? null : parseTitleLine(lines[titleAt]),
): ItuDocument {
  const parser = new ResolutionParser(title !== null);
  let ahead = from; // index of the next non-blank line, moving forward only
  for (let i = from; i < to; i++) {
    let text = lines[i];
    const no = lineOffset + i + 1;
    while (i + 1 < to && endsInBrokenWord(text) && startsLowerCase(lines[i + 1])) text = joinText(text, lines[++i]);
    if (ahead <= i) ahead = i + 1;
    while (ahead < to && lines[ahead] === '') ahead++;
    if (text === '') continue;
    parser.startLine(no, ahead < to ? lines[ahead] : '');
    feedLine(parser, text);
  }
  return parser.finish(documentHead(title, titleAt === null ? '' : lines[titleAt]), extraUnparsed);
}

/** A document's head as its title line gives it; the parser fills in its title and preamble (in this key order). */
function documentHead(title: TitleLine | null, titleLine: string): DocumentDraft['head'] {
  const type = title?.type ?? 'other';
  const number = title?.number ?? '';
  return { id: documentId(type, number), type, number, revision: title?.revision ?? '', conference: title?.conference ?? '', titleLine, title: '', preamble: '' };
}

/**
 * Hands one non-blank line to the parser: page furniture is filed as unparsed; hyphenation gaps
 * ("tele- communication") are closed; text after a footnote rule ("_____") goes to the footnote area.
 */
function feedLine(parser: ResolutionParser, raw: string): void {
  if (isPageFurniture(raw) && !(isBareNumber(raw) && parser.wouldPlaceLabel(raw))) return parser.unparsedLine(raw, 'page header or footer');
  if (!SPECIAL.test(raw)) return parser.segment(raw, true);
  const text = closeHyphenGaps(raw);
  if (!text.includes('_____')) return parser.segment(text, false);
  // The text before the rule, then the footnotes after it (indexed: no rest-destructuring iterator).
  const parts = text.split(FOOTNOTE_RULE);
  const before = parts[0].trim();
  if (before) parser.segment(before, false);
  if (parts.length === 1) return;
  parser.enterFootnotes();
  for (let k = 1; k < parts.length; k++) {
    const note = parts[k].trim();
    if (note) parser.segment(note, false);
  }
}
