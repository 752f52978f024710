import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../core/model/index.ts';
import { makeAnnotation } from '../../core/model/testkit/makeAnnotation.ts';
import { filterAnnotations, filterCounts } from './filterAnnotations.ts';

const make = (id: string, clause: string, categories: string[], status: Annotation['status'], author: string): Annotation =>
  makeAnnotation(id, { target: { clause }, categories, status, author });
const all = [
  make('a', 'res130/resolves/1', ['cybersecurity'], 'open', 'Ana'),
  make('b', 'res130/resolves/2', ['cybersecurity', 'ott'], 'agreed', 'Ben'),
  make('c', 'res197/resolves/1', ['iot-doa'], 'open', 'Ana'),
];

describe('annotation filters', () => {
  it('keeps the annotations that pass every filter', () => {
    expect(filterAnnotations(all, { category: 'cybersecurity' }).map((a) => a.id)).toEqual(['a', 'b']);
    expect(filterAnnotations(all, { category: 'cybersecurity', status: 'open' }).map((a) => a.id)).toEqual(['a']);
    expect(filterAnnotations(all, { document: 'res197' }).map((a) => a.id)).toEqual(['c']);
    const withNote = [...all, { ...make('d', 'res130/resolves/1', ['cybersecurity'], 'open', 'Ana'), kind: 'note' as const }];
    expect(filterAnnotations(withNote, { kind: 'risk', category: 'cybersecurity' }).map((a) => a.id)).toEqual(['a', 'b']);
    expect(filterCounts(withNote, {}).kind).toEqual([{ value: 'risk', count: 3 }, { value: 'note', count: 1 }]);
  });

  it('counts each choice with the other filters applied', () => {
    const counts = filterCounts(all, { author: 'Ana' });
    expect(counts.category).toEqual([{ value: 'cybersecurity', count: 1 }, { value: 'iot-doa', count: 1 }]);
    expect(counts.author).toEqual([{ value: 'Ana', count: 2 }, { value: 'Ben', count: 1 }]);
  });
});
