import { describe, it, expect } from 'vitest';
import { Document, FootnoteReferenceRun, Packer, Paragraph, Tab, TextRun } from 'docx';
import { strToU8, zipSync } from 'fflate';
import { allClauses } from '../model/index.ts';
import { ImportError } from './importError.ts';
import { importFile } from './importFile.ts';

/** A resolution written for these tests, in the ITU's layout. */
const RESOLUTION = [
  'RESOLUTION 901 (REV. TESTVILLE, 2030)',
  'Keeping sample texts tidy',
  'The Sample Conference of the Test Union (Testville, 2030),',
  'considering',
  'a) that small states1 need help;',
  'b) that <script>alert("x")</script> stays text,',
  'resolves',
  '1 to keep texts tidy;',
  '2 to check them,',
  '____________________',
  '1 A footnote written for the tests.',
].join('\n');

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const NS = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';

function aknStatement(number: number): string {
  return `<statement name="resolution">
    <preface><longTitle><p><docType>RESOLUTION</docType> <docNumber>${number} (TESTVILLE, 2030)</docNumber></p></longTitle>
      <container name="title"><p>Sample ${number}</p></container></preface>
    <preamble><formula><p>The Sample Conference of the Test Union (Testville, 2030),</p></formula>
      <recitals><intro><p><i>recalling</i></p></intro><recital><num>a)</num><p>an earlier sample;</p></recital></recitals></preamble>
    <mainBody><hcontainer name="resolves"><heading><i>resolves</i></heading>
      <paragraph><num>1</num><content><p>to act on item ${number}.</p></content></paragraph></hcontainer></mainBody>
  </statement>`;
}

const collection = (...numbers: number[]): string =>
  `<?xml version="1.0" encoding="UTF-8"?><akomaNtoso xmlns="${NS}"><documentCollection name="s"><collectionBody>${numbers
    .map((n) => `<component>${aknStatement(n)}</component>`)
    .join('')}</collectionBody></documentCollection></akomaNtoso>`;

async function errorOf(promise: Promise<unknown>): Promise<ImportError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    const importError = error as ImportError;
    expect(importError.message).not.toContain('\n');
    expect(importError.message.startsWith(`${importError.file}: `)).toBe(true);
    return importError;
  }
  throw new Error('expected an ImportError');
}

describe('importFile: plain text', () => {
  it('parses a .txt file, with ids, headings, footnotes and source', async () => {
    const { documents, format } = await importFile('res901.txt', utf8(RESOLUTION));
    expect(format).toBe('text');
    expect(documents).toHaveLength(1);
    const [doc] = documents;
    expect(doc.id).toBe('res901');
    expect(doc.source).toEqual({ file: 'res901.txt', format: 'text' });
    expect(doc.sections.map((s) => s.id)).toEqual(['res901/considering', 'res901/resolves']);
    expect(allClauses(doc).map((c) => c.id)).toEqual(['res901/considering/a', 'res901/considering/b', 'res901/resolves/1', 'res901/resolves/2']);
    expect(doc.footnotes.map((f) => f.text)).toEqual(['A footnote written for the tests.']);
  });

  it('keeps HTML and script as literal text in a clause', async () => {
    const { documents } = await importFile('res901.txt', utf8(RESOLUTION));
    const clause = allClauses(documents[0]).find((c) => c.id === 'res901/considering/b');
    expect(clause?.text).toBe('that <script>alert("x")</script> stays text,');
  });

  it('reads a UTF-8 BOM and CRLF line endings like plain UTF-8', async () => {
    const crlf = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(RESOLUTION.replace(/\n/g, '\r\n'))]);
    const plain = await importFile('a.txt', utf8(RESOLUTION));
    const windows = await importFile('a.txt', crlf);
    expect(windows.documents).toEqual(plain.documents);
  });

  it('accepts .text and upper-case extensions', async () => {
    expect((await importFile('R.TEXT', utf8(RESOLUTION))).documents[0].id).toBe('res901');
    expect((await importFile('dir/R.TXT', utf8(RESOLUTION))).format).toBe('text');
  });

  it('refuses an empty file', async () => {
    expect((await errorOf(importFile('empty.txt', utf8(' \n\n ')))).message).toBe('empty.txt: the file is empty');
  });
});

