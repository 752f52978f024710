import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { PROPOSAL_FIELDS, proposalFromYjs, proposalToYjs, putProposals, readProposals, setProposalStatus } from './proposals.ts';
import { workspaceRoots } from './schema.ts';
import { syncAll } from './testing/linkDocs.ts';
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
