import { describe, it, expect } from 'vitest';
import { checkText, decodeText } from './decodeText.ts';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  const view = new DataView(out.buffer);
  view.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), littleEndian);
  return out;
}

describe('decodeText', () => {
  it('strips a UTF-8 BOM and turns CRLF, CR and form feeds into line feeds', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('RESOLUTION 1\r\nconsidering\ra) x;\fnext\u2028last')]);
    expect(decodeText(bytes, 'a.txt')).toBe('RESOLUTION 1\nconsidering\na) x;\nnext\nlast');
  });

  it('reads UTF-16 with a byte-order mark, either byte order', () => {
    expect(decodeText(utf16('Résolution\r\n1', true), 'le.txt')).toBe('Résolution\n1');
    expect(decodeText(utf16('Résolution\r\n1', false), 'be.txt')).toBe('Résolution\n1');
  });

  it('refuses text that is not UTF-8, saying how to fix it', () => {
    const latin1 = new Uint8Array([...utf8('R'), 0xe9, ...utf8('solution 1\n')]);
    expect(() => decodeText(latin1, 'old.txt')).toThrow(
      'old.txt: the text is not in UTF-8 (Unicode) encoding; save it as UTF-8 and try again',
    );
  });

  it('refuses binary data: NUL bytes, or many control characters', () => {
    const message = 'photo.txt: this is not a text file (it contains binary data)';
    expect(() => decodeText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), 'photo.txt')).toThrow(message);
    expect(() => decodeText(utf8('abc\u0000def'), 'photo.txt')).toThrow(message);
    const noisy = 'text'.repeat(20) + '\u0001\u0002\u0003\u0004\u0005';
    expect(() => decodeText(utf8(noisy), 'photo.txt')).toThrow(message);
  });

  it('lets a stray control character through in a long text', () => {
    const text = `${'a line of text\n'.repeat(100)}\u0007`;
    expect(decodeText(utf8(text), 'ok.txt')).toBe(text);
  });
});

describe('checkText', () => {
  it('keeps markup as plain characters', () => {
    expect(checkText('<script>alert("x")</script> &amp;', 'pasted text')).toBe('<script>alert("x")</script> &amp;');
  });

  it('drops a leading BOM from pasted text', () => {
    expect(checkText('\uFEFFRESOLUTION 1\r\n', 'pasted text')).toBe('RESOLUTION 1\n');
  });
});
