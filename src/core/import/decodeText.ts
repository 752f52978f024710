import { ImportError } from './importError.ts';
import { MAX_CONTROL_SHARE, MIN_CONTROL_COUNT } from './limits.ts';

const NOT_TEXT = 'this is not a text file (it contains binary data)';

/**
 * Bytes of a plain-text file → text with "\n" line endings. Accepts UTF-8 (with or without BOM)
 * and UTF-16 with a BOM; refuses binary data and text in other encodings, naming the file.
 */
export function decodeText(bytes: Uint8Array, file: string): string {
  let text: string;
  try {
    text = decodeUnicode(bytes);
  } catch (error) {
    if (hasBinaryBytes(bytes)) throw new ImportError(file, NOT_TEXT, { cause: error });
    throw new ImportError(
      file,
      'the text is not in UTF-8 (Unicode) encoding; save it as UTF-8 and try again',
      { cause: error },
    );
  }
  return checkText(text, file);
}

/**
 * Checks a decoded or pasted text: refuses binary content, drops a leading BOM and normalises
 * line endings (CRLF, CR, form feed and Unicode line separators become "\n").
 */
export function checkText(text: string, file: string): string {
  if (looksBinary(text)) throw new ImportError(file, NOT_TEXT);
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?|[\f\u2028\u2029]/g, '\n');
}

function decodeUnicode(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le', { fatal: true }).decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be', { fatal: true }).decode(bytes);
  if (bytes.includes(0)) throw new Error('NUL byte in what should be UTF-8 text');
  // TextDecoder strips a UTF-8 BOM by default.
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/** NUL, or many C0 control characters other than tab, line feed, form feed and carriage return. */
function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const controls = text.match(/[\u0001-\u0008\u000B\u000E-\u001F\u007F]/g)?.length ?? 0;
  return controls >= MIN_CONTROL_COUNT && controls / text.length > MAX_CONTROL_SHARE;
}

/** The same test on raw bytes, for data that is not even valid UTF-8. */
function hasBinaryBytes(bytes: Uint8Array): boolean {
  let controls = 0;
  for (const byte of bytes) {
    if (byte === 0) return true;
    if ((byte < 0x09) || (byte > 0x0d && byte < 0x20) || byte === 0x0b || byte === 0x7f) controls++;
  }
  return controls >= MIN_CONTROL_COUNT && controls / bytes.length > MAX_CONTROL_SHARE;
}
