import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { DocumentDiff } from '../core/diff/index.ts';
import { observeProposals, PROPOSAL_FIELDS, proposalFromYjs, proposalToYjs, putProposals, readProposalRecords, readProposals, setProposalStatus } from './proposals.ts';
import type { ProposalReadCache } from './proposals.ts';
import { workspaceRoots } from './schema.ts';
import { linkLive, syncAll } from './testing/linkDocs.ts';
import { sampleProposal } from './testing/sampleTexts.ts';

describe('proposals in the workspace', () => {
  it('round-trip through Yjs with their status', () => {
    const doc = new Y.Doc();
    const proposal = { ...sampleProposal(), status: 'under-discussion' as const };
    workspaceRoots(doc).proposals.set(proposal.id, proposalToYjs(proposal, 'Ana', '2026-11-28T09:00:00.000Z'));
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
    expect(readProposals(copy)).toEqual({ proposals: [proposal], problems: [] });
    expect(workspaceRoots(copy).proposals.get(proposal.id)).toBeInstanceOf(Y.Map);
  });

  it('keep the status out of the stored text, so the text is never rewritten for a status change', () => {
    const doc = new Y.Doc();
    putProposals(doc, [sampleProposal()], 'Ana');
    const map = workspaceRoots(doc).proposals.get('EUR/44A7/1') as Y.Map<unknown>;
    const text = map.get(PROPOSAL_FIELDS.proposal);
    expect(text).not.toHaveProperty('status');
    expect(setProposalStatus(doc, 'EUR/44A7/1', 'adopted', 'Ben', '2026-11-29T10:00:00.000Z')).toBe(true);
    expect(map.get(PROPOSAL_FIELDS.proposal)).toBe(text);
    expect(map.get(PROPOSAL_FIELDS.statusBy)).toBe('Ben');
    expect(readProposals(doc).proposals[0].status).toBe('adopted');
  });

  it('keep the team\'s status when the same proposal is imported again', () => {
    const doc = new Y.Doc();
    putProposals(doc, [sampleProposal()], 'Ana');
    setProposalStatus(doc, 'EUR/44A7/1', 'rejected', 'Ana');
    putProposals(doc, [{ ...sampleProposal(), reasons: 'Revised reasons.' }], 'Ben');
    expect(readProposals(doc).proposals[0]).toMatchObject({ reasons: 'Revised reasons.', status: 'rejected' });
  });

  it('converge when two analysts set the status at once', () => {
    const a = new Y.Doc();
    putProposals(a, [sampleProposal()], 'Ana');
    const b = new Y.Doc();
    syncAll(a, b);
    setProposalStatus(a, 'EUR/44A7/1', 'adopted', 'Ana');
    setProposalStatus(b, 'EUR/44A7/1', 'withdrawn', 'Ben');
    syncAll(a, b);
    const statusA = readProposals(a).proposals[0].status;
    expect(['adopted', 'withdrawn']).toContain(statusA);
    expect(readProposals(b).proposals[0].status).toBe(statusA);
  });

  it('report a missing proposal and refuse an unknown status', () => {
    const doc = new Y.Doc();
    expect(setProposalStatus(doc, 'USA/1/1', 'adopted', 'Ana')).toBe(false);
    putProposals(doc, [sampleProposal()], 'Ana');
    expect(() => setProposalStatus(doc, 'EUR/44A7/1', 'postponed' as never, 'Ana')).toThrow('unknown status "postponed"');
  });

  it('skip unreadable values with a reason, and read an unknown status as submitted', () => {
    const doc = new Y.Doc();
    const root = workspaceRoots(doc).proposals;
    root.set('A/1/1', 'text');
    const empty = new Y.Map<unknown>();
    root.set('B/1/1', empty);
    const odd = proposalToYjs(sampleProposal('C/1/1'), 'Ana');
    root.set('C/1/1', odd);
    odd.set(PROPOSAL_FIELDS.status, 'postponed');
    const { proposals, problems } = readProposals(doc);
    expect(proposals.map((p) => [p.id, p.status])).toEqual([['C/1/1', 'submitted']]);
    expect(problems.map((p) => p.key)).toEqual(['A/1/1', 'B/1/1']);
    expect(proposalFromYjs('X', odd)).toHaveProperty('reason');
  });
});

/** An exact comparison as Word tracked changes give it: not what diffing the texts would say. */
function trackedDiff(id = 'EUR/44A7/1'): DocumentDiff {
  return {
    base: 'res901',
    proposal: id,
    changes: [
      {
        op: 'MOD',
        clause: 'res901/instructs-the-secretary-general/2',
        section: 'res901/instructs-the-secretary-general',
        label: { from: '2', to: '2' },
        hunks: [{ type: 'equal', text: 'to report ' }, { type: 'insert', text: 'every year ' }, { type: 'delete', text: 'on their use, bearing in mind considering b) above.' }, { type: 'insert', text: 'on their use.' }],
        modified: false,
        similarity: 0.5,
        granularity: 'tracked-changes',
      },
    ],
    summary: { MOD: 1, ADD: 0, SUP: 0, MOVE: 0, NOC: 5 },
  };
}

