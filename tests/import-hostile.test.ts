/**
 * Quality bar, case 9: hostile imports. Every case goes through the public surface with the
 * default limits and must end in a one-line ImportError naming the file, or in inert text.
 */
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Zip, ZipDeflate } from 'fflate';
import { concatBytes, ImportError, importFile, importPaste, MAX_UNPACKED_BYTES } from '../src/core/import/index.ts';
import { allClauses } from '../src/core/model/index.ts';
import type { ItuDocument } from '../src/core/model/index.ts';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

async function refusal(name: string, bytes: Uint8Array): Promise<string> {
  try {
    const result = await importFile(name, bytes);
    throw new Error(`expected ${name} to be refused, got ${result.documents.length} documents`);
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    const { message } = error as ImportError;
    expect(message.startsWith(`${name}: `)).toBe(true);
    expect(message).not.toMatch(/\n/);
    return message;
  }
}

/** A Word-looking zip whose document.xml inflates past the default limit, built without holding it in memory. */
function zipBomb(): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, data) => {
    if (error) throw error;
    chunks.push(data);
  });
  const entry = new ZipDeflate('word/document.xml', { level: 9 });
  zip.add(entry);
  const megabyte = new Uint8Array(1024 * 1024).fill(0x20);
  const megabytes = MAX_UNPACKED_BYTES / megabyte.length + 8;
  for (let i = 0; i < megabytes; i++) entry.push(megabyte, i === megabytes - 1);
  zip.end();
  return concatBytes(chunks);
}

describe('hostile imports', () => {
  it('refuses XML entity expansion (billion laughs)', async () => {
    const entities = Array.from({ length: 10 }, (_, i) =>
      i === 0 ? '<!ENTITY lol0 "lol">' : `<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`,
    ).join('');
    const xml = `<?xml version="1.0"?><!DOCTYPE akomaNtoso [${entities}]><akomaNtoso>&lol9;</akomaNtoso>`;
    expect(await refusal('evil.xml', utf8(xml))).toBe(
      'evil.xml: XML with a DOCTYPE or entity declarations is refused (entity expansion and external entities are not allowed)',
    );
  });

  it('refuses external entities', async () => {
    const xml = '<?xml version="1.0"?><!DOCTYPE akomaNtoso [<!ENTITY x SYSTEM "file:///etc/passwd">]><akomaNtoso>&x;</akomaNtoso>';
    expect(await refusal('xxe.xml', utf8(xml))).toContain('DOCTYPE or entity declarations is refused');
  });

  it('refuses an entity that was never declared', async () => {
    expect(await refusal('undef.xml', utf8('<akomaNtoso>&secret;</akomaNtoso>'))).toMatch(/undefined entity &secret;/);
  });

  it('refuses a DOCX zip bomb at the default limit', async () => {
    const bomb = zipBomb();
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(await refusal('bomb.docx', bomb)).toBe('bomb.docx: the Word file unpacks to more than 50 MB; refused');
  });

  it('refuses a 200 MB file', async () => {
    expect(await refusal('big.txt', new Uint8Array(200 * 1024 * 1024))).toBe('big.txt: the file is 200.0 MB; the limit is 20 MB');
  });

  it('refuses a binary file named .txt', async () => {
    const binary = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256);
    expect(await refusal('photo.txt', binary)).toBe('photo.txt: this is not a text file (it contains binary data)');
  });

  it('keeps HTML and script in text and in notes as inert text', async () => {
    const text = [
      'RESOLUTION 903 (TESTVILLE, 2030)',
      'Sample <b>subject</b>',
      'The Sample Conference of the Test Union (Testville, 2030),',
      'resolves',
      '1 to treat <script>document.cookie</script> as words1;',
      '____________________',
      '1 A note with <iframe src="javascript:alert(1)"></iframe> inside.',
    ].join('\n');
    const { documents } = await importPaste(text);
    const [doc] = documents;
    expect(doc.title).toBe('Sample <b>subject</b>');
    expect(allClauses(doc)[0].text).toContain('<script>document.cookie</script>');
    expect(doc.footnotes[0].text).toContain('<iframe src="javascript:alert(1)"></iframe>');
  });

  it('imports nothing from a collection whose last part is broken', async () => {
    const ns = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';
    const statement = (n: number): string =>
      `<component><statement><preface><longTitle><p>RESOLUTION ${n} (TESTVILLE, 2030)</p></longTitle></preface></statement></component>`;
    const xml = `<akomaNtoso xmlns="${ns}"><documentCollection><collectionBody>${statement(1)}${statement(2)}<component><statement>`;
    expect(await refusal('half.xml', utf8(xml))).toMatch(/^half\.xml: not well-formed XML at line 1, column \d+: unclosed tag/);
  });
});

const fixturesDir = (sub: string): string => fileURLToPath(new URL(`../fixtures/${sub}/`, import.meta.url));
const fixtureFiles = (sub: string, extension: string): string[] => {
  try {
    return readdirSync(fixturesDir(sub)).filter((name) => name.endsWith(extension));
  } catch {
    return [];
  }
};

/** A document without `source`, and without page furniture (running headers exist only in text). */
function comparable(doc: ItuDocument): Omit<ItuDocument, 'source'> {
  const { source: _source, ...rest } = doc;
  return { ...rest, unparsed: doc.unparsed.filter((block) => block.reason !== 'page header or footer') };
}

describe('fixture files import like their text versions', () => {
  const files = [
    ...fixtureFiles('akn', '.xml').map((name) => ({ name, path: fixturesDir('akn') + name })),
    ...fixtureFiles('docx', '.docx').map((name) => ({ name, path: fixturesDir('docx') + name })),
  ];
  it.runIf(files.length > 0).each(files)('$name', async ({ name, path }) => {
    const { documents } = await importFile(name, new Uint8Array(readFileSync(path)));
    expect(documents.length).toBeGreaterThan(0);
    for (const doc of documents) expect(doc.source?.file).toBe(name);
    const textName = name.replace(/\.(xml|docx)$/, '.txt');
    const textPath = fixturesDir('text') + textName;
    const fromText = await importFile(textName, new Uint8Array(readFileSync(textPath)));
    expect(documents.map(comparable)).toEqual(fromText.documents.map(comparable));
  });
});
