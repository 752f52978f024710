import { describe, expect, it } from 'vitest';
import { stepChange } from './changeNavigation.ts';

describe('stepChange', () => {
  it('starts at the first change and stops at either end', () => {
    expect(stepChange(-1, 3, true)).toBe(0);
    expect(stepChange(0, 3, true)).toBe(1);
    expect(stepChange(2, 3, true)).toBeNull();
    expect(stepChange(1, 3, false)).toBe(0);
    expect(stepChange(0, 3, false)).toBeNull();
  });

  it('goes to the first change when asked for the previous one before any', () => {
    expect(stepChange(-1, 3, false)).toBe(0);
  });

  it('has nowhere to go without changes', () => {
    expect(stepChange(-1, 0, true)).toBeNull();
  });
});
