/** What the first bytes of a file say it is, whatever its name claims. */
export type SniffedContent = 'zip' | 'ole' | 'pdf' | 'xml' | 'utf16' | 'unknown';

const ZIP_SIGNATURES = [
  [0x50, 0x4b, 0x03, 0x04], // a local file header
  [0x50, 0x4b, 0x05, 0x06], // an empty archive
];
/** Old binary Word (.doc) and other OLE compound files. */
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF_SIGNATURE = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"

/** Looks at the first bytes only; never decodes the whole file. */
export function sniffContent(bytes: Uint8Array): SniffedContent {
  if (ZIP_SIGNATURES.some((sig) => startsWith(bytes, sig))) return 'zip';
  if (startsWith(bytes, OLE_SIGNATURE)) return 'ole';
  if (startsWith(bytes, PDF_SIGNATURE)) return 'pdf';
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return 'utf16';
  if (looksLikeXml(bytes)) return 'xml';
  return 'unknown';
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);
}

/** An XML declaration or a namespaced root element at the start (after a UTF-8 BOM and blanks). */
function looksLikeXml(bytes: Uint8Array): boolean {
  let start = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  while (start < bytes.length && (bytes[start] === 0x20 || bytes[start] === 0x09 || bytes[start] === 0x0a || bytes[start] === 0x0d)) start++;
  const head = String.fromCharCode(...bytes.subarray(start, start + 256));
  return head.startsWith('<?xml') || /^<[A-Za-z_][\w.:-]*[^>]*\sxmlns(:\w+)?=/.test(head) || head.startsWith('<!DOCTYPE');
}
