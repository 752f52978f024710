/**
 * A sample annotation for the annotation tests (never imported by the app): a rated risk with every
 * optional field filled: a quote, a note with markup, a reply.
 */
import type { Annotation } from '../../core/model/index.ts';
import { makeAnnotation, TEST_TIME } from '../../core/model/testkit/makeAnnotation.ts';

const T0 = TEST_TIME;

/** A rated risk with every optional field filled: a quote, a note with markup, a reply. */
export function sampleAnnotation(id: string, overrides: Partial<Annotation> = {}): Annotation {
  return makeAnnotation(id, {
    target: { clause: 'res130/resolves/3', quote: { exact: 'security', prefix: 'building confidence and ', suffix: ' in the use' }, position: { start: 24, end: 32 }, citation: 'resolves 3' },
    categories: ['cybersecurity'],
    sdgTargets: ['9.c'],
    severity: 'high',
    note: 'Watch *this* <script>alert(1)</script>',
    thread: [{ id: 'r1', author: 'Ana', text: 'Agreed.', created: T0, modified: T0 }],
    ...overrides,
  });
}
