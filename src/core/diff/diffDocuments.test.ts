import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseText } from '../parse/index.ts';
import { applyDiff } from './applyDiff.ts';
import { diffDocuments } from './diffDocuments.ts';
import { baseText, proposalText } from './hunkText.ts';
import { editAnyWords, editWords, giantParagraph, largeResolution, rewriteWords } from './testkit/largeResolution.ts';
import type { ClauseChange, DocumentDiff } from './types.ts';

const doc = (text: string) => parseText(text)[0];
const HEAD = 'RESOLUTION 130 (REV. DUBAI, 2018)\nSubject\nThe Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),\n';
const res = (body: string) => doc(HEAD + body);
const notNoc = (diff: DocumentDiff): string[] =>
  diff.changes.filter((c) => c.op !== 'NOC').map((c) => `${c.op} ${c.clause}${c.to ? ` → ${c.to}` : ''}${c.op === 'MOVE' && c.modified ? ' (modified)' : ''}`);
const change = (diff: DocumentDiff, op: ClauseChange['op'], clause: string): ClauseChange => {
  const found = diff.changes.find((c) => c.op === op && c.clause === clause);
  if (!found) throw new Error(`no ${op} ${clause} in ${notNoc(diff).join('; ')}`);
  return found;
};

const CONSIDERING = [
  'that networks underpin economic and social life;',
  'that the number of connected devices keeps growing;',
  'that incidents can spread across borders within minutes;',
  'that developing countries often lack the skills to respond,',
];
const lettered = (items: string[]): string => items.map((text, i) => `${'abcdefgh'[i]}) ${text}`).join('\n');

describe('clause alignment', () => {
  it('a new considering c) pushes the old c) to d): MOVE c → d and ADD c, never MOD of c', () => {
    const base = res(`considering\n${lettered(CONSIDERING)}\n`);
    const items = [...CONSIDERING];
    items.splice(2, 0, 'that trust depends on the protection of privacy;');
    const diff = diffDocuments(base, res(`considering\n${lettered(items)}\n`));
    expect(notNoc(diff)).toEqual(['ADD res130/considering/c', 'MOVE res130/considering/c → res130/considering/d', 'MOVE res130/considering/d → res130/considering/e']);
    expect(change(diff, 'ADD', 'res130/considering/c').hunks).toEqual([{ type: 'insert', text: 'that trust depends on the protection of privacy;' }]);
    expect(change(diff, 'MOVE', 'res130/considering/c')).toMatchObject({ modified: false, similarity: 1, label: { from: 'c)', to: 'd)' } });
    expect(diff.summary).toEqual({ MOD: 0, ADD: 1, SUP: 0, MOVE: 2, NOC: 2 });
  });

  it('the same, when the old c) is also amended: MOVE c → d, modified, with its word diff', () => {
    const base = res(`considering\n${lettered(CONSIDERING)}\n`);
    const items = [...CONSIDERING];
    items[2] = 'that serious incidents can spread across borders within minutes;';
    items.splice(2, 0, 'that trust depends on the protection of privacy;');
    const diff = diffDocuments(base, res(`considering\n${lettered(items)}\n`));
    expect(notNoc(diff)).toEqual(['ADD res130/considering/c', 'MOVE res130/considering/c → res130/considering/d (modified)', 'MOVE res130/considering/d → res130/considering/e']);
    expect(change(diff, 'MOVE', 'res130/considering/c').hunks).toEqual([
      { type: 'equal', text: 'that ' },
      { type: 'insert', text: 'serious ' },
      { type: 'equal', text: 'incidents can spread across borders within minutes;' },
    ]);
  });

  it('a suppressed item moves the next ones up: SUP b, MOVE c → b, MOVE d → c', () => {
    const base = res(`considering\n${lettered(CONSIDERING)}\n`);
    const diff = diffDocuments(base, res(`considering\n${lettered([CONSIDERING[0], CONSIDERING[2], CONSIDERING[3]])}\n`));
    expect(notNoc(diff)).toEqual(['SUP res130/considering/b', 'MOVE res130/considering/c → res130/considering/b', 'MOVE res130/considering/d → res130/considering/c']);
  });

  it('an item rewritten in place, with nothing better to pair with, is a MOD of it', () => {
    const base = res('resolves\n1 to continue the work on security;\n2 to cooperate with other bodies,\n');
    const diff = diffDocuments(base, res('resolves\n1 to continue the work on security;\n2 that a completely different idea takes its place,\n'));
    expect(notNoc(diff)).toEqual(['MOD res130/resolves/2']);
  });

  it('swapped items are moves both ways', () => {
    const base = res(`considering\n${lettered(CONSIDERING)}\n`);
    const diff = diffDocuments(base, res(`considering\n${lettered([CONSIDERING[1], CONSIDERING[0], CONSIDERING[2], CONSIDERING[3]])}\n`));
    expect(notNoc(diff)).toEqual(['MOVE res130/considering/b → res130/considering/a', 'MOVE res130/considering/a → res130/considering/b']);
  });

  it('an item moved to another heading is a MOVE across sections', () => {
    const base = res('recognizing\na) that ITU can help build capacity;\nb) that encryption protects communications,\nnoting\na) the growing number of national strategies,\n');
    const diff = diffDocuments(base, res('recognizing\na) that ITU can help build capacity,\nnoting\na) the growing number of national strategies;\nb) that encryption protects communications,\n'));
    const moved = change(diff, 'MOVE', 'res130/recognizing/b');
    expect(moved).toMatchObject({ to: 'res130/noting/b', section: 'res130/recognizing', toSection: 'res130/noting', modified: false });
    // In reading order of the proposal: it appears under "noting".
    expect(diff.changes.map((c) => c.toSection ?? c.section)).toEqual(['res130/recognizing', 'res130/noting', 'res130/noting']);
  });

  it('"further resolves" reworded "resolves further" is the same section, its heading modified', () => {
    const base = res('resolves\n1 to act;\nfurther resolves\n1 to review the results,\n');
    const diff = diffDocuments(base, res('resolves\n1 to act;\nresolves further\n1 to review the results,\n'));
    expect(notNoc(diff)).toEqual([]);
    expect(diff.sections?.find((s) => s.section === 'res130/resolves-further')).toMatchObject({ op: 'MOD', heading: { from: 'further resolves', to: 'resolves further' } });
  });

  it('a renamed heading with the same items is a section MOVE; added and removed headings are ADD and SUP', () => {
    const base = res('noting\na) the work of Study Group 17 on security;\nb) the growing number of strategies,\naware\na) that women may face particular risks online,\n');
    const diff = diffDocuments(base, res('noting with satisfaction\na) the work of Study Group 17 on security;\nb) the growing number of strategies,\nwelcoming\na) the new regional centres,\n'));
    const ops = diff.sections?.map((s) => `${s.op} ${s.section}${s.to ? ` → ${s.to}` : ''}`);
    expect(ops).toEqual(['MOVE res130/noting → res130/noting-with-satisfaction', 'SUP res130/aware', 'ADD res130/welcoming']);
    expect(notNoc(diff)).toEqual(['MOVE res130/noting/a → res130/noting-with-satisfaction/a', 'MOVE res130/noting/b → res130/noting-with-satisfaction/b', 'SUP res130/aware/a', 'ADD res130/welcoming/a']);
  });

  it('compares the title line, subject, formula and footnotes too', () => {
    const text = readFileSync(new URL('../../../fixtures/text/res130-sample.txt', import.meta.url), 'utf8');
    const edited = text.replace('(REV. DUBAI, 2018)\nBuilding', '(REV. DOHA, 2026)\nBuilding').replace('countries with economies in transition', 'countries with economies in transition and small States');
    const diff = diffDocuments(doc(text), doc(edited));
    expect(diff.front?.find((f) => f.field === 'titleLine')).toMatchObject({ op: 'MOD', hunks: [{ type: 'equal', text: 'RESOLUTION 130 (REV. ' }, { type: 'delete', text: 'DUBAI, 2018' }, { type: 'insert', text: 'DOHA, 2026' }, { type: 'equal', text: ')' }] });
    expect(notNoc(diff)).toEqual(['MOD res130/fn/1']);
  });

  it('the same text gives only NOC, in reading order, every clause once', () => {
    const text = readFileSync(new URL('../../../fixtures/text/res130-sample.txt', import.meta.url), 'utf8');
    const diff = diffDocuments(doc(text), doc(text));
    expect(diff.summary).toMatchObject({ MOD: 0, ADD: 0, SUP: 0, MOVE: 0 });
    expect(diff.changes.length).toBe(diff.summary.NOC);
    expect(diff.changes.filter((c) => !c.clause.includes('/fn/')).length).toBe(71 + 5);
  });
});

