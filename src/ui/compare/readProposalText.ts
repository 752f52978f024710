import { sniffContent } from '../../core/import/sniffContent.ts';

/**
 * The plain text of a proposal file, only to find which texts it cites: Word files are unpacked,
 * anything else is read as UTF-8. Never throws: a file it cannot read gives '' (the importer then
 * says what is wrong with it).
 */
export async function readProposalText(file: string, bytes: Uint8Array): Promise<string> {
  try {
    if (sniffContent(bytes) === 'zip') {
      // Loaded on first use, like the proposal importer: the Word reader stays out of the page's first load.
      const { docxToText } = await import('../../core/import/docxToText.ts');
      return await docxToText(bytes, file);
    }
    return new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 200_000));
  } catch {
    return '';
  }
}
