import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe as group, expect, it } from 'vitest';
import { diffDocuments } from '../diff/index.ts';
import type { Annotation, AnnotationTarget, ItuDocument } from '../model/index.ts';
import { allClauses } from '../model/index.ts';
import { parseText } from '../parse/index.ts';
import { importProposal } from '../proposal/index.ts';
import { carryToProposal, counterpartOf, DELETED_BY_PROPOSAL } from './carryToProposal.ts';
import { makeAnnotation } from '../model/testkit/makeAnnotation.ts';
import { relabelSection } from '../model/testkit/relabelSection.ts';
import { describe } from './describe.ts';
import { targetOn } from './testkit/targetOn.ts';

const fixture = (path: string): string => readFileSync(new URL(`../../../fixtures/${path}`, import.meta.url), 'utf8');
const base = parseText(fixture('text/res130-sample.txt'))[0];

const annotation = (id: string, target: AnnotationTarget, categories = ['cybersecurity']): Annotation => makeAnnotation(id, { target, categories, severity: 'high' });
const textOf = (doc: ItuDocument, id: string): string => allClauses(doc).find((c) => c.id === id)!.text;
/** A copy of a document with some clauses' texts replaced. */
const withTexts = (doc: ItuDocument, texts: Record<string, string>): ItuDocument => {
  const copy = structuredClone(doc);
  for (const clause of allClauses(copy)) if (texts[clause.id] !== undefined) clause.text = texts[clause.id];
  return copy;
};

const eur = await importProposal('eur-44a7-res130.txt', new TextEncoder().encode(fixture('proposals/eur-44a7-res130.txt')), { base });

group('carryToProposal on the sample proposal EUR/44A7/1', () => {
  const { proposal, diff } = eur;
  const doc = proposal.document;
  const carry = (...targets: AnnotationTarget[]) => carryToProposal(targets.map((t, i) => annotation(`a${i}`, t)), base, doc, diff);

  it('keeps an annotation on an unchanged clause exactly where it was', () => {
    const [carried] = carry(targetOn(base, 'res130/resolves/2', 'United Nations bodies'));
    expect(carried.change?.op).toBe('NOC');
    expect(carried.anchor).toMatchObject({ state: 'exact', clause: 'res130/resolves/2', reason: 'unchanged' });
    expect(carried.anchor.span).toEqual(carried.annotation.target.position);
  });

  it('follows a clause relabelled by an insertion before it, and says where it was', () => {
    const [carried] = carry(describe(base, 'res130/considering/d'));
    expect(carried.anchor).toMatchObject({ state: 'moved', clause: 'res130/considering/e', from: { clause: 'res130/considering/d', citation: 'considering d)' }, reason: 'was considering d)' });
  });

  it('finds quoted words in a modified clause, and a whole modified clause as fuzzy', () => {
    const [words, whole] = carry(targetOn(base, 'res130/resolves/5', 'personal data'), describe(base, 'res130/resolves/5'));
    expect(words.change?.op).toBe('MOD');
    expect(words.anchor.state).toBe('exact');
    expect(textOf(doc, 'res130/resolves/5').slice(words.anchor.span!.start, words.anchor.span!.end)).toBe('personal data');
    expect(whole.anchor).toMatchObject({ state: 'fuzzy', clause: 'res130/resolves/5', reason: 'the clause text changed' });
  });

  it('says an annotation on a deleted clause is on a clause deleted by this proposal', () => {
    const [carried] = carry(describe(base, 'res130/resolves-further/2'));
    expect(carried.change?.op).toBe('SUP');
    expect(carried.anchor).toMatchObject({ state: 'orphaned', clause: null, reason: DELETED_BY_PROPOSAL });
  });

  it('leaves out annotations on other texts', () => {
    expect(carryToProposal([annotation('x', { clause: 'res197/resolves/1' })], base, doc, diff)).toEqual([]);
  });
});

group('carryToProposal, the repeated-words trap', () => {
  const id = 'res130/considering/f';
  const twice = 'that security measures must respect human rights, and that security measures must stay necessary and proportionate;';
  const trapBase = withTexts(base, { [id]: twice });

  it('does not move an annotation to the other occurrence of its words when its own occurrence changed', () => {
    const target = targetOn(trapBase, id, 'security measures', twice.indexOf('and that'));
    const proposal = withTexts(trapBase, { [id]: 'that security measures must respect human rights, and that surveillance powers must stay necessary and proportionate;' });
    const [carried] = carryToProposal([annotation('a', target)], trapBase, proposal, diffDocuments(trapBase, proposal));
    expect(carried.anchor.span?.start ?? -1).not.toBe(twice.indexOf('security measures'));
    expect(carried.anchor.state).toBe('orphaned');
    expect(carried.anchor.reason).toBe('the quoted words are no longer in considering f)');
  });

  it('does not attach it to the same words in another clause', () => {
    const target = targetOn(trapBase, id, 'security measures', twice.indexOf('and that'));
    const proposal = withTexts(trapBase, {
      [id]: 'that security measures must respect human rights, and that surveillance powers must stay necessary and proportionate;',
      'res130/considering/g': `${textOf(trapBase, 'res130/considering/g').replace(/;$/, '')}, and that security measures must stay necessary and proportionate;`,
    });
    const [carried] = carryToProposal([annotation('a', target)], trapBase, proposal, diffDocuments(trapBase, proposal));
    expect(carried.anchor.clause).not.toBe('res130/considering/g');
    expect(carried.anchor.state).toBe('orphaned');
  });

  it('keeps it on its own occurrence when the other one changed', () => {
    const target = targetOn(trapBase, id, 'security measures', twice.indexOf('and that'));
    const proposal = withTexts(trapBase, { [id]: 'that surveillance powers must respect human rights, and that security measures must stay necessary and proportionate;' });
    const [carried] = carryToProposal([annotation('a', target)], trapBase, proposal, diffDocuments(trapBase, proposal));
    const text = textOf(proposal, id);
    expect(carried.anchor.state).toBe('exact');
    expect(carried.anchor.span!.start).toBe(text.indexOf('security measures'));
  });
});

