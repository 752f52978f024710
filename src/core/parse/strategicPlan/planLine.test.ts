import { describe, expect, it } from 'vitest';
import { isGoalLinksLine, readGroupLine, readPlanLine } from './planLine.ts';

describe('readPlanLine', () => {
  it('reads goal lines with any separator', () => {
    for (const line of ['Goal 1: Reach', 'Goal 1 – Reach', 'Goal 1 - Reach', 'Goal 1. Reach', 'GOAL 1 : Reach', 'Strategic goal 1: Reach', 'Goal 1 Reach']) {
      expect(readPlanLine(line), line).toMatchObject({ kind: 'goal', number: '1', rest: 'Reach' });
    }
    expect(readPlanLine('Goal 12')).toMatchObject({ kind: 'goal', number: '12', rest: '' });
  });

  it('leaves prose that starts with "Goal 1" alone', () => {
    expect(readPlanLine('Goal 1 is about reach')).toBeNull();
    expect(readPlanLine('Goal 123: too long')).toBeNull();
    expect(readPlanLine('goal 1: lower case starts a wrapped line')).toBeNull();
  });

  it('reads target lines leniently', () => {
    for (const line of ['Target 1.1: By 2027', 'Target 1.1 : By 2027', 'Target 1. 1 – By 2027', 'TARGET 1.1. By 2027', 'Target 01.1 By 2027']) {
      expect(readPlanLine(line), line).toMatchObject({ kind: 'target', id: '1.1', goal: '1', rest: 'By 2027' });
    }
  });

  it('tells objectives, outcomes and outputs apart', () => {
    expect(readPlanLine('R.1: Spectrum')).toMatchObject({ kind: 'objective', id: 'R.1', sector: 'R', rest: 'Spectrum' });
    expect(readPlanLine('T.2 – Standards')).toMatchObject({ kind: 'objective', id: 'T.2', sector: 'T', rest: 'Standards' });
    expect(readPlanLine('D. 1 - Skills')).toMatchObject({ kind: 'objective', id: 'D.1', rest: 'Skills' });
    expect(readPlanLine('Objective I.2: Access')).toMatchObject({ kind: 'objective', id: 'I.2', sector: 'I', rest: 'Access' });
    expect(readPlanLine('R.1-a: Fewer cases')).toMatchObject({ kind: 'outcome', id: 'R.1-a', objective: 'R.1', rest: 'Fewer cases' });
    expect(readPlanLine('R.1\u2011b Fewer cases')).toMatchObject({ kind: 'outcome', id: 'R.1-b', objective: 'R.1' });
    expect(readPlanLine('D.2-10: Drills')).toMatchObject({ kind: 'output', id: 'D.2-10', objective: 'D.2', sector: 'D', rest: 'Drills' });
  });

  it('rejects look-alikes', () => {
    for (const line of ['X.1: not a Sector', 'r.1: lower case', 'R.1a: glued', 'Target 1: no dot', 'R1: no dot', 'The R.1 objective']) {
      expect(readPlanLine(line), line).toBeNull();
    }
  });
});

describe('readGroupLine / isGoalLinksLine', () => {
  it('reads the lines that open outcome and output lists', () => {
    expect(readGroupLine('Outcomes:')).toBe('outcomes');
    expect(readGroupLine('Expected outcomes')).toBe('outcomes');
    expect(readGroupLine('Outputs')).toBe('outputs');
    expect(readGroupLine('Products and services:')).toBe('outputs');
    expect(readGroupLine('Outcomes will be measured')).toBeNull();
  });

  it('recognises lines naming the goals an objective serves', () => {
    expect(isGoalLinksLine('Goals served: primary Goal 1; secondary Goal 3')).toBe(true);
    expect(isGoalLinksLine('Primary goal: 2')).toBe(true);
    expect(isGoalLinksLine('The primary aim is trust')).toBe(false);
  });
});
