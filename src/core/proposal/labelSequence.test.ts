import { describe, expect, it } from 'vitest';
import { renumber } from './labelSequence.ts';

describe('renumber', () => {
  it('runs letters, numbers and roman numerals on from the first item, keeping each label\'s form', () => {
    expect(renumber(['a)', 'b)', 'c)', 'c)', 'd)'])).toEqual(['a)', 'b)', 'c)', 'd)', 'e)']);
    expect(renumber(['1', '2', '4', '5'])).toEqual(['1', '2', '3', '4']);
    expect(renumber(['i)', 'ii)', 'ii)', 'iii)'])).toEqual(['i)', 'ii)', 'iii)', 'iv)']);
    expect(renumber(['(a)', '(c)'])).toEqual(['(a)', '(b)']);
    expect(renumber(['1.1', '1.3'])).toEqual(['1.1', '1.2']);
    expect(renumber(['h)', 'i)', 'j)'])).toEqual(['h)', 'i)', 'j)']);
  });

  it('leaves lists that are not one simple sequence alone', () => {
    expect(renumber(['•', '•'])).toBeNull();
    expect(renumber(['a)', '2'])).toBeNull();
    expect(renumber([''])).toBeNull();
  });
});
