/**
 * Seeded property tests of re-anchoring: random edits of a resolution (words inserted, deleted or
 * replaced, clauses removed and inserted, the rest relabelled as the ITU would) never attach an
 * annotation to a clause other than its own, and an annotation whose words were not touched is
 * always found exactly.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe as group, expect, it } from 'vitest';
import type { AnnotationTarget, Clause, ItuDocument } from '../model/index.ts';
import { relabelSection } from '../model/testkit/relabelSection.ts';
import { parseText } from '../parse/index.ts';
import { anchorAll } from './anchor.ts';
import { describe } from './describe.ts';

const base = parseText(readFileSync(new URL('../../../fixtures/text/res130-sample.txt', import.meta.url), 'utf8'))[0];
const VOCABULARY = 'the Union shall promote national security networks cooperation CIRTs data privacy regional developing countries to and of in on'.split(' ');
/** Words for whole new clauses: the subject matter of the text, without its small words, so a new clause is not like an old one by chance. */
const NEW_CLAUSE_WORDS = 'spectrum satellites emergency accessibility budget languages elections gender youth academia'.split(' ');

/** Sections whose items are labelled a), b) … or 1, 2 … and can be renumbered after an edit. */
const editable = base.sections
  .map((section, index) => ({ section, index }))
  .filter(({ section }) => section.clauses.length >= 2 && section.clauses.every((c) => /^([a-z]\)|\d+)$/.test(c.label)));
const clauses: Array<{ clause: Clause; section: number; index: number }> = [];
base.sections.forEach((section, s) => section.clauses.forEach((clause, index) => clauses.push({ clause, section: s, index })));
const annotatable = clauses.filter(({ clause }) => clause.text.split(' ').length >= 4);

type TextEdit = { kind: 'insert' | 'delete' | 'replace' | 'copy'; clause: number; at: number; length: number; words: string[]; source: number };
/** The trap: an annotated quote, with its context, copied into another clause, while the annotated words themselves change. */
type Trap = { kind: 'trap'; annotation: number; into: number; at: number; word: string };
type Edit = TextEdit | Trap | { kind: 'remove'; section: number; index: number } | { kind: 'add'; section: number; index: number; words: string[] };

const words = fc.array(fc.constantFrom(...VOCABULARY), { minLength: 1, maxLength: 4 });
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constantFrom('insert', 'delete', 'replace', 'copy'), clause: fc.nat(annotatable.length - 1), at: fc.nat(40), length: fc.integer({ min: 1, max: 3 }), words, source: fc.nat(annotatable.length - 1) }) as fc.Arbitrary<Edit>,
  fc.record({ kind: fc.constant('remove' as const), section: fc.nat(editable.length - 1), index: fc.nat(10) }),
  fc.record({ kind: fc.constant('trap' as const), annotation: fc.nat(11), into: fc.nat(annotatable.length - 1), at: fc.nat(40), word: fc.constantFrom('foremost', 'hereby', 'solely') }),
  fc.record({ kind: fc.constant('add' as const), section: fc.nat(editable.length - 1), index: fc.nat(10), words: fc.array(fc.constantFrom(...NEW_CLAUSE_WORDS, ...VOCABULARY), { minLength: 4, maxLength: 14 }) }),
);
const annotation = fc.record({ clause: fc.nat(annotatable.length - 1), whole: fc.boolean(), at: fc.nat(40), length: fc.integer({ min: 1, max: 6 }) });

/** Word boundaries of a text: the offset where each word starts, and the text's end. */
const boundaries = (text: string): number[] => [...[...text.matchAll(/\S+/g)].map((m) => m.index), text.length];

interface Version {
  doc: ItuDocument;
  /** Old clause ID → new clause ID (absent when removed). */
  newId: Map<string, string>;
  /** Old clause ID → the old-text region changed by a text edit ([at, at) for an insertion). */
  changed: Map<string, [number, number]>;
}

