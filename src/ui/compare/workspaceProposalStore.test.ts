import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { putProposals, readProposalRecords, setProposalStatus } from '../../collab/index.ts';
import type { Role } from '../../collab/index.ts';
import { proposalsFor, statusOf } from './proposalStore.ts';
import type { StoredProposal } from './proposalStore.ts';
import { sampleComparison } from './testing/sampleComparison.ts';
import { createWorkspaceProposalStore } from './workspaceProposalStore.ts';

const { proposals, diffs } = sampleComparison();
const samples: StoredProposal[] = proposals.map((proposal, i) => ({ proposal, diff: diffs[i], notes: [] }));

function storeOn(doc: Y.Doc, role: Role = 'editor', by = 'Ana') {
  return createWorkspaceProposalStore({ doc, writeRefusal: () => null }, { by, role });
}

/** Two tabs of one workspace whose docs see each other's updates at once. */
function twoTabs() {
  const a = new Y.Doc();
  const b = new Y.Doc();
  a.on('update', (update: Uint8Array, origin: unknown) => origin !== 'peer' && Y.applyUpdate(b, update, 'peer'));
  b.on('update', (update: Uint8Array, origin: unknown) => origin !== 'peer' && Y.applyUpdate(a, update, 'peer'));
  return { a, b };
}

describe('workspace proposal store', () => {
  it('shows a teammate\'s status change live, with who set it, keeping the stored proposal (and its diff) the same', () => {
    const { a, b } = twoTabs();
    const ana = storeOn(a, 'editor', 'Ana');
    const ben = storeOn(b, 'editor', 'Ben');
    ana.loaded(samples);
    ben.loaded(samples);
    let calls = 0;
    const stop = ben.subscribe(() => calls++);
    const before = ben.getSnapshot().proposals[1];
    ana.setStatus('ARB/21A2/1', 'adopted-as-modified');
    expect(calls).toBe(1);
    let snapshot = ben.getSnapshot();
    expect(statusOf(snapshot, snapshot.proposals[1].proposal)).toBe('adopted-as-modified');
    expect(snapshot.statusNotes.get('ARB/21A2/1')?.by).toBe('Ana');
    // A tracked-changes sample went into the workspace with its exact diff.
    expect(snapshot.proposals[1].diff).toEqual(samples[1].diff);
    expect(readProposalRecords(b).records[0].diff).toEqual(samples[1].diff);
    // One whose diff can be recomputed is stored without, and borrows the sample's (the same text).
    ana.setStatus('EUR/44A1/1', 'rejected');
    expect(readProposalRecords(b).records.find((record) => record.proposal.id === 'EUR/44A1/1')?.diff).toBeNull();
    expect(ben.getSnapshot().proposals[0].diff).toBe(samples[0].diff);
    snapshot = ben.getSnapshot();
    ben.setStatus('ARB/21A2/1', 'merged');
    expect(ben.getSnapshot().proposals[1]).toBe(snapshot.proposals[1]);
    expect(statusOf(ben.getSnapshot(), snapshot.proposals[1].proposal)).toBe('merged');
    expect(before.proposal.id).toBe('ARB/21A2/1');
    stop();
  });

  it('puts an import into the workspace for the team, keeping a tracked-changes diff', () => {
    const { a, b } = twoTabs();
    const ana = storeOn(a);
    const ben = storeOn(b, 'editor', 'Ben');
    ana.loaded(samples);
    ben.loaded([]);
    const tracked: StoredProposal = { proposal: { ...proposals[2], id: 'AFR/9/1', provenance: 'tracked-changes' }, diff: { ...diffs[2], proposal: 'AFR/9/1' }, notes: ['A note'] };
    const stop = ben.subscribe(() => {});
    expect(ana.add([tracked, samples[0]])).toEqual({ added: ['AFR/9/1'], replaced: ['EUR/44A1/1'] });
    const seen = ben.getSnapshot();
    expect(proposalsFor(seen, 'res900').map((entry) => entry.proposal.id)).toEqual(['AFR/9/1', 'EUR/44A1/1']);
    expect(seen.proposals[0].diff).toEqual(tracked.diff);
    // A proposal whose comparison can be recomputed is stored without one.
    expect(readProposalRecords(b).records.find((record) => record.proposal.id === 'EUR/44A1/1')?.diff).toBeNull();
    expect(ana.getSnapshot().proposals.find((entry) => entry.proposal.id === 'AFR/9/1')?.notes).toEqual(['A note']);
    stop();
  });

  it('lets a viewer or commenter read the team\'s statuses but not change them; their imports stay in the tab', () => {
    for (const role of ['viewer', 'commenter'] as const) {
      const doc = new Y.Doc();
      putProposals(doc, [{ ...proposals[0], status: 'rejected' }], 'Ana');
      const store = storeOn(doc, role, 'Vic');
      store.loaded(samples);
      const snapshot = store.getSnapshot();
      expect(snapshot.canSetStatus).toBe(false);
      expect(statusOf(snapshot, snapshot.proposals[0].proposal)).toBe('rejected');
      expect(() => store.setStatus('EUR/44A1/1', 'adopted')).toThrow(`only editors`);
      store.add([{ ...samples[1], proposal: { ...proposals[1], id: 'VIC/1/1' } }]);
      expect(readProposalRecords(doc).records.map((record) => record.proposal.id)).toEqual(['EUR/44A1/1']);
      const local = store.getSnapshot().proposals.find((entry) => entry.proposal.id === 'VIC/1/1');
      expect(local?.notes[0]).toMatch(/this tab only/);
    }
  });

  it('refuses changes while the server refuses this token, and reports unreadable proposals', () => {
    const doc = new Y.Doc();
    const store = createWorkspaceProposalStore({ doc, writeRefusal: () => 'refused' }, { by: 'Ana', role: 'editor' });
    store.loaded(samples);
    expect(() => store.setStatus('EUR/44A1/1', 'adopted')).toThrow('does not accept changes');
    putProposals(doc, [proposals[0]], 'Ana');
    expect(setProposalStatus(doc, 'EUR/44A1/1', 'adopted', 'Ana')).toBe(true);
    doc.getMap('proposals').set('BAD/1/1', 'not a proposal');
    const stop = store.subscribe(() => {});
    expect(store.getSnapshot().error).toMatch(/BAD\/1\/1/);
    expect(store.getSnapshot().proposals).toHaveLength(3);
    stop();
  });
});
