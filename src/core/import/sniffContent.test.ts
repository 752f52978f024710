import { describe, it, expect } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { sniffContent } from './sniffContent.ts';

describe('sniffContent', () => {
  it('recognises zip, old Word, PDF, UTF-16 and XML by their first bytes', () => {
    expect(sniffContent(zipSync({ 'a.txt': strToU8('x') }))).toBe('zip');
    expect(sniffContent(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toBe('ole');
    expect(sniffContent(strToU8('%PDF-1.7\n'))).toBe('pdf');
    expect(sniffContent(new Uint8Array([0xff, 0xfe, 0x52, 0]))).toBe('utf16');
    expect(sniffContent(strToU8('\uFEFF  <?xml version="1.0"?><a/>'))).toBe('xml');
    expect(sniffContent(strToU8('<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">'))).toBe('xml');
  });

  it('leaves plain text, and text that merely starts with markup, alone', () => {
    expect(sniffContent(strToU8('RESOLUTION 1 (TESTVILLE, 2030)'))).toBe('unknown');
    expect(sniffContent(strToU8('<script>alert(1)</script>'))).toBe('unknown');
    expect(sniffContent(new Uint8Array(0))).toBe('unknown');
  });
});
