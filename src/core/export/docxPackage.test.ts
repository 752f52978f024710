import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { corePropertiesXml, repackage } from './docxPackage.ts';

const files = { '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8('<w:document/>'), 'word/styles.xml': strToU8('<w:styles/>') };
const text = (zip: Uint8Array, name: string): string => new TextDecoder().decode(unzipSync(zip)[name]);

describe('repackage', () => {
  it('gives the same bytes for zips written at different times, dated as asked, parts in order', () => {
    const body = new Map([['word/document.xml', ['<w:document>', 'x'.repeat(200_000), '</w:document>']]]);
    const a = repackage(zipSync(files, { mtime: new Date('2001-05-06T07:08:10Z') }), body, '2026-11-28T10:00:00Z');
    const b = repackage(zipSync(files, { mtime: new Date('2019-12-31T23:59:58Z') }), body, '2026-11-28T10:00:00Z');
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect(Object.keys(unzipSync(a))).toEqual(Object.keys(files));
    expect(text(a, 'word/document.xml')).toBe(`<w:document>${'x'.repeat(200_000)}</w:document>`);
    expect(text(a, 'word/styles.xml')).toBe('<w:styles/>');
    // The DOS time and date of the first local header: 10:00:00 → 10 << 11; 2026-11-28 → (46 << 9) | (11 << 5) | 28.
    const view = new DataView(a.buffer, a.byteOffset);
    expect([view.getUint16(10, true), view.getUint16(12, true)]).toEqual([10 << 11, (46 << 9) | (11 << 5) | 28]);
  });

  it('adds a part the base lacks, at the end', () => {
    const zip = repackage(zipSync(files), new Map([['docProps/extra.xml', ['<x/>']]]), '2026-11-28T10:00:00Z');
    expect(Object.keys(unzipSync(zip)).at(-1)).toBe('docProps/extra.xml');
    expect(text(zip, 'docProps/extra.xml')).toBe('<x/>');
  });
});

describe('corePropertiesXml', () => {
  it('escapes the title and writes fixed dates in whole seconds', () => {
    const xml = corePropertiesXml('Risk summary: <a & b>', '2026-11-28T10:00:00.123Z');
    expect(xml).toContain('<dc:title>Risk summary: &lt;a &amp; b&gt;</dc:title>');
    expect(xml).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-11-28T10:00:00Z</dcterms:created>');
  });
});
