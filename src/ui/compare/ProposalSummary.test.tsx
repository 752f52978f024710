import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Proposal } from '../../core/model/index.ts';
import { indexClauses } from './clauseIndex.ts';
import { ProposalSummary } from './ProposalSummary.tsx';
import { sampleComparison } from './testing/sampleComparison.ts';

function render(which: number, change: Partial<Proposal> = {}): string {
  const { base, proposals, diffs } = sampleComparison();
  const proposal = { ...proposals[which], ...change };
  return renderToStaticMarkup(
    <ProposalSummary
      base={base}
      proposal={proposal}
      diff={diffs[which]}
      baseIndex={indexClauses(base)}
      proposalIndex={indexClauses(proposal.document)}
      status="adopted-as-modified"
      onStatus={() => {}}
      onOpenChange={() => {}}
    />,
  );
}

describe('ProposalSummary', () => {
  it('names the proposer, source document and base text', () => {
    const html = render(0);
    expect(html).toContain('<dt>Proposer</dt><dd>EUR (CEPT)</dd>');
    expect(html).toContain('<dt>Source document</dt><dd>Addendum 1 to Document 44A1');
    expect(html).toContain('<a href="#res900">Resolution 900</a> (Rev. Dubai, 2018)');
  });

  it('counts clauses by operation', () => {
    const html = render(1);
    const counts = Object.fromEntries([...html.matchAll(/<td data-op="([A-Z]+)">(\d+)<\/td>/g)].map((m) => [m[1], Number(m[2])]));
    expect(counts).toEqual({ MOD: 0, ADD: 1, SUP: 1, MOVE: 2, NOC: 4 });
  });

  it('lists the clauses touched, with what became of them', () => {
    const html = render(0);
    expect(html).toContain('Clauses touched <span class="summary-count">2</span>');
    expect(html).toMatch(/data-op="MOD"[^]*?resolves 1<\/a><span class="touched-words"> — 2 words inserted<\/span>/);
  });

  it('gives the reasons per operation, and names what each targets', () => {
    const html = render(0);
    expect(html).toContain('<span class="operation-ref">EUR/44A1/2</span><span class="operation-target"> · resolves 1</span>');
    expect(html).toContain('Reasons: Labelling belongs with sorting.');
    // A clause only the proposal has is named as the proposal cites it.
    expect(html).toContain('<span class="operation-ref">EUR/44A1/1</span><span class="operation-target"> · considering c)</span>');
    // Not repeated as a whole when each operation gives its own.
    expect(html).not.toContain('class="summary-reasons"');
  });

  it('gives the reasons of the proposal as a whole, or says there are none', () => {
    expect(render(0, { operations: [] })).toContain('<p class="summary-reasons">Labels make shelves easier to use.</p>');
    expect(render(1)).toContain('No reasons given.');
    expect(render(2, { provenance: 'computed' })).toContain('No reasons given: this proposal came as a revised text');
  });

  it('offers every outcome in the status menu, with the current one selected', () => {
    const html = render(1);
    const options = [...html.matchAll(/<option value="([^"]+)"( selected="")?>([^<]+)<\/option>/g)];
    expect(options.map((m) => m[1])).toEqual([
      'submitted',
      'under-discussion',
      'adopted',
      'adopted-as-modified',
      'merged',
      'rejected',
      'withdrawn',
      'no-consensus',
    ]);
    expect(options.filter((m) => m[2]).map((m) => m[3])).toEqual(['Adopted as modified']);
  });
});
