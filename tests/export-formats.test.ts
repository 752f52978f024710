/**
 * Golden exports of the fixture workspace in CSV, JSON-LD and DOCX (regenerate: npx tsx
 * fixtures/build/exportGoldens.ts), read back with real readers: csv-parse, the JSON-LD reader,
 * mammoth.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { GOLDEN_DIR } from '../fixtures/build/exportGoldens.ts';
import { CSV_BOM, CSV_COLUMNS, EXPORT_FORMATS, buildSummary, exportSummary, fromJsonLd, toCsv, toDocx, toJsonLd, toMarkdown } from '../src/core/export/index.ts';
import type { ExportFormat, RiskSummary, SummaryInput } from '../src/core/export/index.ts';
import type { Annotation } from '../src/core/model/index.ts';
import { docxAsHtml } from './support/docxAsHtml.ts';
import { loadFixtureWorkspace } from './support/fixtureWorkspace.ts';

const golden = (file: string): string => readFileSync(join(GOLDEN_DIR, file), 'utf8');

let input: SummaryInput;
let summary: RiskSummary;
beforeAll(async () => {
  input = await loadFixtureWorkspace();
  summary = buildSummary(input);
});

describe('CSV', () => {
  it('is byte for byte the golden file, BOM first', () => {
    const csv = toCsv(summary);
    expect(readFileSync(join(GOLDEN_DIR, 'brief.csv')).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv).toBe(golden('brief.csv'));
  });

  it('parses back with csv-parse: the header, one row per annotation, every note intact', () => {
    const rows: Array<Record<string, string>> = parse(toCsv(summary), { bom: true, columns: true });
    expect(Object.keys(rows[0])).toEqual(CSV_COLUMNS.map(([header]) => header));
    expect(rows).toHaveLength(summary.entries.length);
    expect(rows.length).toBe(input.annotations.length);
    rows.forEach((row, i) => {
      const entry = summary.entries[i];
      expect(row.id).toBe(entry.id);
      // Commas, quotes, line breaks and HTML come back as written (formula characters aside).
      expect(row.note).toBe(/^[=+\-@\t\r]/.test(entry.note) ? `'${entry.note}` : entry.note);
      expect(row['base text']).toBe(entry.baseText);
    });
    const multiline = rows.find((row) => row.id === 'demo-02')!;
    expect(multiline.note).toContain('\n- ARB deletes it outright.');
    expect(rows.find((row) => row.id === 'demo-21')!.note).toContain('<script>alert("x")</script>');
    expect(multiline.proposals).toBe('ARB/21A15/1 SUP; B/CAN/CLM/USA/75/1 MOD; EUR/44A7/1 MOVE');
  });

  it('keeps CRLF between records, and only there', () => {
    const csv = toCsv(summary);
    expect(csv.split('\r\n')).toHaveLength(summary.entries.length + 2);
    expect(csv.match(/\r\n/g)).toHaveLength(summary.entries.length + 1);
  });
});

describe('JSON-LD', () => {
  it('is byte for byte the golden file', () => {
    expect(toJsonLd(summary)).toBe(golden('brief.jsonld'));
  });

  it('round-trips: reading the export gives back the workspace annotations', () => {
    const back = fromJsonLd(toJsonLd(summary), 'brief.jsonld');
    const withoutLive = (a: Annotation): Annotation => {
      const { relative: _live, ...target } = a.target;
      return { ...a, target };
    };
    const byId = (a: Annotation, b: Annotation): number => (a.id < b.id ? -1 : 1);
    expect([...back].sort(byId)).toEqual(input.annotations.map(withoutLive).sort(byId));
  });

  it('names the file and the field when the export is damaged', () => {
    const damaged = golden('brief.jsonld').replace('"type":"FragmentSelector",', '"type":"CssSelector",');
    expect(() => fromJsonLd(damaged, 'brief.jsonld')).toThrow(/^brief\.jsonld: first\.items\[0\]\.target\.selector: no FragmentSelector with the clause ID$/);
  });
});

describe('DOCX', () => {
  let bytes: Uint8Array;
  let html: string;
  beforeAll(async () => {
    bytes = await toDocx(summary);
    html = await docxAsHtml(bytes);
  });

  it('opens in mammoth as the golden brief, and gives the same bytes each time', async () => {
    expect(html).toBe(golden('brief.docx.html'));
    expect(Buffer.from(await toDocx(summary)).equals(Buffer.from(bytes))).toBe(true);
  });

  it('has the title, every risk category, opportunities, notes and the matrix', async () => {
    const { value: text } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    expect(text.startsWith('Risk summary: demo\n')).toBe(true);
    for (const group of summary.risks) expect(html).toContain(`<h1>${group.name.replace('&', '&amp;')} (highest severity: `);
    for (const heading of ['Summary', 'Opportunities', 'Notes', 'Issues matrix']) expect(html).toContain(`<h1>${heading}</h1>`);
    expect(html).toContain('<th><p><strong>B/CAN/CLM/USA</strong></p>');
  });

  it('shows redlines as the ITU does: insertions underlined, deletions struck through', () => {
    expect(html).toContain('<u>, in line with international human rights law</u>');
    expect(html).toContain('<s>independent </s>oversight');
    expect(html).toContain('<u> by the competent national authority</u>');
  });

  it('shows notes as inert text, never as markup', () => {
    expect(html).toContain('Check the figures &lt;script&gt;alert("x")&lt;/script&gt; against the &lt;b&gt;Council&lt;/b&gt; report');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>Council</b>');
  });
});

describe('exportSummary', () => {
  it.each(['md', 'csv', 'jsonld'] as const)('%s: the UTF-8 bytes of the text format', async (format) => {
    const write = { md: toMarkdown, csv: toCsv, jsonld: toJsonLd }[format];
    expect(Buffer.from(await exportSummary(summary, format)).equals(Buffer.from(write(summary), 'utf8'))).toBe(true);
  });

  it('docx: the Word file, and every format has its extension and media type', async () => {
    expect(Buffer.from(await exportSummary(summary, 'docx')).subarray(0, 2).toString()).toBe('PK');
    expect(Object.keys(EXPORT_FORMATS)).toEqual(['md', 'csv', 'jsonld', 'docx'] satisfies ExportFormat[]);
    expect(EXPORT_FORMATS.csv).toMatchObject({ extension: 'csv', mime: 'text/csv; charset=utf-8' });
    expect(EXPORT_FORMATS.docx.mime).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(await exportSummary(summary, 'csv')).startsWith(CSV_BOM)).toBe(true);
  });
});
