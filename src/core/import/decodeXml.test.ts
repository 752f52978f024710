import { describe, it, expect } from 'vitest';
import { decodeXml } from './decodeXml.ts';

describe('decodeXml', () => {
  it('reads UTF-8 by default and follows a declared 8-bit encoding', () => {
    expect(decodeXml(new TextEncoder().encode('<a>é</a>'), 'a.xml')).toBe('<a>é</a>');
    const latin1 = new Uint8Array([...new TextEncoder().encode('<?xml version="1.0" encoding="ISO-8859-1"?><a>'), 0xe9, ...new TextEncoder().encode('</a>')]);
    expect(decodeXml(latin1, 'b.xml')).toBe('<?xml version="1.0" encoding="ISO-8859-1"?><a>é</a>');
  });

  it('refuses bytes that do not match the encoding, and encodings it does not know', () => {
    expect(() => decodeXml(new Uint8Array([0x3c, 0x61, 0x3e, 0xff, 0x3c]), 'c.xml')).toThrow(
      'c.xml: the XML says it is in utf-8 encoding but holds bytes that are not; the file is damaged or mislabelled',
    );
    expect(() => decodeXml(new TextEncoder().encode('<?xml version="1.0" encoding="x-klingon"?><a/>'), 'd.xml')).toThrow(
      'd.xml: the XML uses the character encoding "x-klingon", which Clausewatch cannot read; save it as UTF-8',
    );
  });
});
