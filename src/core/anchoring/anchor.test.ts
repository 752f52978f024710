import { readFileSync } from 'node:fs';
import { describe as group, expect, it } from 'vitest';
import type { AnnotationTarget, ItuDocument } from '../model/index.ts';
import { allClauses } from '../model/index.ts';
import { parseText } from '../parse/index.ts';
import { anchor, anchorAll, Anchorer } from './anchor.ts';
import { indexClauses } from './clauseIndex.ts';
import { describe } from './describe.ts';

const read = (path: string): ItuDocument => parseText(readFileSync(new URL(`../../../fixtures/${path}`, import.meta.url), 'utf8'))[0];
const base = read('text/res130-sample.txt');
const revised = read('annotations/res130-sample-revised.txt');
const textOf = (doc: ItuDocument, id: string): string => {
  const clause = indexClauses(doc).get(id);
  if (!clause) throw new Error(`no clause ${id}`);
  return clause.text;
};
const on = (doc: ItuDocument, id: string, words: string, occurrence = 0): AnnotationTarget => {
  const text = textOf(doc, id);
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(words, start + 1);
  if (start === -1) throw new Error(`"${words}" not in ${id}`);
  return describe(doc, id, { start, end: start + words.length });
};
/** A copy of a document with one clause's text replaced. */
const withText = (doc: ItuDocument, id: string, edit: (text: string) => string): ItuDocument => {
  const copy = structuredClone(doc);
  const clause = allClauses(copy).find((c) => c.id === id)!;
  clause.text = edit(clause.text);
  return copy;
};
const spanText = (doc: ItuDocument, a: { clause: string | null; span: { start: number; end: number } | null }): string => textOf(doc, a.clause!).slice(a.span!.start, a.span!.end);

group('anchor on the same version', () => {
  it('re-anchors every clause and span exactly, with and without the old version', () => {
    const targets = allClauses(base).flatMap((c) => (c.text.length > 20 ? [describe(base, c.id), describe(base, c.id, { start: 5, end: 20 })] : [describe(base, c.id)]));
    for (const options of [{}, { previous: base }]) {
      const anchors = anchorAll(targets, base, options);
      anchors.forEach((a, i) => {
        expect(a, targets[i].clause).toMatchObject({ state: 'exact', clause: targets[i].clause, from: null, reason: 'unchanged' });
        expect(a.span).toEqual(targets[i].position ?? { start: 0, end: 0 });
      });
    }
  });
});

