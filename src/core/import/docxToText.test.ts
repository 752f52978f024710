import { describe, it, expect } from 'vitest';
import { DeletedTextRun, Document, FootnoteReferenceRun, InsertedTextRun, Packer, Paragraph, Tab, TextRun } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { docxToText } from './docxToText.ts';
import { ImportError } from './importError.ts';

/** A small Word file written for this test, ITU layout: label, tab, text; a footnote; tracked changes. */
async function sampleDocx(): Promise<Uint8Array> {
  const revision = { author: 'Tester', date: '2030-01-01T00:00:00Z' };
  const doc = new Document({
    footnotes: { 1: { children: [new Paragraph('Sample footnote written for Clausewatch tests.')] } },
    sections: [
      {
        children: [
          new Paragraph('RESOLUTION 901 (REV. TESTVILLE, 2030)'),
          new Paragraph('Keeping sample texts tidy'),
          new Paragraph(''),
          new Paragraph('The Sample Conference of the Test Union (Testville, 2030),'),
          new Paragraph({ children: [new TextRun({ text: 'considering', italics: true })] }),
          new Paragraph({
            children: [
              new TextRun({ children: ['a)', new Tab(), 'that small states'] }),
              new FootnoteReferenceRun(1),
              new TextRun(' need help;'),
            ],
          }),
          new Paragraph({ children: [new TextRun({ children: ['b)', new Tab(), 'that <script>alert(1)</script> is text,'] })] }),
          new Paragraph({ children: [new TextRun({ text: 'resolves', italics: true })] }),
          new Paragraph({
            children: [
              new TextRun({ children: ['1', new Tab(), 'to keep '] }),
              new InsertedTextRun({ text: 'new ', id: 1, ...revision }),
              new DeletedTextRun({ text: 'old ', id: 2, ...revision }),
              new TextRun('words.'),
            ],
          }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

async function errorOf(promise: Promise<unknown>): Promise<ImportError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    return error as ImportError;
  }
  throw new Error('expected an ImportError');
}

describe('docxToText', () => {
  it('turns a Word file into parser lines, footnotes after the rule, insertions kept and deletions left out', async () => {
    const text = await docxToText(await sampleDocx(), 'sample.docx');
    expect(text.split('\n')).toEqual([
      'RESOLUTION 901 (REV. TESTVILLE, 2030)',
      'Keeping sample texts tidy',
      'The Sample Conference of the Test Union (Testville, 2030),',
      'considering',
      'a) that small states1 need help;',
      'b) that <script>alert(1)</script> is text,',
      'resolves',
      '1 to keep new words.',
      '____________________',
      '1 Sample footnote written for Clausewatch tests.',
    ]);
  });

  it('reports progress', async () => {
    const seen: number[] = [];
    await docxToText(await sampleDocx(), 'sample.docx', { onProgress: (f) => seen.push(f) });
    expect(seen.length).toBeGreaterThan(1);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });

  it('refuses a file that is not a zip, and says so for an old .doc', async () => {
    expect((await errorOf(docxToText(strToU8('just some text'), 'notes.docx'))).message).toBe(
      'notes.docx: this is not a Word (.docx) file: it is not a zip archive',
    );
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect((await errorOf(docxToText(ole, 'old.docx'))).message).toContain('old-style Word file (.doc)');
  });

  it('refuses a zip without word/document.xml', async () => {
    const zip = zipSync({ 'readme.txt': strToU8('hello') });
    expect((await errorOf(docxToText(zip, 'archive.docx'))).message).toBe(
      'archive.docx: this zip file is not a Word document (it has no word/document.xml)',
    );
  });

  it('refuses a zip bomb before mammoth reads it', async () => {
    const zip = zipSync({ 'word/document.xml': new Uint8Array(4 * 1024 * 1024) }, { level: 9 });
    expect((await errorOf(docxToText(zip, 'bomb.docx', { maxUnpackedBytes: 1024 * 1024 }))).message).toBe(
      'bomb.docx: the Word file unpacks to more than 1 MB; refused',
    );
  });

  it('refuses a part with a DOCTYPE (entity expansion inside the Word file)', async () => {
    const parts = unzipSync(await sampleDocx());
    const xml = strFromU8(parts['word/document.xml']);
    parts['word/document.xml'] = strToU8(
      xml.replace('?>', '?><!DOCTYPE w [<!ENTITY x SYSTEM "file:///etc/passwd">]>'),
    );
    expect((await errorOf(docxToText(zipSync(parts), 'evil.docx'))).message).toBe(
      'evil.docx: the Word file holds XML with a DOCTYPE or entity declarations (in word/document.xml); refused (entity expansion and external entities are not allowed)',
    );
  });

  it('says a Word file with broken XML is damaged', async () => {
    const parts = unzipSync(await sampleDocx());
    parts['word/document.xml'] = strToU8('<w:document xmlns:w="urn:w">\n<w:body>');
    expect((await errorOf(docxToText(zipSync(parts), 'broken.docx'))).message).toMatch(
      /^broken\.docx: the Word file is damaged and cannot be read \(word\/document\.xml is not well-formed XML at line 2, column \d+: unclosed tag <w:body>\)$/,
    );
  });
});
