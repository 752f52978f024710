import { checkSize } from './checkSize.ts';
import { checkText } from './decodeText.ts';
import { ImportError } from './importError.ts';
import type { ImportOptions, ImportResult } from './importOptions.ts';
import { MAX_FILE_BYTES } from './limits.ts';
import { parseTexts } from './parseTexts.ts';
import { progressReporter } from './progressReporter.ts';

/** The file name pasted text goes by, in messages and in `source.file`. */
export const PASTED_TEXT = 'pasted text';

/** Imports pasted text like a .txt file: same limits and checks, source file "pasted text". */
export async function importPaste(text: string, options: ImportOptions = {}): Promise<ImportResult> {
  const limit = options.maxBytes ?? MAX_FILE_BYTES;
  // Counting UTF-8 bytes costs a copy; a text with more characters than the limit is over it anyway.
  checkSize(text.length > limit ? text.length : new TextEncoder().encode(text).byteLength, limit, PASTED_TEXT, 'the pasted text');
  const progress = progressReporter(options.onProgress);
  progress(0);
  const clean = checkText(text, PASTED_TEXT);
  if (clean.trim() === '') throw new ImportError(PASTED_TEXT, 'the pasted text is empty');
  const documents = parseTexts([clean], PASTED_TEXT, 'text', (fraction) => progress(fraction));
  progress(1);
  return { documents, format: 'text' };
}