// --- Seeded property: the comparison decides which clause is which. ---

const VOCABULARY = 'the Union shall promote national security networks cooperation data privacy regional developing countries to and of'.split(' ');
const sections = base.sections.map((section, index) => ({ section, index })).filter(({ section }) => section.clauses.length >= 2 && section.clauses.every((c) => /^([a-z]\)|\d+)$/.test(c.label)));
const clauses = allClauses(base).filter((c) => c.text.split(' ').length >= 4);

type Edit =
  | { kind: 'words'; clause: number; at: number; words: string[]; cut: number }
  | { kind: 'remove'; section: number; index: number }
  | { kind: 'add'; section: number; index: number; words: string[] };
const words = fc.array(fc.constantFrom(...VOCABULARY), { minLength: 1, maxLength: 5 });
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('words' as const), clause: fc.nat(clauses.length - 1), at: fc.nat(30), words, cut: fc.nat(3) }),
  fc.record({ kind: fc.constant('remove' as const), section: fc.nat(sections.length - 1), index: fc.nat(10) }),
  fc.record({ kind: fc.constant('add' as const), section: fc.nat(sections.length - 1), index: fc.nat(10), words: fc.array(fc.constantFrom('spectrum', 'satellites', 'budget', 'languages', 'youth', ...VOCABULARY), { minLength: 4, maxLength: 12 }) }),
);
const spec = fc.record({ clause: fc.nat(clauses.length - 1), whole: fc.boolean(), at: fc.nat(30), length: fc.integer({ min: 1, max: 5 }) });


/** A proposal made by editing a copy of the base: words changed in clauses, clauses removed and added (then relabelled). */
function propose(edits: readonly Edit[]): ItuDocument {
  const doc = structuredClone(base);
  const byId = new Map(allClauses(doc).map((c) => [c.id, c]));
  for (const e of edits) {
    if (e.kind === 'words') {
      const clause = byId.get(clauses[e.clause].id)!;
      const list = clause.text.split(' ');
      const at = e.at % list.length;
      list.splice(at, e.cut, ...e.words);
      clause.text = list.join(' ');
      continue;
    }
    const section = doc.sections[sections[e.section].index];
    if (e.kind === 'remove' && section.clauses.length > 1) section.clauses.splice(e.index % section.clauses.length, 1);
    if (e.kind === 'add') section.clauses.splice(e.index % (section.clauses.length + 1), 0, { id: '', label: '', text: e.words.join(' '), children: [] });
    relabelSection(section, section.clauses[0]?.label.endsWith(')') ?? false);
  }
  return doc;
}

function target(s: { clause: number; whole: boolean; at: number; length: number }): AnnotationTarget {
  const clause = clauses[s.clause];
  if (s.whole) return describe(base, clause.id);
  const starts = [...clause.text.matchAll(/\S+/g)].map((m) => m.index);
  const i = s.at % starts.length;
  const j = Math.min(starts.length, i + s.length);
  const end = j === starts.length ? clause.text.length : starts[j] - 1;
  return describe(base, clause.id, { start: starts[i], end });
}

group('carryToProposal after random proposals (seeded)', () => {
  it('maps annotations on clauses a proposal leaves unchanged exactly, and never onto a clause the comparison says is another', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 8 }), fc.array(spec, { minLength: 1, maxLength: 10 }), (edits, specs) => {
        const proposal = propose(edits);
        const diff = diffDocuments(base, proposal);
        const texts = new Map(allClauses(proposal).map((c) => [c.id, c.text]));
        const carried = carryToProposal(specs.map((s, i) => annotation(`a${i}`, target(s))), base, proposal, diff);
        expect(carried).toHaveLength(specs.length);
        for (const { annotation: a, change, anchor } of carried) {
          const what = `${a.target.clause} "${a.target.quote?.exact}" (${change?.op}) → ${anchor.clause}: ${anchor.reason}`;
          expect(change, what).not.toBeNull();
          const own = counterpartOf(change!, base, proposal);
          if (anchor.clause !== null) expect(anchor.clause, what).toBe(own);
          if (change!.op === 'SUP') expect(anchor.reason, what).toBe(DELETED_BY_PROPOSAL);
          if (change!.op === 'NOC' || (change!.op === 'MOVE' && !change!.modified)) {
            expect(anchor.state, what).toBe(change!.op === 'NOC' ? 'exact' : 'moved');
            expect(anchor.clause, what).toBe(own);
            expect(texts.get(own!)!.slice(anchor.span!.start, anchor.span!.end), what).toBe(a.target.quote!.exact);
          }
        }
      }),
      { seed: 20261128, numRuns: 150 },
    );
  });
});
