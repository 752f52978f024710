import { describe, it, expect } from 'vitest';
import { allClauses } from '../model/index.ts';
import { importPaste } from './importPaste.ts';

const PASTE = [
  'DECISION 77 (TESTVILLE, 2030)',
  'A sample decision',
  'The Sample Conference of the Test Union (Testville, 2030),',
  'decides',
  '1 that <img src=x onerror=alert(1)> is only text;',
].join('\r\n');

describe('importPaste', () => {
  it('parses pasted text, with "pasted text" as the source file', async () => {
    const { documents, format } = await importPaste(`\uFEFF${PASTE}`);
    expect(format).toBe('text');
    expect(documents.map((d) => d.id)).toEqual(['dec77']);
    expect(documents[0].source).toEqual({ file: 'pasted text', format: 'text' });
    expect(allClauses(documents[0]).map((c) => c.text)).toEqual(['that <img src=x onerror=alert(1)> is only text;']);
  });

  it('refuses empty, binary and oversized pastes', async () => {
    await expect(importPaste('  \n ')).rejects.toThrow('pasted text: the pasted text is empty');
    await expect(importPaste('a\u0000b')).rejects.toThrow('pasted text: this is not a text file (it contains binary data)');
    await expect(importPaste('x'.repeat(2000), { maxBytes: 1024 })).rejects.toThrow('pasted text: the pasted text is 2.0 KB; the limit is 1 KB');
    // Multi-byte characters count as the bytes they take.
    await expect(importPaste('é'.repeat(600), { maxBytes: 1024 })).rejects.toThrow('the pasted text is 1.2 KB; the limit is 1 KB');
  });
});
