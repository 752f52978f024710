import type { ProposalMarker } from '../model/index.ts';
import { parseProposalRef } from './proposalRef.ts';

/** One block of an ITU proposal document: `MOD EUR/44A7/1`, the provision text, `Reasons: ...`. */
export interface ProposalBlock {
  marker: ProposalMarker;
  ref: string;
  /** The provision text, one line per paragraph, as proposed. */
  lines: string[];
  /** The block's "Reasons:" paragraph, without the word "Reasons:"; "" when it has none. */
  reasons: string;
  /** 1-based line of the marker in the document. */
  line: number;
}

/** What the first page of a proposal document says. */
export interface ProposalHeader {
  /** "Addendum 7 to Document 44" (the language suffix "-E" dropped), when found. */
  sourceDocument: string | null;
  /** "English", when an "Original:" line says so. */
  original: string | null;
  /** The lines above the first block, running headers and page numbers left out. */
  lines: string[];
}

export interface ProposalDocument {
  header: ProposalHeader;
  blocks: ProposalBlock[];
  /**
   * Footnotes gathered at the end of the document, after the last block (a Word file's notes come
   * last): "1 In this resolution, ...". They belong to the blocks whose text carries the markers.
   */
  footnotes: string[];
}

const MARKER_LINE = /^(ADD\*?|MOD|\(MOD\)|SUP\*?|NOC)[ \t]+(\S+)[ \t]*$/;
const REASONS = /^Reasons?\s*:\s*(.*)$/i;
/** `PP22/44(Add.7)-E`, `PP18/75-E`, and page numbers such as `- 3 -`. */
const FURNITURE = /^(?:PP-?\d{2}\/\d{1,4}(?:\(Add\.\s?\d{1,3}\))?(?:\(Rev\.\s?\d{1,2}\))?-[EFSACR]|[-–—]\s*\d{1,4}\s*[-–—])$/;
const RULE = /^_{5,}$/;
const FOOTNOTE = /^\d{1,3} \S/;

/**
 * Reads an ITU proposal document as text: the header (source document, original language) and
 * each block introduced by a marker line (`MOD EUR/44A7/1`, `ADD ...`, `SUP ...`, `NOC ...`,
 * `ADD*`, `SUP*`, `(MOD)`) up to its `Reasons:` paragraph. Running headers (`PP22/44(Add.7)-E`)
 * and page numbers are left out wherever they fall. Returns null when the text has no marker
 * line: it is not a proposal document (a plain revised text, say).
 */
export function readProposalDocument(text: string): ProposalDocument | null {
  const lines = text.split('\n').map((line) => line.replace(/\s+/g, ' ').trim());
  const blocks: ProposalBlock[] = [];
  const header: string[] = [];
  const trailing: string[] = [];
  let block: ProposalBlock | null = null;
  let inReasons = false;
  let ended = false;
  lines.forEach((line, i) => {
    if (FURNITURE.test(line)) return;
    const marker = MARKER_LINE.exec(line);
    const ref = marker ? parseProposalRef(marker[2]) : null;
    if (marker && ref) {
      block = { marker: marker[1] as ProposalMarker, ref: ref.ref, lines: [], reasons: '', line: i + 1 };
      blocks.push(block);
      inReasons = false;
      ended = false;
      trailing.length = 0;
      return;
    }
    if (!block) {
      if (ended) trailing.push(line);
      else if (line !== '') header.push(line);
      return;
    }
    const reasons = REASONS.exec(line);
    if (reasons && !inReasons) {
      inReasons = true;
      block.reasons = reasons[1];
      return;
    }
    if (inReasons) {
      // The Reasons paragraph ends at a blank line or a rule; what follows belongs to no block.
      if (line === '' || RULE.test(line)) {
        inReasons = false;
        block = null;
        ended = true;
        if (RULE.test(line)) trailing.push(line);
        return;
      }
      block.reasons = `${block.reasons} ${line}`.trim();
      return;
    }
    if (line !== '') block.lines.push(line);
  });
  if (blocks.length === 0) return null;
  return { header: readHeader(header), blocks, footnotes: trailingFootnotes(trailing) };
}

/** "1 text" lines after a rule of underscores, at the end of the document. */
function trailingFootnotes(lines: readonly string[]): string[] {
  const notes = lines.filter((line) => line !== '');
  const rule = notes.findIndex((line, i) => RULE.test(line) && FOOTNOTE.test(notes[i + 1] ?? ''));
  return rule === -1 ? [] : notes.slice(rule + 1).filter((line) => FOOTNOTE.test(line));
}

function readHeader(lines: string[]): ProposalHeader {
  let sourceDocument: string | null = null;
  let original: string | null = null;
  lines.forEach((line, i) => {
    // "Addendum 7 to" and "Document 44-E" often sit on two lines of the header.
    const joined = /\bto$/i.test(line) && lines[i + 1] ? `${line} ${lines[i + 1]}` : line;
    const source = /^((?:(?:Addendum|Corrigendum|Revision) \d{1,3} to )*Document \d{1,4})(?:\(Add\.\d{1,3}\))?(?:-[EFSACR])?$/i.exec(joined);
    if (source && sourceDocument === null) sourceDocument = source[1];
    const language = /^Original\s*:\s*(\p{L}+)/iu.exec(line);
    if (language && original === null) original = language[1];
  });
  return { sourceDocument, original, lines };
}
