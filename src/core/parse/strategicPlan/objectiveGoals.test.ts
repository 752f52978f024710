import { describe, expect, it } from 'vitest';
import { objectiveGoals } from './objectiveGoals.ts';

describe('objectiveGoals', () => {
  it('reads numbers that follow "primary" / "secondary"', () => {
    expect(objectiveGoals('Goals served: primary Goal 1; secondary Goals 2, 4')).toEqual({ primary: ['1'], secondary: ['2', '4'] });
    expect(objectiveGoals('Primary goals: 2 and 3')).toEqual({ primary: ['2', '3'], secondary: [] });
    expect(objectiveGoals('Secondary goal: 05')).toEqual({ primary: [], secondary: ['5'] });
  });

  it('reads numbers that precede "(primary)" / "(secondary)"', () => {
    expect(objectiveGoals('Goal 1 (primary), Goals 2 and 3 (secondary)')).toEqual({ primary: ['1'], secondary: ['2', '3'] });
  });

  it('ignores years and dotted numbers, and lists a goal once', () => {
    expect(objectiveGoals('primary Goal 1 by 2027; secondary Goals 1, 3 (target 3.1)')).toEqual({ primary: ['1'], secondary: ['3'] });
    expect(objectiveGoals('Goals 1 and 2')).toEqual({ primary: [], secondary: [] });
  });
});
