import { describe, expect, it } from 'vitest';
import { csvRows } from './csvRows.ts';

describe('csvRows', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, skipping the BOM', () => {
    const text = '\uFEFFid,note\r\na1,"says ""no"", twice"\r\na2,"two\nlines"\r\n';
    expect(csvRows(text, 10)).toEqual([
      ['id', 'note'],
      ['a1', 'says "no", twice'],
      ['a2', 'two\nlines'],
    ]);
  });

  it('stops after the asked number of rows, and keeps a last row without a line break', () => {
    expect(csvRows('a\nb\nc\nd', 2)).toEqual([['a'], ['b']]);
    expect(csvRows('a,b\nc,', 10)).toEqual([['a', 'b'], ['c', '']]);
    expect(csvRows('', 10)).toEqual([]);
  });
});
