import type { ItuDocument, UnparsedBlock } from '../model/index.ts';
import { isPageFurniture } from './pageFurniture.ts';
import { parseResolution } from './parseResolution.ts';
import { sourceLines } from './sourceLines.ts';
import { isStrategicPlanText, parseStrategicPlan } from './strategicPlan.ts';
import { parseTitleLine } from './titleLine.ts';

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
  const lines = sourceLines(text);
  const starts: number[] = [];
  lines.forEach((line, i) => {
    if (parseTitleLine(line)) starts.push(i);
  });
  if (starts.length === 0) {
    const doc = isStrategicPlanText(text) ? parseStrategicPlan(text, options) : parseResolution(lines, 0, lines.length, null);
    return withSource([doc], options);
  }

  const leading: UnparsedBlock[] = [];
  lines.slice(0, starts[0]).forEach((line, i) => {
    if (line !== '') leading.push({ text: line, reason: isPageFurniture(line) ? 'page header or footer' : 'text before the first title line', line: i + 1 });
  });
  const documents = starts.map((start, k) => {
    const end = k + 1 < starts.length ? starts[k + 1] : lines.length;
    return parseResolution(lines, start + 1, end, start, k === 0 ? leading : []);
  });
  return withSource(uniqueIds(documents), options);
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

