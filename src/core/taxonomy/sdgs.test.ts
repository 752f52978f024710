import { describe, expect, it } from 'vitest';
import { SDGS, isSdgTarget, sdgTarget } from './sdgs.ts';

/** Targets per goal in the 2030 Agenda: [numbered, lettered]. */
const SHAPE: Record<number, [number, number]> = {
  1: [5, 2], 2: [5, 3], 3: [9, 4], 4: [7, 3], 5: [6, 3], 6: [6, 2], 7: [3, 2], 8: [10, 2], 9: [5, 3],
  10: [7, 3], 11: [7, 3], 12: [8, 3], 13: [3, 2], 14: [7, 3], 15: [9, 3], 16: [10, 2], 17: [19, 0],
};

describe('SDGS', () => {
  it('lists the 17 goals in order with their short names', () => {
    expect(SDGS.map((g) => g.number)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
    expect(SDGS[0].name).toBe('No poverty');
    expect(SDGS[8].name).toBe('Industry, innovation and infrastructure');
    expect(SDGS[15].name).toBe('Peace, justice and strong institutions');
    expect(SDGS[16].name).toBe('Partnerships for the goals');
  });

  it('holds the 169 targets, with the right count per goal', () => {
    expect(SDGS.flatMap((g) => g.targets)).toHaveLength(169);
    for (const g of SDGS) {
      const [numbered, lettered] = SHAPE[g.number];
      const ids = g.targets.map((t) => t.id);
      const expected = [
        ...Array.from({ length: numbered }, (_, i) => `${g.number}.${i + 1}`),
        ...Array.from({ length: lettered }, (_, i) => `${g.number}.${'abcd'[i]}`),
      ];
      expect(ids, `goal ${g.number}`).toEqual(expected);
      for (const t of g.targets) expect(t.goal).toBe(g.number);
    }
  });

  it('has unique IDs and a non-empty short description for every target', () => {
    const all = SDGS.flatMap((g) => g.targets);
    expect(new Set(all.map((t) => t.id)).size).toBe(all.length);
    for (const t of all) {
      expect(t.description.trim(), t.id).not.toBe('');
      expect(t.description.split(/\s+/).length, t.id).toBeLessThanOrEqual(10);
    }
  });

  it('cannot be changed by callers', () => {
    expect(Object.isFrozen(SDGS)).toBe(true);
    expect(Object.isFrozen(SDGS[8].targets)).toBe(true);
    expect(Object.isFrozen(SDGS[8].targets[7])).toBe(true);
  });
});

describe('sdgTarget / isSdgTarget', () => {
  it('finds targets by ID', () => {
    expect(sdgTarget('9.c')).toMatchObject({ id: '9.c', goal: 9 });
    expect(sdgTarget('9.c')?.description).toMatch(/Internet/);
    expect(sdgTarget('17.19')?.goal).toBe(17);
    expect(sdgTarget('16.10')?.goal).toBe(16);
    expect(sdgTarget(' 5.B ')?.id).toBe('5.b');
  });

  it('returns null for IDs that are not SDG targets', () => {
    for (const id of ['17.20', '9.d', '18.1', '0.1', '1.6', '17.a', '9', '9.c.1', 'R.1', '', '9.', '.c']) {
      expect(sdgTarget(id), id).toBeNull();
      expect(isSdgTarget(id), id).toBe(false);
    }
    expect(isSdgTarget('4.4')).toBe(true);
    expect(isSdgTarget('1.b')).toBe(true);
  });
});
