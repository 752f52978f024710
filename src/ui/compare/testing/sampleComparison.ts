/**
 * Hand-made proposals and diffs for the comparison views' unit tests (never imported by the app).
 * The base is the UI's sample resolution (res900); the wording is invented for Clausewatch.
 */
import type { ChangeOp, ClauseChange, DocumentDiff, Hunk } from '../../../core/diff/types.ts';
import type { Clause, ItuDocument, Proposal } from '../../../core/model/index.ts';
import { sampleResolution } from '../../testing/sampleDocument.ts';

const equal = (text: string): Hunk => ({ type: 'equal', text });
const insert = (text: string): Hunk => ({ type: 'insert', text });
const del = (text: string): Hunk => ({ type: 'delete', text });

function change(op: ChangeOp, clause: string, hunks: Hunk[], extra: Partial<ClauseChange> = {}): ClauseChange {
  const section = clause.split('/').slice(0, 2).join('/');
  const label = clause.split('/').at(-1) ?? '';
  const printed = /^\d/.test(label) ? label : `${label})`;
  return {
    op,
    clause,
    section,
    label: { from: op === 'ADD' ? null : printed, to: op === 'SUP' ? null : printed },
    hunks,
    modified: op === 'MOD',
    similarity: op === 'NOC' ? 1 : op === 'ADD' || op === 'SUP' ? 0 : 0.8,
    ...extra,
  };
}

/** The base clauses a diff leaves alone, as NOC changes. */
function unchanged(base: ItuDocument, except: string[]): Map<string, ClauseChange> {
  const out = new Map<string, ClauseChange>();
  const walk = (clause: Clause): void => {
    if (!except.includes(clause.id)) out.set(clause.id, change('NOC', clause.id, [equal(clause.text)]));
    clause.children.forEach(walk);
  };
  base.sections.forEach((section) => section.clauses.forEach(walk));
  return out;
}

function summarise(changes: ClauseChange[]): DocumentDiff['summary'] {
  const summary = { MOD: 0, ADD: 0, SUP: 0, MOVE: 0, NOC: 0 };
  changes.forEach((c) => summary[c.op]++);
  return summary;
}

function proposal(id: string, proposer: string, document: ItuDocument, extra: Partial<Proposal> = {}): Proposal {
  return {
    id,
    proposer,
    proposers: proposer.split('/'),
    sourceDocument: `Addendum 1 to Document ${id.split('/')[1]}`,
    base: { documentId: 'res900', revision: 'Rev. Dubai, 2018' },
    operations: [],
    reasons: '',
    status: 'submitted',
    provenance: 'computed',
    document,
    ...extra,
  };
}

/** A copy of the base with `edit` applied to the clause with `id` (or to its list, for insertions). */
function edited(edit: (doc: ItuDocument) => void): ItuDocument {
  const doc = structuredClone(sampleResolution());
  edit(doc);
  return doc;
}

