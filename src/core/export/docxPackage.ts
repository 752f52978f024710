/**
 * Packaging the DOCX brief: the docx package writes the package's parts (styles, settings,
 * relationships, content types); they are zipped again here with the brief's own parts streamed
 * in (the body, tens of megabytes of XML for 10,000 annotations, is never held whole), and with
 * fixed dates (the docx package stamps "now" into the properties and every zip entry), so the
 * same summary always gives the same bytes.
 */
import { Zip, ZipDeflate, strToU8, unzipSync } from 'fflate';
import { concatBytes } from '../import/index.ts';
import { xmlText } from './docxXml.ts';

/** The zip format's earliest date, used when the summary has none: 1980-01-01T00:00:00Z. */
export const DOS_EPOCH = '1980-01-01T00:00:00Z';

/** docProps/core.xml with a fixed title, creator and dates (whole seconds, UTC) instead of "now". */
export function corePropertiesXml(title: string, date: string): string {
  const when = `${new Date(date).toISOString().slice(0, 19)}Z`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${xmlText(title)}</dc:title><dc:creator>Clausewatch</dc:creator><cp:lastModifiedBy>Clausewatch</cp:lastModifiedBy>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

/**
 * The entry time fflate writes is read in local time (as zip stores it); a Date whose local
 * fields are the UTC fields of `iso` makes the bytes the same in every time zone.
 */
function zipTime(iso: string): Date {
  const d = new Date(iso);
  return new Date(Math.max(d.getUTCFullYear(), 1980), d.getUTCMonth(), d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds());
}

/** Text is encoded and compressed in pieces of about this many characters. */
const CHUNK = 1 << 16;

/**
 * Zips the parts of `base` (a zip) again in their order, dated `iso`, with each part named in
 * `replace` written from its text pieces instead (a new part is added at the end).
 */
export function repackage(base: Uint8Array, replace: ReadonlyMap<string, Iterable<string>>, iso: string): Uint8Array {
  const parts = unzipSync(base);
  const out: Uint8Array[] = [];
  let error: Error | null = null;
  const zip = new Zip((err, chunk) => (err ? (error = err) : out.push(chunk)));
  const mtime = zipTime(iso);
  const names = [...Object.keys(parts), ...[...replace.keys()].filter((name) => !(name in parts))];
  for (const name of names) {
    const file = new ZipDeflate(name, { level: 6 });
    file.mtime = mtime;
    zip.add(file);
    const pieces = replace.get(name);
    if (!pieces) {
      file.push(parts[name], true);
      continue;
    }
    let buffer = '';
    for (const piece of pieces) {
      buffer += piece;
      if (buffer.length >= CHUNK) {
        file.push(strToU8(buffer));
        buffer = '';
      }
    }
    file.push(strToU8(buffer), true);
  }
  zip.end();
  if (error) throw error;
  return concatBytes(out);
}
