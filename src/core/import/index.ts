export { ImportError } from './importError.ts';
export { importFile } from './importFile.ts';
export { importPaste, PASTED_TEXT } from './importPaste.ts';
export type { ImportOptions, ImportResult } from './importOptions.ts';
export { MAX_FILE_BYTES, MAX_UNPACKED_BYTES, MAX_ZIP_ENTRIES, MAX_XML_DEPTH } from './limits.ts';
export { checkSize } from './checkSize.ts';
export { aknToTexts } from './aknToTexts.ts';
export { docxToText } from './docxToText.ts';
export type { DocxOptions } from './docxToText.ts';
