import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../core/model/index.ts';
import { ProposalProvider } from './ProposalContext.tsx';
import { ProposalFlags } from './ProposalFlags.tsx';
import { createProposalStore } from './proposalStore.ts';
import { sampleAnnotation } from './testing/sampleAnnotations.ts';
import { sampleComparison } from './testing/sampleComparison.ts';

function render(annotations: Annotation[]): string {
  const { base, proposals, diffs } = sampleComparison();
  const store = createProposalStore();
  store.loaded(proposals.map((proposal, i) => ({ proposal, diff: diffs[i], notes: [] })));
  return renderToStaticMarkup(
    <ProposalProvider store={store}>
      <ProposalFlags doc={base} annotations={annotations} />
    </ProposalProvider>,
  );
}

describe('ProposalFlags', () => {
  it('lists each proposal that changes clauses tagged as risks, linking to its redline', () => {
    const html = render([
      sampleAnnotation('a', 'res900/resolves/1', ['cybersecurity']),
      sampleAnnotation('b', 'res900/resolves/2/ii', ['cybersecurity', 'ott']),
    ]);
    const items = [...html.matchAll(/<a class="doc-flag" href="([^"]+)">.*?<span class="doc-flag-id">([^<]+)<\/span> ([^<]+)<\/a>/g)].map((m) => [m[1], m[2], m[3]]);
    expect(items).toEqual([
      ['#compare/res900/redline/EUR%2F44A1%2F1', 'EUR/44A1/1', 'touches 1 clause tagged cybersecurity'],
      ['#compare/res900/redline/ARB%2F21A2%2F1', 'ARB/21A2/1', 'touches 1 clause tagged cybersecurity'],
      ['#compare/res900/redline/B%2FCAN%2FUSA%2F16%2F1', 'B/CAN/USA/16/1', 'touches 2 clauses tagged cybersecurity and 1 tagged OTT services'],
    ]);
  });

  it('shows nothing without annotations, or when no proposal touches a tagged clause', () => {
    expect(render([])).toBe('');
    expect(render([sampleAnnotation('a', 'res900/annex/p1', ['cybersecurity'])])).toBe('');
  });
});
