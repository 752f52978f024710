import { describe, expect, it } from 'vitest';
import { mergeSharedProposals, sampleDiffFor } from './sharedProposals.ts';
import type { StoredProposal } from './proposalStore.ts';
import { sampleComparison } from './testing/sampleComparison.ts';

describe('proposals merged for a workspace', () => {
  const { proposals, diffs } = sampleComparison();
  const samples: StoredProposal[] = proposals.map((proposal, i) => ({ proposal, diff: diffs[i], notes: [] }));
  const [eur, arb, usa] = samples;

  it('let the workspace copy win by ID in the sample\'s place, add new ones after, and carry the team\'s statuses', () => {
    const teamEur = { ...eur, proposal: { ...eur.proposal, reasons: 'Team copy' }, diff: null };
    const added = { ...usa, proposal: { ...usa.proposal, id: 'AFR/1/1' } };
    const merged = mergeSharedProposals(samples, [
      { stored: added, status: 'rejected', statusBy: null, statusAt: null },
      { stored: teamEur, status: 'adopted-as-modified', statusBy: 'Ana', statusAt: '2026-11-29T10:00:00.000Z' },
    ]);
    expect(merged.proposals.map((entry) => entry.proposal.id)).toEqual(['EUR/44A1/1', 'ARB/21A2/1', 'B/CAN/USA/16/1', 'AFR/1/1']);
    expect(merged.proposals[0]).toBe(teamEur);
    expect(merged.proposals[1]).toBe(arb);
    expect([...merged.statuses]).toEqual([
      ['AFR/1/1', 'rejected'],
      ['EUR/44A1/1', 'adopted-as-modified'],
    ]);
    expect([...merged.statusNotes]).toEqual([['EUR/44A1/1', { by: 'Ana', at: '2026-11-29T10:00:00.000Z' }]]);
    expect([...merged.importedIds]).toEqual(['AFR/1/1']);
  });

  it('put a proposal imported in this tab only over the workspace\'s, with its own status', () => {
    const mine = { ...arb, proposal: { ...arb.proposal, reasons: 'Mine', status: 'withdrawn' as const } };
    const merged = mergeSharedProposals(samples, [{ stored: arb, status: 'adopted', statusBy: 'Ben', statusAt: null }], [mine]);
    expect(merged.proposals[1]).toBe(mine);
    expect(merged.statuses.has('ARB/21A2/1')).toBe(false);
    expect(merged.statusNotes.size).toBe(0);
  });

  it('with no workspace proposals, are the samples as they are', () => {
    const merged = mergeSharedProposals(samples, []);
    expect(merged.proposals).toEqual(samples);
    expect(merged.statuses.size).toBe(0);
  });

  it('borrow a sample\'s exact diff only for the very same text, whatever its status', () => {
    const same: StoredProposal = { proposal: { ...eur.proposal, status: 'rejected' }, diff: null, notes: [] };
    expect(sampleDiffFor(same, samples)).toBe(eur.diff);
    const edited: StoredProposal = { proposal: { ...eur.proposal, reasons: 'Changed' }, diff: null, notes: [] };
    expect(sampleDiffFor(edited, samples)).toBeNull();
    const unknown: StoredProposal = { proposal: { ...eur.proposal, id: 'X/1/1' }, diff: null, notes: [] };
    expect(sampleDiffFor(unknown, samples)).toBeNull();
  });
});