describe('diffDocuments on pathological input: bounded time, always a result', () => {
  const large = largeResolution(100_000, 1);
  const base = doc(large);
  const bounded = (name: string, proposalText_: string, check: (diff: DocumentDiff) => void) =>
    it(name, () => {
      const proposal = doc(proposalText_);
      const start = performance.now();
      const diff = diffDocuments(base, proposal);
      expect(performance.now() - start).toBeLessThan(5000);
      expect(diff.changes.length).toBeGreaterThan(0);
      check(diff);
      // Whatever the input, the diff rebuilds the proposal.
      expect(applyDiff(base, diff).sections.flatMap((s) => s.clauses.map((c) => c.text))).toEqual(proposal.sections.flatMap((s) => s.clauses.map((c) => c.text)));
    });

  it('the 100 KB text is large', () => {
    expect(large.length).toBeGreaterThanOrEqual(100_000);
    expect(base.sections.length).toBeGreaterThan(10);
  });
  bounded('5 % of the words edited', editWords(large, 0.05, 2), (diff) => expect(diff.summary.MOD).toBeGreaterThan(100));
  bounded('fully rewritten (every word of every item)', rewriteWords(large, 3), (diff) => expect(diff.summary.NOC).toBe(0));
  bounded('truncated to 10 %', large.slice(0, large.length / 10), (diff) => expect(diff.summary.SUP).toBeGreaterThan(300));
  bounded('a run of 100,000 spaces inside an item', large.replace('to ', `to${' '.repeat(100_000)}`), (diff) => expect(diff.summary.NOC).toBeGreaterThan(300));

  it('one giant paragraph with no structure, and 100,000 spaces as a whole text', () => {
    const paragraph = giantParagraph(100_000, 4);
    const giant = doc(paragraph);
    const other = doc(editAnyWords(paragraph, 0.05, 5));
    const start = performance.now();
    const diff = diffDocuments(giant, other);
    expect(performance.now() - start).toBeLessThan(5000);
    expect(diff.changes).toHaveLength(1);
    expect(diff.changes[0]).toMatchObject({ op: 'MOD', section: `${giant.id}/unparsed` });
    expect(baseText(diff.changes[0].hunks)).toBe(giant.unparsed[0].text);
    expect(proposalText(diff.changes[0].hunks)).toBe(other.unparsed[0].text);
    const spaces = diffDocuments(doc(' '.repeat(100_000)), base);
    expect(spaces.changes.length).toBeGreaterThan(0);
    expect(spaces.summary.ADD).toBe(spaces.changes.length);
  });
});
