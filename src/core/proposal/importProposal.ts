import { diffDocuments } from '../diff/index.ts';
import type { DocumentDiff } from '../diff/index.ts';
import {
  decodeText,
  docxToText,
  FOOTNOTE_RULE,
  ImportError,
  importFile,
  MAX_UNPACKED_BYTES,
  MAX_ZIP_ENTRIES,
  parseTexts,
  parseXml,
  unzipGuarded,
} from '../import/index.ts';
import type { ItuDocument, Proposal, ProposalOperation, SourceFormat } from '../model/index.ts';
import { applyProvisions } from './applyProvisions.ts';
import { operationsFromDiff } from './operationsFromDiff.ts';
import { readProposalDocument } from './proposalDocument.ts';
import type { ProposalBlock, ProposalDocument } from './proposalDocument.ts';
import { parseProposalRef } from './proposalRef.ts';
import { readTrackedChanges } from './trackedChanges.ts';
import type { TrackedText } from './trackedChanges.ts';
import { trackedHunks } from './trackedHunks.ts';

export interface ProposalImportOptions {
  /** The text the proposal revises; given several (a Final Acts), the one the proposal names is used. */
  base: ItuDocument | readonly ItuDocument[];
  /** For a plain revised text, which carries no reference of its own: its ID (default: the file name). */
  id?: string;
  /** For a plain revised text: who proposes it ("EUR", "B/CAN/CLM/USA"); read from `id` when that is a reference. */
  proposer?: string;
  /** Largest file accepted, in bytes (the importer's default otherwise). */
  maxBytes?: number;
  /** Most bytes a Word file may unpack to. */
  maxUnpackedBytes?: number;
}

export interface ProposalImport {
  proposal: Proposal;
  /** The proposal compared with its base, clause by clause. */
  diff: DocumentDiff;
  /** What the analyst should know: blocks about other texts, provisions that could not be placed. */
  notes: string[];
}

/** "DRAFT NEW RESOLUTION [EUR-1]": a new text, not a revision of the base. */
const NEW_TEXT = /^(?:DRAFT\s+)?NEW\s+(?:RESOLUTION|DECISION|RECOMMENDATION)\b/i;
const TEXT_NAMES: Record<string, string> = { resolution: 'Resolution', decision: 'Decision', recommendation: 'Recommendation' };

/**
 * Imports a proposal against its base text, by one of three routes:
 * - an ITU proposal document (text or Word) with `MOD EUR/44A7/1` ... `Reasons:` blocks: each block
 *   revises the whole text (it starts with the title line) or single provisions under a heading;
 *   provenance 'blocks';
 * - a Word file with tracked changes: its insertions and deletions are the amendment, exactly
 *   (provenance 'tracked-changes'; blocks in it are read as well);
 * - a plain revised text (.txt, .docx, Akoma Ntoso): the changes are computed by comparing it with
 *   the base, and labelled so (provenance 'computed').
 * Every file goes through the importer's checks (size, zip bombs, XML entities); errors are
 * ImportErrors whose message names the file and says what is wrong.
 */