/** A sample comparison: the base, three proposals and their diffs (in the proposals' order). */
export function sampleComparison(): { base: ItuDocument; proposals: Proposal[]; diffs: DocumentDiff[] } {
  const base = sampleResolution();
  const [considering, resolves] = base.sections;

  // EUR: amends resolves 1 and adds considering c).
  const eurDoc = edited((doc) => {
    doc.sections[1].clauses[0].text = 'to sort and label every shelf, bearing in mind considering b) above;';
    doc.sections[0].clauses.push({ id: 'res900/considering/c', label: 'c)', text: 'that labels save time,', children: [] });
  });
  const eurNoc = unchanged(base, ['res900/resolves/1']);
  const eurChanges = [
    eurNoc.get('res900/considering/a')!,
    eurNoc.get('res900/considering/b')!,
    change('ADD', 'res900/considering/c', [insert('that labels save time,')]),
    change('MOD', 'res900/resolves/1', [equal('to sort '), insert('and label '), equal('every shelf, bearing in mind considering b) above;')]),
    eurNoc.get('res900/resolves/2')!,
    eurNoc.get('res900/resolves/2/i')!,
    eurNoc.get('res900/resolves/2/ii')!,
    eurNoc.get('res900/annex/p1')!,
  ];

  // ARB: inserts a new considering a) (the old a) and b) become b) and c)) and deletes resolves 1.
  const arbDoc = edited((doc) => {
    const [a, b] = doc.sections[0].clauses;
    doc.sections[0].clauses = [
      { id: 'res900/considering/a', label: 'a)', text: 'that shelves are shared by all;', children: [] },
      { ...a, id: 'res900/considering/b', label: 'b)' },
      { ...b, id: 'res900/considering/c', label: 'c)', text: 'that untidy shelves waste much time,' },
    ];
    doc.sections[1].clauses.shift();
  });
  const arbNoc = unchanged(base, ['res900/considering/a', 'res900/considering/b', 'res900/resolves/1']);
  const arbChanges = [
    change('ADD', 'res900/considering/a', [insert('that shelves are shared by all;')]),
    change('MOVE', 'res900/considering/a', [equal(considering.clauses[0].text)], {
      to: 'res900/considering/b', label: { from: 'a)', to: 'b)' }, modified: false, similarity: 1,
    }),
    change('MOVE', 'res900/considering/b', [equal('that untidy shelves '), del('<script>alert(1)</script> '), insert('waste much time,'), del('waste time,')], {
      to: 'res900/considering/c', label: { from: 'b)', to: 'c)' }, modified: true,
    }),
    change('SUP', 'res900/resolves/1', [del(resolves.clauses[0].text)]),
    arbNoc.get('res900/resolves/2')!,
    arbNoc.get('res900/resolves/2/i')!,
    arbNoc.get('res900/resolves/2/ii')!,
    arbNoc.get('res900/annex/p1')!,
  ];

  // B/CAN/USA: the same change as EUR to resolves 1, and a change to resolves 2 ii).
  const jointDoc = edited((doc) => {
    doc.sections[1].clauses[0].text = 'to sort and label every shelf, bearing in mind considering b) above;';
    doc.sections[1].clauses[1].children[1].text = 'with its subject and date,';
  });
  const jointNoc = unchanged(base, ['res900/resolves/1', 'res900/resolves/2/ii']);
  const jointChanges = [
    jointNoc.get('res900/considering/a')!,
    jointNoc.get('res900/considering/b')!,
    change('MOD', 'res900/resolves/1', [equal('to sort '), insert('and label '), equal('every shelf, bearing in mind considering b) above;')]),
    jointNoc.get('res900/resolves/2')!,
    jointNoc.get('res900/resolves/2/i')!,
    change('MOD', 'res900/resolves/2/ii', [equal('with its subject'), insert(' and date'), equal(',')]),
    jointNoc.get('res900/annex/p1')!,
  ];

  const proposals = [
    proposal('EUR/44A1/1', 'EUR', eurDoc, {
      reasons: 'Labels make shelves easier to use.',
      operations: [
        { marker: 'ADD', ref: 'EUR/44A1/1', target: 'res900/considering/c', text: 'that labels save time,', reasons: 'A new consideration.' },
        { marker: 'MOD', ref: 'EUR/44A1/2', target: 'res900/resolves/1', reasons: 'Labelling belongs with sorting.' },
      ],
    }),
    proposal('ARB/21A2/1', 'ARB', arbDoc, { provenance: 'tracked-changes' }),
    proposal('B/CAN/USA/16/1', 'B/CAN/USA', jointDoc, { status: 'under-discussion' }),
  ];
  const diffs = [eurChanges, arbChanges, jointChanges].map((changes, i) => ({
    base: 'res900',
    proposal: proposals[i].id,
    changes,
    summary: summarise(changes),
  }));
  return { base, proposals, diffs };
}