group('anchor on a new version (res130-sample → res130-sample-revised)', () => {
  const carry = (target: AnnotationTarget) => anchor(target, revised, { previous: base });
  const carryTo = (doc: ItuDocument, target: AnnotationTarget) => anchor(target, doc, { previous: base });

  it('follows a relabelled clause and says where it was', () => {
    const a = carry(describe(base, 'res130/considering/e'));
    expect(a).toMatchObject({ state: 'moved', clause: 'res130/considering/d', from: { clause: 'res130/considering/e', citation: 'considering e)' }, reason: 'was considering e)' });
    expect(a.span).toEqual({ start: 0, end: textOf(revised, 'res130/considering/d').length });
    const span = carry(on(base, 'res130/considering/g', 'incident response teams'));
    expect(span).toMatchObject({ state: 'moved', clause: 'res130/considering/f' });
    expect(spanText(revised, span)).toBe('incident response teams');
  });

  it('finds the words again when other words of the clause changed', () => {
    const a = carry(on(base, 'res130/resolves-further/1', 'under international law'));
    expect(a).toMatchObject({ state: 'exact', clause: 'res130/resolves-further/1' });
    expect(spanText(revised, a)).toBe('under international law');
  });

  it('matches changed words fuzzily, within the same clause', () => {
    const a = carry(on(base, 'res130/resolves/3/i', 'by publishing practical guidance on the security of networks'));
    expect(a).toMatchObject({ state: 'fuzzy', clause: 'res130/resolves/3/i', reason: 'the quoted words changed' });
    expect(spanText(revised, a)).toBe('by publishing practical, up-to-date guidance on the security of networks');
  });

  it('marks a whole-clause annotation fuzzy when its clause was reworded, and moved when renumbered', () => {
    expect(carry(describe(base, 'res130/annex/4'))).toMatchObject({ state: 'fuzzy', clause: 'res130/annex/4', reason: 'the clause text changed' });
    expect(carry(describe(base, 'res130/resolves/6'))).toMatchObject({ state: 'fuzzy', clause: 'res130/resolves/7', from: { clause: 'res130/resolves/6', citation: 'resolves 6' } });
  });

  it('orphans an annotation on a removed clause', () => {
    for (const target of [describe(base, 'res130/considering/c'), on(base, 'res130/considering/c', 'across borders')]) {
      expect(carry(target)).toMatchObject({ state: 'orphaned', clause: null, span: null, reason: 'considering c) was removed' });
    }
  });

  it('the trap: the quoted words appear twice and the annotated ones were changed → orphan, never the other place', () => {
    const target = on(base, 'res130/resolves/4', 'national CIRTs');
    expect(textOf(revised, 'res130/instructs-the-secretary-general/2')).toContain('national CIRTs');
    for (const options of [{ previous: base }, {}]) {
      expect(anchor(target, revised, options)).toMatchObject({ state: 'orphaned', clause: null, reason: 'the quoted words are no longer in resolves 4' });
    }
    // The other occurrence, annotated itself, stays where it is.
    expect(carry(on(base, 'res130/instructs-the-secretary-general/2', 'national CIRTs'))).toMatchObject({ state: 'exact', clause: 'res130/instructs-the-secretary-general/2' });
  });

  it('the trap within one clause: a repeated phrase whose annotated occurrence changed is orphaned', () => {
    const id = 'res130/invites-member-states/2';
    const doc = withText(base, id, () => 'to set up national CIRTs where none exist, and to link the national CIRTs of each region');
    const target = on(doc, id, 'national CIRTs', 0);
    const next = withText(doc, id, (t) => t.replace('set up national CIRTs', 'set up national teams'));
    for (const options of [{ previous: doc }, {}]) expect(anchor(target, next, options), JSON.stringify(options).slice(0, 12)).toMatchObject({ state: 'orphaned' });
    // The second occurrence is still found exactly when it is the one annotated.
    const second = anchor(on(doc, id, 'national CIRTs', 1), next, { previous: doc });
    expect(second).toMatchObject({ state: 'exact', clause: id });
    expect(second.span!.start).toBe(textOf(next, id).lastIndexOf('national CIRTs'));
  });

  it('without the old version, finds an unchanged clause that was renumbered by its words', () => {
    const a = anchor(describe(base, 'res130/considering/e'), revised);
    expect(a).toMatchObject({ state: 'moved', clause: 'res130/considering/d', from: { clause: 'res130/considering/e', citation: 'considering e)' } });
    const span = anchor(on(base, 'res130/considering/h', 'critical information infrastructure'), revised);
    expect(span).toMatchObject({ state: 'moved', clause: 'res130/considering/g' });
  });

  it('uses the comparison it is given instead of computing one', () => {
    const anchorer = new Anchorer(revised, { previous: base, diff: { base: 'res130', proposal: 'res130', changes: [], summary: { MOD: 0, ADD: 0, SUP: 0, MOVE: 0, NOC: 0 } } });
    // An empty comparison pairs nothing: every clause counts as removed, and nothing is attached by mistake.
    expect(anchorer.anchor(on(base, 'res130/resolves/4', 'national CIRTs'))).toMatchObject({ state: 'orphaned' });
  });

  it('carries to a text with another document ID (a draft with a temporary number) without calling everything moved', () => {
    const draft = JSON.parse(JSON.stringify(revised).replaceAll('"res130', '"res-sen-1')) as ItuDocument;
    expect(draft.id).toBe('res-sen-1');
    expect(carryTo(draft, on(base, 'res130/resolves-further/1', 'under international law'))).toMatchObject({ state: 'exact', clause: 'res-sen-1/resolves-further/1', from: null });
    expect(carryTo(draft, describe(base, 'res130/considering/e'))).toMatchObject({ state: 'moved', clause: 'res-sen-1/considering/d', from: { clause: 'res130/considering/e' } });
  });

  it('anchors footnotes too', () => {
    const a = carry(on(base, 'res130/fn/1', 'economies in transition'));
    expect(a).toMatchObject({ state: 'exact', clause: 'res130/fn/1' });
  });

  it('tries live relative positions first, and falls back when they cannot be resolved', () => {
    const target: AnnotationTarget = { ...on(base, 'res130/resolves/5', 'personal data'), relative: { start: 'AAA=', end: 'AAB=' } };
    const edited = withText(base, 'res130/resolves/5', (t) => t.replace('personal data', 'personal information'));
    const start = textOf(edited, 'res130/resolves/5').indexOf('personal information');
    const live = anchor(target, edited, { resolveRelative: () => ({ clause: 'res130/resolves/5', start, end: start + 'personal information'.length }) });
    expect(live).toMatchObject({ state: 'fuzzy', clause: 'res130/resolves/5', span: { start, end: start + 20 } });
    const same = anchor(target, base, { resolveRelative: (relative) => (relative.start === 'AAA=' ? { clause: 'res130/resolves/5', start: target.position!.start, end: target.position!.end } : null) });
    expect(same).toMatchObject({ state: 'exact' });
    expect(anchor(target, edited, { resolveRelative: () => null })).toMatchObject({ state: 'orphaned' });
  });
});