export async function importProposal(name: string, bytes: Uint8Array, options: ProposalImportOptions): Promise<ProposalImport> {
  const bases = (Array.isArray(options.base) ? options.base : [options.base]) as readonly ItuDocument[];
  if (bases.length === 0) throw new Error('importProposal: no base text given');
  const limits = { maxBytes: options.maxBytes, maxUnpackedBytes: options.maxUnpackedBytes };
  const format = formatOf(name);
  const notes: string[] = [];
  let text: string | null = null;
  let tracked: TrackedText | null = null;
  let documents: ItuDocument[] | null = null;

  if (format === 'docx') {
    // The Word importer's checks (and text, for a file without tracked changes) first.
    const plain = await docxToText(bytes, name, { maxUnpackedBytes: options.maxUnpackedBytes });
    tracked = readTracked(bytes, name, options.maxUnpackedBytes ?? MAX_UNPACKED_BYTES);
    if (tracked.revisions === 0) tracked = null;
    text = tracked ? tracked.after : plain;
  } else {
    const imported = await importFile(name, bytes, limits);
    if (format === 'text') text = decodeText(bytes, name);
    else documents = imported.documents;
  }

  const blocks = text === null ? null : readProposalDocument(text);
  const route = blocks
    ? fromBlocks(name, format, blocks, bases, notes)
    : fromFullText(name, format, documents ?? parseTexts([text!], name, format), bases, options);
  const provenance = tracked ? 'tracked-changes' : blocks ? 'blocks' : 'computed';
  const diff = diffDocuments(route.base, route.document, tracked ? { knownHunks: trackedHunks(tracked) } : {});
  if (tracked) {
    const computed = diff.changes.filter((c) => (c.op === 'MOD' || c.modified) && c.granularity !== 'tracked-changes').length;
    if (computed > 0) notes.push(`${computed} changed clause${computed === 1 ? '' : 's'} could not be matched to the Word file's tracked changes and ${computed === 1 ? 'was' : 'were'} compared as plain text`);
  }
  const operations = route.operations ?? operationsFromDiff(diff, route.id);
  const proposal: Proposal = {
    id: route.id,
    proposer: route.proposer,
    proposers: route.proposer ? route.proposer.split('/') : [],
    sourceDocument: route.sourceDocument,
    base: { documentId: route.base.id, revision: route.base.revision },
    operations,
    reasons: [...new Set(operations.map((op) => op.reasons).filter(Boolean))].join('\n'),
    status: 'submitted',
    provenance,
    document: route.document,
  };
  return { proposal, diff: { ...diff, proposal: proposal.id }, notes };
}

interface Route {
  base: ItuDocument;
  document: ItuDocument;
  id: string;
  proposer: string;
  sourceDocument: string;
  /** Operations as the document states them; null to derive them from the diff. */
  operations: ProposalOperation[] | null;
}

function fromBlocks(name: string, format: SourceFormat, doc: ProposalDocument, bases: readonly ItuDocument[], notes: string[]): Route {
  const whole: Array<{ block: ProposalBlock; parsed: ItuDocument; base: ItuDocument }> = [];
  const provisions: ProposalBlock[] = [];
  for (const block of doc.blocks) {
    const first = block.lines[0] ?? '';
    if (NEW_TEXT.test(first)) {
      notes.push(`${block.marker} ${block.ref} proposes a new text (${first}); it is not a revision of the base and is left out of the comparison`);
      continue;
    }
    const footnotes = doc.footnotes.length > 0 ? [FOOTNOTE_RULE, ...doc.footnotes] : [];
    const [parsed] = parseTexts([[...block.lines, ...footnotes].join('\n') || ' '], name, format);
    if (!parsed || parsed.titleLine === '') {
      provisions.push(block);
      continue;
    }
    const base = bases.find((b) => b.type === parsed.type && b.number === parsed.number);
    if (!base) {
      notes.push(`${block.marker} ${block.ref} concerns ${parsed.titleLine}, not the base text; it is left out`);
      continue;
    }
    whole.push({ block, parsed, base });
  }
  const base = whole[0]?.base ?? baseNamedIn(doc, bases) ?? (bases.length === 1 ? bases[0] : null);
  if (!base) {
    throw new ImportError(name, `its proposals do not say which of the ${bases.length} base texts they revise; give the base text on its own`);
  }
  const mine = whole.filter((w) => w.base === base);
  if (mine.length === 0 && provisions.length === 0) {
    throw new ImportError(name, `none of its proposals (${doc.blocks.map((b) => `${b.marker} ${b.ref}`).join(', ')}) revises ${describe(base)}, the base text`);
  }
  let start = base;
  const operations: ProposalOperation[] = [];
  for (const { block, parsed } of mine) {
    if (block.marker === 'SUP' || block.marker === 'SUP*') start = { ...base, titleLine: '', title: '', preamble: '', sections: [], footnotes: [], unparsed: [] };
    else if (block.marker !== 'NOC') start = parsed;
    const op: ProposalOperation = { marker: block.marker, ref: block.ref, target: base.id, reasons: block.reasons };
    if (block.marker !== 'SUP' && block.marker !== 'SUP*' && block.marker !== 'NOC') op.text = block.lines.join('\n');
    operations.push(op);
  }
  if (mine.length > 1) notes.push(`${mine.length} blocks revise ${describe(base)} as a whole; the last one is compared`);
  const applied = applyProvisions(start, provisions, notes);
  operations.push(...applied.operations);
  const first = parseProposalRef(mine[0]?.block.ref ?? provisions[0].ref)!;
  return {
    base,
    document: { ...applied.document, source: { file: name, format } },
    id: first.ref,
    proposer: first.proposer,
    sourceDocument: doc.header.sourceDocument ?? first.sourceDocument,
    operations,
  };
}

