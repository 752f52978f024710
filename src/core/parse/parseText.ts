import type { ItuDocument, UnparsedBlock } from '../model/index.ts';
import { isPageFurniture } from './pageFurniture.ts';
import { parseResolution } from './parseResolution.ts';
import { sourceLine, sourceText, splitLines, type SourceText } from './sourceLines.ts';
import { isStrategicPlanText, parseStrategicPlan } from './strategicPlan.ts';
import { parseTitleLine, type TitleLine } from './titleLine.ts';

export interface ParseOptions {
  /** File name, for error messages and `source`. */
  file?: string;
}

/**
 * Parses plain text holding one or more ITU texts (resolutions, decisions, recommendations)
 * into documents: a whole Final Acts is split at each title line.
 *
 * Never drops text: every non-whitespace character of the input ends up in exactly one title line,
 * subject, formula, heading, annex title, clause label or text, footnote marker or footnote, or an
 * `unparsed` block. Two things are not text and are not kept: the rule of underscores before
 * footnotes, and the hyphen of a word broken across two lines ("tele-" / "communication").
 */
export function parseText(text: string, options: ParseOptions = {}): ItuDocument[] {
  const source = sourceText(text);
  const titles = titleLines(source);
  if (titles.length === 0) {
    // A body equal to the text has only "\n" line ends (and no byte-order mark).
    if (isStrategicPlanText(text)) return withSource([parseStrategicPlan(text, options, source.body === text && !source.odd)], options);
    const lines = splitLines(source);
    return withSource([parseResolution(lines, 0, lines.length, null)], options);
  }

  const leading: UnparsedBlock[] = [];
  let lineNo = 0; // index of the current title line among the text's lines
  if (titles[0].at > 0) {
    const before = splitLines(source, 0, titles[0].at - 1);
    before.forEach((line, i) => {
      if (line !== '') leading.push({ text: line, reason: isPageFurniture(line) ? 'page header or footer' : 'text before the first title line', line: i + 1 });
    });
    lineNo = before.length;
  }
  // Each document's lines are cut when it is parsed (see splitLines). Documents follow each other
  // line for line, so each one's line count gives where the next one starts: no separate count.
  const documents = titles.map((title, k) => {
    const end = k + 1 < titles.length ? titles[k + 1].at - 1 : source.body.length;
    const lines = splitLines(source, title.at, end);
    const doc = parseResolution(lines, 1, lines.length, 0, k === 0 ? leading : [], lineNo, title.title);
    lineNo += lines.length;
    return doc;
  });
  return withSource(uniqueIds(documents), options);
}

/** Every title line holds one of these (see parseTitleLine): only lines holding one are read. */
const TITLE_WORDS = /RES|DEC|REC/g;

/** The title lines of a text: the offset where each starts, and what each says. */
function titleLines(source: SourceText): Array<{ at: number; title: TitleLine }> {
  const { body } = source;
  const titles: Array<{ at: number; title: TitleLine }> = [];
  const words = TITLE_WORDS;
  words.lastIndex = 0; // shared: nothing below uses it
  for (let m = words.exec(body); m; m = words.exec(body)) {
    const at = body.lastIndexOf('\n', m.index) + 1;
    const lineEnd = body.indexOf('\n', m.index);
    const end = lineEnd === -1 ? body.length : lineEnd;
    const title = parseTitleLine(sourceLine(body.slice(at, end), source.odd));
    if (title) titles.push({ at, title });
    // One look per line.
    words.lastIndex = end + 1;
  }
  return titles;
}

/** The same number twice in one file (a text and its later revision): the second gets `#2`. */
function uniqueIds(documents: ItuDocument[]): ItuDocument[] {
  const seen = new Map<string, number>();
  return documents.map((doc) => {
    const n = (seen.get(doc.id) ?? 0) + 1;
    seen.set(doc.id, n);
    return n === 1 ? doc : renameDocument(doc, `${doc.id}#${n}`);
  });
}

/** Re-roots every ID of a document under a new document ID. */
function renameDocument(doc: ItuDocument, id: string): ItuDocument {
  const json = JSON.stringify(doc, (key, value: unknown) =>
    (key === 'id' || key === 'target') && typeof value === 'string' && (value === doc.id || value.startsWith(`${doc.id}/`))
      ? id + value.slice(doc.id.length)
      : value,
  );
  return JSON.parse(json) as ItuDocument;
}

function withSource(documents: ItuDocument[], options: ParseOptions): ItuDocument[] {
  if (options.file === undefined) return documents;
  return documents.map((doc) => ({ ...doc, source: { file: options.file!, format: 'text' } }));
}

