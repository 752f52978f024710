import { describe, expect, it } from 'vitest';
import { DELETED_BY_PROPOSAL } from '../../core/anchoring/index.ts';
import type { Anchor, CarriedAnnotation } from '../../core/anchoring/index.ts';
import type { ClauseChange } from '../../core/diff/index.ts';
import { anchorText, markerLabel, markerText, markerTone, marksByClause, markKey, stateClass } from './annotationMarks.ts';
import { sampleAnnotation } from './testing/sampleAnnotations.ts';

const exact: Anchor = { state: 'exact', clause: 'res900/resolves/1', span: { start: 0, end: 3 }, from: null, reason: 'unchanged' };
const moved: Anchor = { state: 'moved', clause: 'res900/considering/c', span: { start: 0, end: 3 }, from: { clause: 'res900/considering/b', citation: 'considering b)' }, reason: 'was considering b)' };
const deleted: Anchor = { state: 'orphaned', clause: null, span: null, from: null, reason: DELETED_BY_PROPOSAL };
const gone: Anchor = { state: 'orphaned', clause: null, span: null, from: null, reason: 'the quoted words are no longer in resolves 1' };

describe('annotation markers', () => {
  it('say where an annotation stands in plain words', () => {
    expect(anchorText(exact)).toBe('exact');
    expect(anchorText(moved)).toBe('moved — was considering b)');
    expect(anchorText({ ...exact, state: 'fuzzy', reason: 'the quoted words changed' })).toBe('fuzzy — the quoted words changed');
    expect(anchorText(deleted)).toBe('clause deleted by this proposal');
    expect(stateClass(deleted)).toBe('deleted');
    expect(anchorText(gone)).toBe('orphaned — the quoted words are no longer in resolves 1');
    expect(stateClass(gone)).toBe('orphaned');
  });

  it('take the colour of the most serious rating, else of the kind', () => {
    const risk = sampleAnnotation('a', 'res900/resolves/1', ['cybersecurity'], { severity: 'medium' });
    const worse = sampleAnnotation('b', 'res900/resolves/1', ['ott'], { severity: 'critical' });
    const note = sampleAnnotation('c', 'res900/resolves/1', [], { kind: 'note' });
    expect(markerTone([{ annotation: risk, anchor: exact }, { annotation: worse, anchor: exact }])).toBe('critical');
    expect(markerTone([{ annotation: note, anchor: exact }])).toBe('note');
    expect(markerTone([{ annotation: { ...risk, severity: null }, anchor: exact }, { annotation: note, anchor: exact }])).toBe('risk');
    expect(markerText([{ annotation: risk, anchor: exact }])).toBe('Cybersecurity · medium');
    expect(markerText([{ annotation: risk, anchor: exact }, { annotation: worse, anchor: exact }])).toBe('2 · Cybersecurity, OTT services');
    expect(markerText([{ annotation: note, anchor: exact }])).toBe('note');
    expect(markerLabel([{ annotation: risk, anchor: exact }, { annotation: note, anchor: exact }], 'resolves 1')).toBe('2 annotations on resolves 1: Cybersecurity, note');
  });

  it('group carried annotations by the base clause they sit on, deleted and orphaned ones included', () => {
    const change = (op: ClauseChange['op'], clause: string): ClauseChange => ({ op, clause, section: 'res900/resolves', label: { from: '1', to: '1' }, hunks: [], modified: false, similarity: 1 });
    const annotation = sampleAnnotation('a', 'res900/resolves/1', ['cybersecurity']);
    const carried: CarriedAnnotation[] = [
      { annotation, baseClause: 'res900/resolves/1', change: change('SUP', 'res900/resolves/1'), anchor: deleted },
      { annotation: { ...annotation, id: 'b' }, baseClause: 'res900/considering/b', change: change('MOVE', 'res900/considering/b'), anchor: moved },
      { annotation: { ...annotation, id: 'c' }, baseClause: null, change: null, anchor: gone },
      { annotation: { ...annotation, id: 'd' }, baseClause: 'res900/x', change: null, anchor: { ...exact, clause: 'res900/considering/a' } },
    ];
    const marks = marksByClause(carried);
    expect([...marks.keys()]).toEqual(['res900/resolves/1', 'res900/considering/b', 'add:res900/considering/a']);
    expect(marks.get(markKey(change('ADD', 'res900/considering/a')))?.map((m) => m.annotation.id)).toEqual(['d']);
  });
});