function applyEdits(edits: readonly Edit[], targets: readonly AnnotationTarget[]): Version {
  const doc = structuredClone(base);
  const origin = new Map<Clause, string>();
  const walk = (a: Clause, b: Clause): void => {
    origin.set(b, a.id);
    a.children.forEach((child, i) => walk(child, b.children[i]));
  };
  base.sections.forEach((section, s) => section.clauses.forEach((clause, i) => walk(clause, doc.sections[s].clauses[i])));
  const changed = new Map<string, [number, number]>();
  const touched = new Set<number>();
  for (const e of edits) {
    if (e.kind === 'remove' || e.kind === 'add') {
      const { section, index } = editable[e.section];
      const list = doc.sections[index].clauses;
      if (e.kind === 'remove' && list.length > 1) list.splice(e.index % list.length, 1);
      if (e.kind === 'add') list.splice(e.index % (list.length + 1), 0, { id: '', label: '', text: e.words.join(' '), children: [] });
      relabelSection(doc.sections[index], section.clauses[0].label.endsWith(')'));
      continue;
    }
    const current = (old: Clause): Clause | undefined => {
      const found = [...origin].find(([, id]) => id === old.id)?.[0];
      return found && doc.sections.some((s) => s.clauses.includes(found)) ? found : undefined;
    };
    if (e.kind === 'trap') {
      const t = targets[e.annotation % targets.length];
      const from = annotatable.findIndex(({ clause }) => clause.id === t.clause);
      const into = annotatable[e.into].clause;
      if (t.quote!.prefix === '' || from === e.into || touched.has(from) || touched.has(e.into)) continue;
      const [source, copy] = [current(annotatable[from].clause), current(into)];
      if (!source || !copy) continue;
      touched.add(from);
      touched.add(e.into);
      // The context and the quote, copied whole into another clause at a word boundary ...
      const bounds = boundaries(into.text);
      const at = bounds[e.at % bounds.length];
      copy.text = `${into.text.slice(0, at)}${at > 0 ? ' ' : ''}${t.quote!.prefix}${t.quote!.exact}${t.quote!.suffix} ${into.text.slice(at)}`.replace(/ {2,}/g, ' ').trim();
      changed.set(into.id, [at, at]);
      // ... and the annotated words changed where they were: a word put in their middle.
      const { start, end } = t.position!;
      const middle = start + Math.max(1, Math.floor((end - start) / 2));
      source.text = `${source.text.slice(0, middle)} ${e.word} ${source.text.slice(middle)}`;
      changed.set(t.clause, [middle, middle]);
      continue;
    }
    // One text edit per clause, so the changed region is known in the old text.
    if (touched.has(e.clause)) continue;
    touched.add(e.clause);
    const { clause: old } = annotatable[e.clause];
    const target = current(old);
    if (!target) continue;
    const bounds = boundaries(old.text);
    const at = bounds[e.at % bounds.length];
    const end = bounds[Math.min(bounds.length - 1, bounds.indexOf(at) + e.length)];
    const insertion = e.kind === 'copy' ? `${annotatable[e.source].clause.text.split(' ').slice(0, 4).join(' ')} ` : `${e.words.join(' ')} `;
    if (e.kind === 'insert' || e.kind === 'copy') {
      const spaced = at === old.text.length ? ` ${insertion.trim()}` : insertion;
      target.text = old.text.slice(0, at) + spaced + old.text.slice(at);
      changed.set(old.id, [at, at]);
    } else if (end > at) {
      target.text = old.text.slice(0, at) + (e.kind === 'replace' ? insertion : '') + old.text.slice(end);
      changed.set(old.id, [at, end]);
    }
  }
  const newId = new Map<string, string>();
  const collect = (clause: Clause): void => {
    const from = origin.get(clause);
    if (from) newId.set(from, clause.id);
    clause.children.forEach(collect);
  };
  doc.sections.forEach((section) => section.clauses.forEach(collect));
  return { doc, newId, changed };
}

function target(a: { clause: number; whole: boolean; at: number; length: number }): AnnotationTarget {
  const { clause } = annotatable[a.clause];
  if (a.whole) return describe(base, clause.id);
  const bounds = boundaries(clause.text);
  const i = a.at % (bounds.length - 1);
  const j = Math.min(bounds.length - 1, i + a.length);
  const end = j === bounds.length - 1 ? clause.text.length : bounds[j] - 1;
  return describe(base, clause.id, { start: bounds[i], end });
}

/** True when the edit region leaves the span's text as it was. */
const untouched = (span: { start: number; end: number }, region: [number, number] | undefined, whole: boolean): boolean => {
  if (!region) return true;
  if (whole) return false;
  const [a, b] = region;
  return a === b ? a <= span.start || a >= span.end : b <= span.start || a >= span.end;
};

group('anchoring after random edits (seeded)', () => {
  it('never attaches an annotation to another clause, and finds untouched words exactly', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 8 }), fc.array(annotation, { minLength: 1, maxLength: 12 }), (edits, specs) => {
        const targets = specs.map(target);
        const version = applyEdits(edits, targets);
        const anchors = anchorAll(targets, version.doc, { previous: base });
        anchors.forEach((a, i) => {
          const t = targets[i];
          const own = version.newId.get(t.clause) ?? null;
          if (a.clause !== null) expect(a.clause, `${t.clause} "${t.quote?.exact}" → ${a.clause}`).toBe(own);
          if (own !== null && untouched(t.position!, version.changed.get(t.clause), specs[i].whole)) {
            expect(a.state, `${t.clause} "${t.quote?.exact}": ${a.reason}`).toBe(own === t.clause ? 'exact' : 'moved');
            const text = version.doc.sections.flatMap((s) => s.clauses).flatMap(function all(c): Clause[] { return [c, ...c.children.flatMap(all)]; }).find((c) => c.id === own)!.text;
            expect(text.slice(a.span!.start, a.span!.end)).toBe(t.quote!.exact);
          }
        });
      }),
      { seed: 20261128, numRuns: 250 },
    );
  });

  it('without the old version, an annotation is on its own clause or an orphan, for clauses kept in place', () => {
    fc.assert(
      fc.property(fc.array(edit.filter((e) => e.kind !== 'remove' && e.kind !== 'add'), { minLength: 1, maxLength: 8 }), fc.array(annotation, { minLength: 1, maxLength: 12 }), (edits, specs) => {
        const targets = specs.map(target);
        const version = applyEdits(edits, targets);
        anchorAll(targets, version.doc).forEach((a, i) => {
          if (a.clause !== null) expect(a.clause, `${targets[i].clause} "${targets[i].quote?.exact}"`).toBe(targets[i].clause);
          if (untouched(targets[i].position!, version.changed.get(targets[i].clause), specs[i].whole)) expect(a.state).toBe('exact');
        });
      }),
      { seed: 20261128, numRuns: 150 },
    );
  });
});