describe('importFile: refusals', () => {
  it('checks the size before decoding anything', async () => {
    // All zero bytes: decoding would call it binary; the size message must come first.
    const big = new Uint8Array(200 * 1024 * 1024);
    expect((await errorOf(importFile('big.txt', big))).message).toBe('big.txt: the file is 200.0 MB; the limit is 20 MB');
    expect((await errorOf(importFile('small.txt', utf8(RESOLUTION), { maxBytes: 100 }))).message).toMatch(
      /^small\.txt: the file is \d+ bytes; the limit is 100 bytes$/,
    );
  });

  it('refuses binary data named .txt', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect((await errorOf(importFile('photo.txt', png))).message).toBe('photo.txt: this is not a text file (it contains binary data)');
  });

  it('says what a .txt file really is when it is a zip, a PDF or XML', async () => {
    expect((await errorOf(importFile('a.txt', zipSync({ 'x.txt': strToU8('x') })))).message).toContain('this is a zip archive (a Word .docx file or similar), not plain text');
    expect((await errorOf(importFile('b.txt', utf8('%PDF-1.7\n')))).message).toContain('this is a PDF file, not plain text');
    expect((await errorOf(importFile('c.txt', utf8(collection(1))))).message).toBe(
      'c.txt: this is an XML file, not plain text; if it is Akoma Ntoso, rename it to .xml',
    );
  });

  it('refuses unknown file types and names the supported ones', async () => {
    expect((await errorOf(importFile('x.pdf', utf8('%PDF-1.7')))).message).toBe(
      'x.pdf: unknown file type ".pdf"; Clausewatch imports .txt, .docx and Akoma Ntoso .xml',
    );
    expect((await errorOf(importFile('README', utf8('x')))).message).toBe(
      'README: unknown file type (the name has no extension); Clausewatch imports .txt, .docx and Akoma Ntoso .xml',
    );
    expect((await errorOf(importFile('old.doc', utf8('x')))).message).toContain('old-style Word files (.doc) cannot be read');
  });
});

describe('importFile: Akoma Ntoso', () => {
  it('imports every component of a collection as a document', async () => {
    const { documents, format } = await importFile('set.xml', utf8(collection(901, 902, 903)));
    expect(format).toBe('akn');
    expect(documents.map((d) => d.id)).toEqual(['res901', 'res902', 'res903']);
    expect(documents.map((d) => d.title)).toEqual(['Sample 901', 'Sample 902', 'Sample 903']);
    expect(documents.every((d) => d.source?.file === 'set.xml' && d.source.format === 'akn')).toBe(true);
    expect(allClauses(documents[1]).map((c) => c.id)).toEqual(['res902/recalling/a', 'res902/resolves/1']);
    expect(documents[1].sections.map((s) => s.heading)).toEqual(['recalling', 'resolves']);
  });

  it('imports nothing when any part of the file is broken', async () => {
    const broken = collection(901, 902).replace('</collectionBody>', '<component><statement></collectionBody>');
    expect((await errorOf(importFile('set.xml', utf8(broken)))).message).toMatch(/^set\.xml: not well-formed XML at line \d+, column \d+: /);
  });

  it('refuses entity expansion, external entities and the wrong root', async () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE a [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><akomaNtoso>&b;</akomaNtoso>`;
    expect((await errorOf(importFile('evil.xml', utf8(laughs)))).message).toBe(
      'evil.xml: XML with a DOCTYPE or entity declarations is refused (entity expansion and external entities are not allowed)',
    );
    expect((await errorOf(importFile('page.akn', utf8('<html/>')))).message).toContain('not an Akoma Ntoso document');
    expect((await errorOf(importFile('w.xml', zipSync({ 'a': strToU8('x') })))).message).toContain('this is a zip archive');
  });
});

describe('importFile: Word', () => {
  it('imports a .docx with its footnote', async () => {
    const paragraphs = RESOLUTION.split('\n')
      .slice(0, 9)
      .map((line) => {
        const label = /^([a-z]\)|\d+) (.*)$/.exec(line);
        if (!label) return new Paragraph(line);
        const [before, after] = label[2].split('states1');
        const runs = [new TextRun({ children: [label[1], new Tab(), before] })];
        return new Paragraph({ children: after === undefined ? runs : [...runs, new TextRun('states'), new FootnoteReferenceRun(1), new TextRun(after)] });
      });
    const doc = new Document({
      footnotes: { 1: { children: [new Paragraph('A footnote written for the tests.')] } },
      sections: [{ children: paragraphs }],
    });
    const bytes = new Uint8Array(await Packer.toBuffer(doc));
    const fromWord = await importFile('res901.docx', bytes);
    const fromText = await importFile('res901.txt', utf8(RESOLUTION));
    expect(fromWord.format).toBe('docx');
    expect(fromWord.documents[0].source).toEqual({ file: 'res901.docx', format: 'docx' });
    const strip = (d: (typeof fromText.documents)[0]) => ({ ...d, source: undefined, unparsed: d.unparsed.map((u) => u.text) });
    expect(strip(fromWord.documents[0])).toEqual(strip(fromText.documents[0]));
  });

  it('passes the unpacked limit on to the zip guard', async () => {
    const zip = zipSync({ 'word/document.xml': new Uint8Array(3 * 1024 * 1024) }, { level: 9 });
    expect((await errorOf(importFile('bomb.docx', zip, { maxUnpackedBytes: 1024 * 1024 }))).message).toBe(
      'bomb.docx: the Word file unpacks to more than 1 MB; refused',
    );
  });
});

describe('importFile: progress', () => {
  it('reports fractions that only go up, ending at 1', async () => {
    for (const [name, bytes] of [['a.txt', utf8(RESOLUTION)], ['b.xml', utf8(collection(1, 2))]] as const) {
      const seen: number[] = [];
      await importFile(name, bytes, { onProgress: (f) => seen.push(f) });
      expect(seen[0]).toBe(0);
      expect(seen.at(-1)).toBe(1);
      expect([...seen].sort((a, b) => a - b)).toEqual(seen);
    }
  });
});
