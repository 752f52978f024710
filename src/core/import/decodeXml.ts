import { ImportError } from './importError.ts';

/**
 * Bytes of an XML file → text. Follows a byte-order mark (UTF-8, UTF-16), else the encoding
 * named in the XML declaration, else UTF-8. Invalid bytes are an error, never replaced silently.
 */
export function decodeXml(bytes: Uint8Array, file: string): string {
  const encoding = xmlEncoding(bytes);
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(encoding, { fatal: true });
  } catch (error) {
    throw new ImportError(file, `the XML uses the character encoding "${encoding}", which Clausewatch cannot read; save it as UTF-8`, { cause: error });
  }
  try {
    return decoder.decode(bytes);
  } catch (error) {
    throw new ImportError(file, `the XML says it is in ${encoding} encoding but holds bytes that are not; the file is damaged or mislabelled`, { cause: error });
  }
}

function xmlEncoding(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  // The declaration is ASCII by definition, so the first bytes can be read as Latin-1.
  const head = String.fromCharCode(...bytes.subarray(0, 200));
  const declared = /^<\?xml[^>]*\sencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1];
  // A declaration readable as ASCII means 8-bit bytes, so a "UTF-16" label without a BOM is wrong.
  if (declared === undefined || /^utf-?16/i.test(declared)) return 'utf-8';
  return declared.toLowerCase();
}
