import { describe, expect, it } from 'vitest';
import { memoize } from './memoize.ts';

describe('memoize', () => {
  it('computes each key once, null results included', () => {
    const calls: string[] = [];
    const read = memoize((key) => {
      calls.push(key);
      return key === 'none' ? null : key.length;
    });
    expect([read('ab'), read('ab'), read('none'), read('none'), read('abc')]).toEqual([2, 2, null, null, 3]);
    expect(calls).toEqual(['ab', 'none', 'abc']);
  });

  it('stays bounded: a full cache is emptied and filled again', () => {
    let computed = 0;
    const read = memoize((key) => {
      computed++;
      return key.toUpperCase();
    }, 2);
    for (const key of ['a', 'b', 'c', 'a']) expect(read(key)).toBe(key.toUpperCase());
    expect(computed).toBe(4); // "c" emptied the cache holding "a" and "b"
  });
});
