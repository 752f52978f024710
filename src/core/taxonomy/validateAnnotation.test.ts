import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../model/index.ts';
import { parseText } from '../parse/index.ts';
import { DEFAULT_TAXONOMY, buildTaxonomy } from './taxonomy.ts';
import { validateAnnotation, validateTarget } from './validateAnnotation.ts';

const good: Annotation = {
  id: 'a1',
  target: { clause: 'res130/resolves/4', quote: { exact: 'national CIRTs', prefix: 'of ', suffix: ' and' }, position: { start: 32, end: 46 }, citation: 'resolves 4' },
  kind: 'risk',
  categories: ['cybersecurity'],
  sdgTargets: ['9.c'],
  planTargets: ['sp-2024-2027/target/3.1'],
  severity: 'high',
  status: 'in-review',
  assignee: 'jonas',
  note: 'Who **oversees** them?',
  thread: [{ id: 'r1', author: 'jonas', text: 'Nobody yet.', created: '2026-11-28T10:00:00Z', modified: '2026-11-28T10:00:00Z' }],
  author: 'amina',
  created: '2026-11-28T09:30:00Z',
  modified: '2026-11-28T09:31:00.500+01:00',
};
const fields = (input: unknown, taxonomy = DEFAULT_TAXONOMY): string[] => {
  const result = validateAnnotation(input, taxonomy);
  return result.ok ? [] : result.errors.map((e) => e.field);
};

describe('validateAnnotation', () => {
  it('accepts a complete annotation and returns a copy', () => {
    const result = validateAnnotation(good, DEFAULT_TAXONOMY);
    expect(result).toEqual({ ok: true, value: good });
    if (result.ok) expect(result.value).not.toBe(good);
    expect(fields({ ...good, severity: null, assignee: null, thread: [], note: '' })).toEqual([]);
  });

  it('names every field that is wrong', () => {
    const bad = {
      ...good,
      id: '',
      kind: 'threat',
      categories: ['cybersecurity', 'spying', 'cybersecurity'],
      sdgTargets: ['9.C', '18.1'],
      planTargets: ['goal 3'],
      severity: 'extreme',
      status: 'done',
      assignee: '',
      thread: [{ id: 'r1', author: '', text: 'x', created: 'yesterday', modified: '2026-11-28T10:00:00Z' }],
      author: 7,
      created: '2026-13-45T99:00:00Z',
    };
    expect(fields(bad)).toEqual([
      'kind', 'categories[1]', 'categories[2]', 'sdgTargets[0]', 'sdgTargets[1]', 'planTargets[0]', 'severity', 'status', 'assignee',
      'thread[0].author', 'thread[0].created', 'id', 'author', 'created',
    ]);
    const result = validateAnnotation(bad, DEFAULT_TAXONOMY);
    const message = (field: string) => (result.ok ? '' : result.errors.find((e) => e.field === field)!.message);
    expect(message('categories[1]')).toMatch(/unknown category "spying"; known: cybersecurity, iot-doa/);
    expect(message('sdgTargets[1]')).toMatch(/"18.1" is not an SDG target/);
    expect(message('categories[2]')).toMatch(/listed twice/);
  });

  it('knows workspace categories and checks plan targets against a loaded plan', () => {
    const [plan] = parseText(readFileSync(new URL('../../../fixtures/text/strategic-plan-sample.txt', import.meta.url), 'utf8'));
    const built = buildTaxonomy({ workspaceCategories: [{ id: 'spectrum', label: 'Spectrum' }], plans: [plan] });
    if (!built.ok) throw new Error('taxonomy');
    expect(fields({ ...good, categories: ['spectrum'] }, built.value)).toEqual([]);
    expect(fields({ ...good, categories: ['spectrum'] })).toEqual(['categories[0]']);
    expect(fields({ ...good, planTargets: ['sp-2024-2027/target/9.9'] }, built.value)).toEqual(['planTargets[0]']);
    // A plan that is not loaded cannot be checked: well-formed IDs are kept.
    expect(fields({ ...good, planTargets: ['sp-2020-2023/target/9.9'] }, built.value)).toEqual([]);
  });

  it('refuses what is not an annotation at all', () => {
    expect(fields(null)).toEqual(['']);
    expect(fields([good])).toEqual(['']);
  });
});

describe('validateTarget', () => {
  it('checks the clause ID, the quote and a position that fits the quote', () => {
    expect(validateTarget(good.target).ok).toBe(true);
    expect(validateTarget({ clause: 'res130/resolves/4' }).ok).toBe(true);
    const problems = (target: unknown) => {
      const r = validateTarget(target);
      return r.ok ? [] : r.errors.map((e) => `${e.field}: ${e.message}`);
    };
    expect(problems({ clause: 'res130' })[0]).toMatch(/^target.clause: expected a clause ID/);
    expect(problems({ clause: 'res130/resolves 4' })[0]).toMatch(/^target.clause/);
    expect(problems({ clause: 'res130/a', quote: { exact: '', prefix: '', suffix: '' } })[0]).toMatch(/^target.quote.exact: the quoted text is empty/);
    expect(problems({ clause: 'res130/a', quote: { exact: 'abc', prefix: '', suffix: '' }, position: { start: 2, end: 4 } })[0]).toMatch(/covers 2 characters but the quote has 3/);
    expect(problems({ clause: 'res130/a', position: { start: 4, end: 2 } })[0]).toMatch(/^target.position/);
    expect(problems({ clause: 'res130/a', relative: { start: 1, end: 2 } })[0]).toMatch(/^target.relative/);
  });
});
