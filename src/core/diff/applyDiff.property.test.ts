import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Clause, ItuDocument, Section } from '../model/index.ts';
import { SiblingKeys } from '../model/index.ts';
import { parseText } from '../parse/index.ts';
import { applyDiff } from './applyDiff.ts';
import { diffDocuments } from './diffDocuments.ts';

const SEED = 20261128;
const FIXTURES = ['res130-sample.txt', 'res197-sample.txt', 'res206-sample.txt', 'dec5-sample.txt', 'rec-sample.txt'];
const bases = FIXTURES.map((name) => parseText(readFileSync(new URL(`../../../fixtures/text/${name}`, import.meta.url), 'utf8'))[0]);

/** What "the proposal exactly" means: front lines, headings, every clause's ID, label, text and depth in order, footnotes. */
function outline(doc: ItuDocument) {
  const flat = (clauses: Clause[], depth: number): unknown[] => clauses.flatMap((c) => [{ id: c.id, label: c.label, text: c.text, depth }, ...flat(c.children, depth + 1)]);
  return {
    front: [doc.titleLine, doc.title, doc.preamble],
    sections: doc.sections.map((s) => ({ id: s.id, heading: s.heading, part: s.part, title: s.title ?? null, clauses: flat(s.clauses, 0) })),
    footnotes: doc.footnotes.map((f) => ({ id: f.id, number: f.number, text: f.text })),
    unparsed: doc.unparsed.filter((u) => u.reason !== 'page header or footer').map((u) => u.text),
  };
}

const WORDS = ['security', 'privacy', 'the Union', 'networks', 'shall', 'Member States', 'data', 'human rights', 'capacity', 'and'];

type Edit =
  | { kind: 'insert' | 'delete' | 'move' | 'relabel' | 'words' | 'heading' | 'moveAcross' | 'footnote'; at: number; to: number; word: number; count: number };

const edit: fc.Arbitrary<Edit> = fc.record({
  kind: fc.constantFrom('insert', 'delete', 'move', 'relabel', 'words', 'words', 'words', 'heading', 'moveAcross', 'footnote'),
  at: fc.nat(1000),
  to: fc.nat(1000),
  word: fc.nat(WORDS.length - 1),
  count: fc.integer({ min: 1, max: 4 }),
});

/** Every clause list of a document (top-level lists and sub-item lists), for picking one at random. */
function lists(doc: ItuDocument): Clause[][] {
  const out: Clause[][] = [];
  const walk = (clauses: Clause[]): void => {
    out.push(clauses);
    clauses.forEach((c) => c.children.length && walk(c.children));
  };
  doc.sections.forEach((s) => walk(s.clauses));
  return out;
}

function editWords(text: string, e: Edit): string {
  const words = text.split(' ');
  const at = e.at % (words.length + 1);
  if (e.to % 3 === 0) words.splice(at, e.count);
  else if (e.to % 3 === 1) words.splice(at, 0, ...WORDS.slice(e.word, e.word + e.count));
  else words.splice(at, e.count, WORDS[e.word]);
  return words.join(' ');
}

/** Applies seeded edits to a copy of the base, then gives every ID again as the parser would. */
function propose(base: ItuDocument, edits: Edit[]): ItuDocument {
  const doc = structuredClone(base);
  for (const e of edits) {
    const all = lists(doc).filter((l) => l.length > 0);
    const list = all[e.at % Math.max(1, all.length)];
    if (!list) continue;
    const i = e.to % list.length;
    switch (e.kind) {
      case 'insert':
        list.splice(i, 0, { id: '', label: list[i].label, text: `that ${WORDS.slice(e.word).join(' ')} ${e.count}`, children: [] });
        break;
      case 'delete':
        list.splice(i, 1);
        break;
      case 'move': {
        const [moved] = list.splice(i, 1);
        list.splice(e.at % (list.length + 1), 0, moved);
        break;
      }
      case 'relabel':
        list[i].label = list[i].label === '' ? '' : `${list[i].label.replace(/\)$/, '')}${'xyz'[e.count % 3]})`;
        break;
      case 'words':
        list[i].text = editWords(list[i].text, e);
        break;
      case 'heading': {
        const section: Section = doc.sections[e.at % doc.sections.length];
        section.heading = `${section.heading} further`;
        break;
      }
      case 'moveAcross': {
        const target = all[e.to % all.length];
        const [moved] = list.splice(i, 1);
        target.splice(e.at % (target.length + 1), 0, moved);
        break;
      }
      case 'footnote':
        if (doc.footnotes.length) doc.footnotes[e.at % doc.footnotes.length].text = editWords(doc.footnotes[e.at % doc.footnotes.length].text, e);
        else doc.title = editWords(doc.title, e);
        break;
    }
  }
  doc.sections = doc.sections.filter((s) => s.clauses.length > 0 || s.part === 'annex');
  const sectionKeys = new SiblingKeys();
  const assign = (clauses: Clause[], parent: string): void => {
    const keys = new SiblingKeys();
    for (const c of clauses) {
      c.id = `${parent}/${keys.forLabel(c.label)}`;
      assign(c.children, c.id);
    }
  };
  for (const s of doc.sections) {
    s.id = `${doc.id}/${sectionKeys.unique(s.kind)}`;
    assign(s.clauses, s.id);
  }
  return doc;
}

describe('applyDiff', () => {
  it('rebuilds the proposal exactly from the base and the diff, on seeded random edits of every fixture (property)', () => {
    fc.assert(
      fc.property(fc.nat(bases.length - 1), fc.array(edit, { minLength: 1, maxLength: 12 }), (which, edits) => {
        const base = bases[which];
        const proposal = propose(base, edits);
        const diff = diffDocuments(base, proposal);
        expect(outline(applyDiff(base, diff))).toEqual(outline(proposal));
        // Every base clause is accounted for exactly once, and so is every proposal clause.
        const fromBase = diff.changes.filter((c) => c.op !== 'ADD').map((c) => c.clause);
        expect(new Set(fromBase).size).toBe(fromBase.length);
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  it('refuses a diff made against another text', () => {
    const [res130, res197] = bases;
    const diff = diffDocuments(res130, propose(res130, [{ kind: 'words', at: 3, to: 2, word: 1, count: 2 }]));
    expect(() => applyDiff(res197, diff)).toThrow(/does not fit the base|which the base does not have/);
  });
});
