import { aknToTexts } from './aknToTexts.ts';
import { checkSize } from './checkSize.ts';
import { decodeText } from './decodeText.ts';
import { decodeXml } from './decodeXml.ts';
import { docxToText } from './docxToText.ts';
import { ImportError } from './importError.ts';
import type { ImportOptions, ImportResult } from './importOptions.ts';
import { MAX_FILE_BYTES } from './limits.ts';
import { parseTexts } from './parseTexts.ts';
import { progressReporter } from './progressReporter.ts';
import { sniffContent } from './sniffContent.ts';
import type { SourceFormat } from '../model/index.ts';

const KNOWN_TYPES = 'Clausewatch imports .txt, .docx and Akoma Ntoso .xml';

/**
 * Imports one file given as bytes (no file system: runs in Node, a browser or a worker). The type
 * comes from the extension (.txt/.text, .docx, .xml/.akn) and is checked against the content.
 * Returns every document of the file, or throws an ImportError whose one-line message names the
 * file and says what is wrong: nothing is ever half-imported.
 */
export async function importFile(name: string, bytes: Uint8Array, options: ImportOptions = {}): Promise<ImportResult> {
  const format = formatFromName(name);
  checkSize(bytes.byteLength, options.maxBytes ?? MAX_FILE_BYTES, name);
  const progress = progressReporter(options.onProgress);
  progress(0);
  const texts = await readTexts(format, name, bytes, options, (fraction) => progress(fraction * 0.6));
  const documents = parseTexts(texts, name, format, (fraction) => progress(0.6 + fraction * 0.4));
  progress(1);
  return { documents, format };
}

function formatFromName(name: string): SourceFormat {
  const extension = /\.([^./\\]+)$/.exec(name)?.[1].toLowerCase();
  switch (extension) {
    case 'txt':
    case 'text':
      return 'text';
    case 'docx':
      return 'docx';
    case 'xml':
    case 'akn':
      return 'akn';
    case 'doc':
      throw new ImportError(name, 'old-style Word files (.doc) cannot be read; open it in Word and save it as .docx');
    case undefined:
      throw new ImportError(name, `unknown file type (the name has no extension); ${KNOWN_TYPES}`);
    default:
      throw new ImportError(name, `unknown file type ".${extension}"; ${KNOWN_TYPES}`);
  }
}

async function readTexts(
  format: SourceFormat,
  file: string,
  bytes: Uint8Array,
  options: ImportOptions,
  onProgress: (fraction: number) => void,
): Promise<string[]> {
  switch (format) {
    case 'text': {
      refuseOtherFormats(bytes, file, 'plain text');
      const text = decodeText(bytes, file);
      if (text.trim() === '') throw new ImportError(file, 'the file is empty');
      return [text];
    }
    case 'docx':
      return [await docxToText(bytes, file, { maxUnpackedBytes: options.maxUnpackedBytes, onProgress })];
    case 'akn': {
      refuseOtherFormats(bytes, file, 'Akoma Ntoso XML');
      const texts = aknToTexts(decodeXml(bytes, file), file);
      onProgress(1);
      return texts;
    }
  }
}

/** A file whose content says it is something else gets a message saying what it is. */
function refuseOtherFormats(bytes: Uint8Array, file: string, expected: string): void {
  switch (sniffContent(bytes)) {
    case 'zip':
      throw new ImportError(file, `this is a zip archive (a Word .docx file or similar), not ${expected}; if it is a Word file, rename it to .docx`);
    case 'ole':
      throw new ImportError(file, `this is an old-style Word file (.doc), not ${expected}; open it in Word and save it as .docx`);
    case 'pdf':
      throw new ImportError(file, `this is a PDF file, not ${expected}; Clausewatch cannot read PDF: copy the text and paste it instead`);
    case 'xml':
      if (expected === 'plain text') {
        throw new ImportError(file, 'this is an XML file, not plain text; if it is Akoma Ntoso, rename it to .xml');
      }
      return;
    default:
      return;
  }
}
