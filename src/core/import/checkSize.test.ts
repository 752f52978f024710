import { describe, it, expect } from 'vitest';
import { checkSize } from './checkSize.ts';
import { MAX_FILE_BYTES } from './limits.ts';

describe('checkSize', () => {
  it('says how big the file is and what the limit is', () => {
    expect(() => checkSize(200 * 1024 * 1024, MAX_FILE_BYTES, 'big.txt')).toThrow('big.txt: the file is 200.0 MB; the limit is 20 MB');
    expect(() => checkSize(1536, 1024, 'small.txt', 'the pasted text')).toThrow('small.txt: the pasted text is 1.5 KB; the limit is 1 KB');
    expect(() => checkSize(11, 10, 'tiny.txt')).toThrow('tiny.txt: the file is 11 bytes; the limit is 10 bytes');
  });

  it('accepts a file exactly at the limit', () => {
    expect(() => checkSize(MAX_FILE_BYTES, MAX_FILE_BYTES, 'edge.txt')).not.toThrow();
  });
});
