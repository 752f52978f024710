import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diffDocuments } from '../diff/index.ts';
import type { Annotation } from '../model/index.ts';
import { makeAnnotation } from '../model/testkit/makeAnnotation.ts';
import { parseText } from '../parse/index.ts';
import { touchedAnnotations, touchedRiskCategories } from './touchedAnnotations.ts';

const read = (path: string) => parseText(readFileSync(new URL(`../../../fixtures/${path}`, import.meta.url), 'utf8'))[0];
const diff = diffDocuments(read('text/res130-sample.txt'), read('annotations/res130-sample-revised.txt'));

const annotation = (id: string, clause: string, kind: Annotation['kind'], categories: string[]): Annotation => makeAnnotation(id, { target: { clause }, kind, categories });

describe('touchedAnnotations', () => {
  const annotations = [
    annotation('a', 'res130/resolves/4', 'risk', ['cybersecurity']), // modified
    annotation('b', 'res130/resolves/4', 'risk', ['cybersecurity', 'privacy-surveillance']), // same clause
    annotation('c', 'res130/considering/c', 'risk', ['cybersecurity']), // removed
    annotation('d', 'res130/considering/e', 'risk', ['privacy-surveillance']), // only relabelled
    annotation('e', 'res130/resolves/6', 'risk', ['content-regulation']), // renumbered and modified
    annotation('f', 'res130/resolves/2', 'risk', ['cybersecurity']), // unchanged
    annotation('g', 'res130/annex/4', 'opportunity', []), // modified, but not a risk
  ];

  it('lists the annotations on clauses the new version modifies, removes, or moves and modifies', () => {
    expect(touchedAnnotations(diff, annotations).map((t) => [t.annotation.id, t.change.op])).toEqual([
      ['c', 'SUP'], ['a', 'MOD'], ['b', 'MOD'], ['e', 'MOVE'], ['g', 'MOD'],
    ]);
  });

  it('counts distinct touched clauses per risk category: "touches 2 clauses tagged cybersecurity"', () => {
    expect(touchedRiskCategories(diff, annotations)).toEqual([
      { category: 'cybersecurity', clauses: 2 },
      { category: 'content-regulation', clauses: 1 },
      { category: 'privacy-surveillance', clauses: 1 },
    ]);
  });
});
