/** One entry point for every format: a summary in, the file's bytes out. */
import { concatBytes } from '../import/index.ts';
import { toCsv } from './csv.ts';
import { toDocx } from './docx.ts';
import { jsonLdPieces } from './jsonLd.ts';
import { toMarkdown } from './toMarkdown.ts';
import type { ExportFormat, RiskSummary } from './types.ts';

/** Text is encoded in batches of about this many characters. */
const BATCH = 1 << 16;

/** Text pieces as UTF-8 bytes, encoded a batch at a time: the whole text is never held as one string. */
function utf8(pieces: Iterable<string>): Uint8Array {
  const encoder = new TextEncoder();
  const chunks: Uint8Array[] = [];
  let batch = '';
  for (const piece of pieces) {
    batch += piece;
    if (batch.length >= BATCH) {
      chunks.push(encoder.encode(batch));
      batch = '';
    }
  }
  chunks.push(encoder.encode(batch));
  return concatBytes(chunks);
}

/**
 * The summary written in `format`, as the bytes of the file (text formats in UTF-8; the CSV with
 * its byte-order mark). The same summary always gives the same bytes. Pair with EXPORT_FORMATS
 * for the file's extension and media type.
 */
export async function exportSummary(summary: RiskSummary, format: ExportFormat): Promise<Uint8Array> {
  switch (format) {
    case 'md':
      return new TextEncoder().encode(toMarkdown(summary));
    case 'csv':
      return new TextEncoder().encode(toCsv(summary));
    case 'jsonld':
      return utf8(jsonLdPieces(summary));
    case 'docx':
      return toDocx(summary);
    default:
      throw new Error(`exportSummary: unknown format ${JSON.stringify(format satisfies never)}`);
  }
}