const tracked = (id = 'EUR/44A7/1') => ({ ...sampleProposal(id), provenance: 'tracked-changes' as const });

describe('proposals shared live', () => {
  it('observeProposals reports every change, from here or a teammate, until unsubscribed', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    const unlink = linkLive(a, b);
    let calls = 0;
    const stop = observeProposals(b, () => calls++);
    putProposals(a, [sampleProposal()], 'Ana');
    expect(calls).toBe(1);
    setProposalStatus(a, 'EUR/44A7/1', 'adopted', 'Ana');
    expect(calls).toBe(2);
    setProposalStatus(b, 'EUR/44A7/1', 'rejected', 'Ben');
    expect(calls).toBe(3);
    stop();
    setProposalStatus(a, 'EUR/44A7/1', 'merged', 'Ana');
    expect(calls).toBe(3);
    unlink();
  });

  it('keep a tracked-changes proposal\'s exact diff for teammates, and drop it with its text', () => {
    const a = new Y.Doc();
    putProposals(a, [tracked()], 'Ana', new Map([['EUR/44A7/1', trackedDiff()]]));
    const b = new Y.Doc();
    syncAll(a, b);
    const [record] = readProposalRecords(b).records;
    expect(record.diff).toEqual(trackedDiff());
    expect(record).toMatchObject({ statusBy: 'Ana', proposal: { id: 'EUR/44A7/1', provenance: 'tracked-changes' } });
    // Re-imported as a text without tracked changes: the old diff belonged to the old text.
    putProposals(b, [sampleProposal()], 'Ben');
    syncAll(a, b);
    expect(readProposalRecords(a).records[0].diff).toBeNull();
    expect((workspaceRoots(a).proposals.get('EUR/44A7/1') as Y.Map<unknown>).has(PROPOSAL_FIELDS.diff)).toBe(false);
  });

  it('ignore a stored diff they cannot read, keeping the proposal', () => {
    const doc = new Y.Doc();
    putProposals(doc, [tracked(), tracked('C/1/1')], 'Ana');
    const root = workspaceRoots(doc).proposals;
    (root.get('EUR/44A7/1') as Y.Map<unknown>).set(PROPOSAL_FIELDS.diff, { changes: 'nonsense' });
    (root.get('C/1/1') as Y.Map<unknown>).set(PROPOSAL_FIELDS.diff, trackedDiff('EUR/44A7/1'));
    (root.get('C/1/1') as Y.Map<unknown>).set('futureField', 42);
    const { records, problems } = readProposalRecords(doc);
    expect(problems).toEqual([]);
    expect(records.map((record) => [record.proposal.id, record.diff])).toEqual([
      ['C/1/1', null],
      ['EUR/44A7/1', null],
    ]);
  });

  it('with a cache, read an unchanged text as the same document, and a new text afresh', () => {
    const doc = new Y.Doc();
    const cache: ProposalReadCache = new WeakMap();
    putProposals(doc, [sampleProposal()], 'Ana');
    const first = readProposalRecords(doc, cache).records[0];
    setProposalStatus(doc, 'EUR/44A7/1', 'adopted', 'Ben', '2026-11-29T10:00:00.000Z');
    const second = readProposalRecords(doc, cache).records[0];
    expect(second.proposal.document).toBe(first.proposal.document);
    expect(second).toMatchObject({ statusBy: 'Ben', statusAt: '2026-11-29T10:00:00.000Z', proposal: { status: 'adopted' } });
    putProposals(doc, [{ ...sampleProposal(), reasons: 'New reasons.' }], 'Ana');
    const third = readProposalRecords(doc, cache).records[0];
    expect(third.proposal.document).not.toBe(first.proposal.document);
    expect(third.proposal).toMatchObject({ reasons: 'New reasons.', status: 'adopted' });
  });

  it('converge when two analysts import the same proposal at once, and each sees the other\'s status', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    putProposals(a, [tracked()], 'Ana', new Map([['EUR/44A7/1', trackedDiff()]]));
    putProposals(b, [tracked()], 'Ben', new Map([['EUR/44A7/1', trackedDiff()]]));
    syncAll(a, b);
    expect(readProposalRecords(a)).toEqual(readProposalRecords(b));
    expect(readProposalRecords(a).records).toHaveLength(1);
    expect(readProposalRecords(a).records[0].diff).toEqual(trackedDiff());
    const unlink = linkLive(a, b);
    setProposalStatus(a, 'EUR/44A7/1', 'adopted-as-modified', 'Ana', '2026-11-29T11:00:00.000Z');
    expect(readProposalRecords(b).records[0]).toMatchObject({ statusBy: 'Ana', statusAt: '2026-11-29T11:00:00.000Z', proposal: { status: 'adopted-as-modified' } });
    setProposalStatus(b, 'EUR/44A7/1', 'merged', 'Ben');
    expect(readProposals(a).proposals[0].status).toBe('merged');
    unlink();
  });
});
