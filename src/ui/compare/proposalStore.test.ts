import { describe, expect, it } from 'vitest';
import { createProposalStore, proposalsFor, statusOf } from './proposalStore.ts';
import { sampleComparison } from './testing/sampleComparison.ts';

describe('proposal store', () => {
  const { proposals, diffs } = sampleComparison();
  const entries = proposals.map((proposal, i) => ({ proposal, diff: diffs[i], notes: [] }));

  it('loads the samples, lists them by base and keeps imported ones over samples', () => {
    const store = createProposalStore();
    const imported = { ...entries[0], proposal: { ...proposals[0], reasons: 'Imported copy' } };
    store.add([imported]);
    store.loaded(entries);
    const snapshot = store.getSnapshot();
    expect(snapshot.status).toBe('ready');
    expect(proposalsFor(snapshot, 'res900').map(({ proposal }) => [proposal.id, proposal.reasons])).toEqual([
      ['EUR/44A1/1', 'Imported copy'],
      ['ARB/21A2/1', ''],
      ['B/CAN/USA/16/1', ''],
    ]);
    expect(proposalsFor(snapshot, 'res130')).toEqual([]);
    expect([...snapshot.importedIds]).toEqual(['EUR/44A1/1']);
  });

  it("keeps the analyst's status apart from the proposal, and drops it for a newer copy", () => {
    const store = createProposalStore();
    store.loaded(entries);
    let calls = 0;
    store.subscribe(() => calls++);
    store.setStatus('ARB/21A2/1', 'adopted-as-modified');
    store.setStatus('ARB/21A2/1', 'adopted-as-modified');
    expect(calls).toBe(1);
    expect(statusOf(store.getSnapshot(), proposals[1])).toBe('adopted-as-modified');
    expect(statusOf(store.getSnapshot(), proposals[2])).toBe('under-discussion');
    expect(store.add([entries[1]])).toEqual({ added: [], replaced: ['ARB/21A2/1'] });
    expect(statusOf(store.getSnapshot(), proposals[1])).toBe('submitted');
  });

  it('refuses a status for a proposal it does not hold', () => {
    const store = createProposalStore();
    expect(() => store.setStatus('XYZ/1/1', 'adopted')).toThrow('XYZ/1/1');
  });

  it('says why the samples could not be loaded', () => {
    const store = createProposalStore();
    store.failed('The server could not send the sample proposals (HTTP 500).');
    expect(store.getSnapshot()).toMatchObject({ status: 'error', error: 'The server could not send the sample proposals (HTTP 500).' });
  });
});
