/** An annotation maker for tests, so that each test spells out only the fields it is about. */
import type { Annotation } from '../annotation.ts';

/** When a test's annotations are made and last changed, unless it says otherwise. */
export const TEST_TIME = '2026-11-28T09:00:00.000Z';

/**
 * An open, unrated risk by Ana on the whole of `res130/resolves/1`, made at TEST_TIME, with no
 * categories, targets, note or replies; `overrides` replaces any field.
 */
export function makeAnnotation(id: string, overrides: Partial<Annotation> = {}): Annotation {
  return {
    id,
    target: { clause: 'res130/resolves/1' },
    kind: 'risk',
    categories: [],
    sdgTargets: [],
    planTargets: [],
    severity: null,
    status: 'open',
    assignee: null,
    note: '',
    thread: [],
    author: 'Ana',
    created: TEST_TIME,
    modified: TEST_TIME,
    ...overrides,
  };
}
