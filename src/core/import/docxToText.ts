import { zipSync } from 'fflate';
import mammoth from 'mammoth';
import { ImportError } from './importError.ts';
import { MAX_UNPACKED_BYTES, MAX_ZIP_ENTRIES } from './limits.ts';
import { sniffContent } from './sniffContent.ts';
import { unzipGuarded } from './unzipGuarded.ts';
import { wordDocumentLines } from './wordDocumentLines.ts';
import { checkXml } from './xmlTree.ts';
import type { WordDocument } from './wordDocumentLines.ts';

export interface DocxOptions {
  /** Most bytes the Word file may unpack to (default MAX_UNPACKED_BYTES). */
  maxUnpackedBytes?: number;
  /** Called with the share of the work done (0..1). */
  onProgress?: (fraction: number) => void;
}

const MAIN_PART = 'word/document.xml';

/**
 * A Word .docx file → plain text in the line convention of the text parser (see
 * wordDocumentLines), footnotes included. The archive is unpacked under limits first (zip bombs
 * are refused), parts with a DOCTYPE are refused, and mammoth only ever reads the parts that
 * passed, re-packed, never the original bytes. Tracked changes: insertions are kept, deletions
 * left out (the document as it would read once changes are accepted).
 */
export async function docxToText(bytes: Uint8Array, file: string, options: DocxOptions = {}): Promise<string> {
  const kind = sniffContent(bytes);
  if (kind === 'ole') {
    throw new ImportError(file, 'this is an old-style Word file (.doc), not .docx; open it in Word and save it as .docx');
  }
  if (kind !== 'zip') throw new ImportError(file, 'this is not a Word (.docx) file: it is not a zip archive');

  const parts = unzipGuarded(bytes, file, {
    kind: 'Word file',
    maxUnpackedBytes: options.maxUnpackedBytes ?? MAX_UNPACKED_BYTES,
    maxEntries: MAX_ZIP_ENTRIES,
    onProgress: (fraction) => options.onProgress?.(fraction * 0.5),
  });
  if (!parts.has(MAIN_PART)) {
    throw new ImportError(file, `this zip file is not a Word document (it has no ${MAIN_PART})`);
  }
  for (const [name, data] of parts) vetPart(name, data, file);

  const repacked = zipSync(Object.fromEntries(parts), { level: 0 });
  const arrayBuffer = repacked.buffer.slice(repacked.byteOffset, repacked.byteOffset + repacked.byteLength);
  // mammoth's Node build reads `buffer`, its browser build `arrayBuffer`; JSZip accepts either.
  const input = { arrayBuffer, buffer: arrayBuffer };
  const read: { document?: WordDocument } = {};
  try {
    await mammoth.convertToHtml(input, {
      externalFileAccess: false,
      // mammoth's raw-text extraction drops footnotes, so we read its document tree instead and
      // hand it an empty body, as the HTML is not needed.
      transformDocument: (document: WordDocument) => {
        read.document = document;
        return { ...document, children: [] };
      },
    });
  } catch (error) {
    const what = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new ImportError(file, `the Word file is damaged and cannot be read (${what})`, { cause: error });
  }
  if (!read.document) throw new ImportError(file, 'the Word file is damaged and cannot be read (no document body)');
  options.onProgress?.(0.9);
  return wordDocumentLines(read.document).join('\n');
}

/** Parts mammoth reads: the package's content types and relationships, and word/*.xml. */
const READ_PARTS = /^(\[Content_Types\]\.xml|(.+\/)?_rels\/[^/]*\.rels|word\/[^/]+\.xml)$/;

/**
 * No XML part may carry a DOCTYPE (mammoth's XML parser must never see entity declarations), and
 * the parts mammoth reads must be well-formed, so that a damaged file gets a message with a line
 * and column instead of a parser's internals.
 */
function vetPart(name: string, data: Uint8Array, file: string): void {
  if (!/\.(xml|rels)$/i.test(name)) return;
  // mammoth decodes parts as UTF-8, and so do we.
  const xml = new TextDecoder('utf-8').decode(data);
  if (xml.includes('<!DOCTYPE')) {
    throw new ImportError(
      file,
      `the Word file holds XML with a DOCTYPE or entity declarations (in ${name}); refused (entity expansion and external entities are not allowed)`,
    );
  }
  if (!READ_PARTS.test(name)) return;
  try {
    checkXml(xml, name);
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    throw new ImportError(file, `the Word file is damaged and cannot be read (${name} is ${error.reason})`, { cause: error });
  }
}