/** A header that names the text ("PROPOSED REVISION OF RESOLUTION 130") picks it among several bases. */
function baseNamedIn(doc: ProposalDocument, bases: readonly ItuDocument[]): ItuDocument | null {
  for (const line of doc.header.lines) {
    for (const m of line.matchAll(/\b(RESOLUTION|DECISION|RECOMMENDATION)\s+(\d{1,4})\b/gi)) {
      const found = bases.find((b) => b.type === m[1].toLowerCase() && b.number === m[2]);
      if (found) return found;
    }
  }
  return null;
}

function fromFullText(name: string, format: SourceFormat, documents: ItuDocument[], bases: readonly ItuDocument[], options: ProposalImportOptions): Route {
  let pair: { base: ItuDocument; document: ItuDocument } | null = null;
  for (const document of documents) {
    const base = document.titleLine === '' && bases.length === 1 ? bases[0] : bases.find((b) => b.type === document.type && b.number === document.number);
    if (base) {
      pair = { base, document };
      break;
    }
  }
  if (!pair) {
    const found = documents.map(describe).join(', ') || 'no text';
    const wanted = bases.map(describe).join(', ');
    throw new ImportError(name, `it holds ${found}, not a revision of the base text (${wanted}), and no MOD / ADD / SUP / NOC proposal blocks`);
  }
  const id = options.id ?? name.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  const ref = parseProposalRef(id);
  return {
    base: pair.base,
    document: { ...pair.document, source: { file: name, format } },
    id,
    proposer: options.proposer ?? ref?.proposer ?? '',
    sourceDocument: ref?.sourceDocument ?? '',
    operations: null,
  };
}

function readTracked(bytes: Uint8Array, name: string, maxUnpackedBytes: number): TrackedText {
  const parts = unzipGuarded(bytes, name, { kind: 'Word file', maxUnpackedBytes, maxEntries: MAX_ZIP_ENTRIES });
  const xml = (part: string) => {
    const data = parts.get(part);
    return data ? parseXml(new TextDecoder('utf-8').decode(data), name) : null;
  };
  const document = xml('word/document.xml');
  if (!document) throw new ImportError(name, 'this zip file is not a Word document (it has no word/document.xml)');
  return readTrackedChanges(document, xml('word/footnotes.xml'), xml('word/endnotes.xml'));
}

function formatOf(name: string): SourceFormat {
  const extension = /\.([^./\\]+)$/.exec(name)?.[1].toLowerCase();
  return extension === 'docx' ? 'docx' : extension === 'xml' || extension === 'akn' ? 'akn' : 'text';
}

function describe(doc: ItuDocument): string {
  const kind = TEXT_NAMES[doc.type];
  return kind && doc.number ? `${kind} ${doc.number}` : doc.titleLine || doc.id;
}
