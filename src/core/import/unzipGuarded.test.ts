import { describe, it, expect } from 'vitest';
import { strToU8, Zip, ZipDeflate, ZipPassThrough, zipSync } from 'fflate';
import { ImportError } from './importError.ts';
import { unzipGuarded } from './unzipGuarded.ts';

const limits = { kind: 'Word file', maxUnpackedBytes: 1024 * 1024, maxEntries: 10 };

function errorOf(run: () => unknown): ImportError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    return error as ImportError;
  }
  throw new Error('expected an ImportError');
}

/** Sets the "uncompressed size" fields of every local and central header to `size`: the archive lies. */
function lieAboutSizes(zip: Uint8Array, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let i = 0; i + 4 <= out.length; i++) {
    const signature = view.getUint32(i, true);
    if (signature === 0x04034b50) view.setUint32(i + 22, size, true);
    if (signature === 0x02014b50) view.setUint32(i + 24, size, true);
  }
  return out;
}

describe('unzipGuarded', () => {
  it('returns the parts by name, leaving directories out', () => {
    const zip = zipSync({ 'word/document.xml': strToU8('<w/>'), 'word/': new Uint8Array(0), 'a.txt': strToU8('hi') });
    const parts = unzipGuarded(zip, 'x.docx', limits);
    expect([...parts.keys()].sort()).toEqual(['a.txt', 'word/document.xml']);
    expect(new TextDecoder().decode(parts.get('word/document.xml'))).toBe('<w/>');
  });

  it('reads archives whose sizes follow the data (data descriptors, as streaming zip writers make them)', () => {
    const chunks: Uint8Array[] = [];
    const zip = new Zip((error, data) => {
      if (error) throw error;
      chunks.push(data);
    });
    const deflated = new ZipDeflate('word/document.xml', { level: 6 });
    const stored = new ZipPassThrough('word/styles.xml');
    zip.add(deflated);
    deflated.push(strToU8('<w:document>'.repeat(500)), true);
    zip.add(stored);
    stored.push(strToU8('<w:styles/>'), true);
    zip.end();
    const bytes = new Uint8Array(chunks.flatMap((chunk) => [...chunk]));
    const parts = unzipGuarded(bytes, 'streamed.docx', limits);
    expect(new TextDecoder().decode(parts.get('word/document.xml'))).toBe('<w:document>'.repeat(500));
    expect(new TextDecoder().decode(parts.get('word/styles.xml'))).toBe('<w:styles/>');
  });

  it('refuses a zip bomb by counting what is inflated', () => {
    const zip = zipSync({ 'word/document.xml': new Uint8Array(8 * 1024 * 1024) }, { level: 9 });
    expect(zip.length).toBeLessThan(64 * 1024);
    expect(errorOf(() => unzipGuarded(zip, 'bomb.docx', limits)).message).toBe('bomb.docx: the Word file unpacks to more than 1 MB; refused');
  });

  it('does not trust the sizes the archive declares', () => {
    const zip = lieAboutSizes(zipSync({ 'word/document.xml': new Uint8Array(4 * 1024 * 1024) }, { level: 9 }), 10);
    expect(errorOf(() => unzipGuarded(zip, 'liar.docx', limits)).message).toContain('unpacks to more than 1 MB');
  });

  it('counts small parts together', () => {
    const files = Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`p${i}.xml`, new Uint8Array(300 * 1024)]));
    expect(errorOf(() => unzipGuarded(zipSync(files), 'x.docx', limits)).message).toContain('unpacks to more than 1 MB');
  });

  it('refuses too many parts', () => {
    const files = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`p${i}.xml`, strToU8('x')]));
    expect(errorOf(() => unzipGuarded(zipSync(files), 'many.docx', limits)).message).toBe('many.docx: the Word file holds more than 10 parts; refused');
  });

  it('says a cut-short, corrupted or unknown-method archive is damaged', () => {
    const zip = zipSync({ 'word/document.xml': strToU8('<w>'.repeat(2000)) });
    for (const end of [20, 60, zip.length - 30]) {
      expect(errorOf(() => unzipGuarded(zip.subarray(0, end), 'cut.docx', limits)).message).toBe(
        'cut.docx: the Word file is damaged and cannot be read (its table of contents is missing; the file may be cut short)',
      );
    }
    const corrupt = zip.slice();
    corrupt.fill(0xff, 50, 80); // inside the compressed data
    expect(errorOf(() => unzipGuarded(corrupt, 'bad.docx', limits)).message).toMatch(/^bad\.docx: the Word file is damaged and cannot be read \(/);
    const odd = zip.slice();
    new DataView(odd.buffer).setUint16(8, 99, true); // compression method of the first local header
    expect(errorOf(() => unzipGuarded(odd, 'odd.docx', limits)).message).toBe(
      'odd.docx: the Word file is damaged and cannot be read ("word/document.xml" uses a compression method Clausewatch cannot read)',
    );
  });

  it('refuses an archive whose parts differ from its table of contents', () => {
    const zip = zipSync({ 'word/document.xml': strToU8('<w/>'), 'b.xml': strToU8('<b/>') }, { level: 0 });
    // Rename the second part in its local header only: what a scanner sees and what Word lists now differ.
    const at = zip.indexOf(0x62, 30 + 'word/document.xml'.length + 4 + 30);
    const renamed = zip.slice();
    renamed[at] = 0x63;
    expect(errorOf(() => unzipGuarded(renamed, 'mixed.docx', limits)).message).toContain('its table of contents does not match its contents');
  });

  it('reports progress up to the whole archive', () => {
    const seen: number[] = [];
    unzipGuarded(zipSync({ 'a.xml': new Uint8Array(100_000).fill(65) }, { level: 0 }), 'x.docx', { ...limits, onProgress: (f) => seen.push(f) });
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.at(-1)).toBe(1);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });
});
