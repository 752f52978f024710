import type { ItuDocument, SourceFormat } from '../model/index.ts';
import { parseText } from '../parse/index.ts';

/**
 * Runs the text parser over each text of a file and stamps `source` on every document. All or
 * nothing: an error on any text propagates and no document is returned.
 */
export function parseTexts(
  texts: string[],
  file: string,
  format: SourceFormat,
  onProgress?: (fraction: number) => void,
): ItuDocument[] {
  const documents: ItuDocument[] = [];
  texts.forEach((text, index) => {
    for (const document of parseText(text, { file })) documents.push({ ...document, source: { file, format } });
    onProgress?.((index + 1) / texts.length);
  });
  return documents;
}
