import { describe, expect, it } from 'vitest';
import { concatBytes } from './concatBytes.ts';

describe('concatBytes', () => {
  it('joins chunks in order', () => {
    expect(concatBytes([Uint8Array.of(1, 2), new Uint8Array(0), Uint8Array.of(3)])).toEqual(Uint8Array.of(1, 2, 3));
  });

  it('gives an empty array for no chunks', () => {
    expect(concatBytes([])).toEqual(new Uint8Array(0));
  });
});
