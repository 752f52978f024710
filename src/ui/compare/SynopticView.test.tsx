import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import type { Annotation } from '../../core/model/index.ts';
import { indexClauses } from './clauseIndex.ts';
import { SynopticView } from './SynopticView.tsx';
import type { ComparedProposal, SynopticOptions } from './SynopticView.tsx';
import { sampleAnnotation } from './testing/sampleAnnotations.ts';
import { sampleComparison } from './testing/sampleComparison.ts';

let options: SynopticOptions = { hidden: [], collapse: true, compact: false };

function render(annotations: Annotation[] = []): string {
  const { base, proposals, diffs } = sampleComparison();
  const compared: ComparedProposal[] = proposals.map((proposal, i) => ({
    proposal,
    diff: diffs[i],
    index: indexClauses(proposal.document),
    status: proposal.status,
  }));
  return renderToStaticMarkup(
    <SynopticView base={base} baseIndex={indexClauses(base)} compared={compared} options={options} onToggleProposal={() => {}} onOptions={() => {}} annotations={annotations} />,
  );
}

/** The markup of the table row whose first cell cites `citation`. */
function row(html: string, citation: string): string {
  const at = html.indexOf(`<span class="syn-citation">${citation}</span>`);
  expect(at, `no row for ${citation}`).toBeGreaterThan(-1);
  return html.slice(html.lastIndexOf('<tr', at), html.indexOf('</tr>', at));
}

afterEach(() => {
  options = { hidden: [], collapse: true, compact: false };
});

describe('SynopticView', () => {
  it('heads a column per proposal with its proposer, ID and status', () => {
    const html = render();
    const heads = [...html.matchAll(/<th scope="col" class="syn-prop" data-proposal="([^"]+)"><span class="syn-proposer">([^<]+)<\/span>/g)];
    expect(heads.map((m) => [m[1], m[2]])).toEqual([
      ['EUR/44A1/1', 'EUR (CEPT)'],
      ['ARB/21A2/1', 'ARB (Arab States)'],
      ['B/CAN/USA/16/1', 'B/CAN/USA'],
    ]);
    expect(html).toContain('<span class="status-chip status-chip--under-discussion">Under discussion</span>');
  });

  it('shows each proposal’s operation and revision marks in its column, and marks the conflict', () => {
    const html = render();
    const resolves1 = row(html, 'resolves 1');
    expect([...resolves1.matchAll(/data-op="([A-Z]+)"/g)].map((m) => m[1])).toEqual(['MOD', 'SUP', 'MOD']);
    expect(resolves1).toContain('<ins>and label </ins>');
    expect(resolves1).toContain('class="conflict-marker"');
    expect(resolves1).toContain('is-conflict');
    expect(html).toMatch(/class="button conflict-count"[^>]*>.*1 conflict<\/button>/);
  });

  it('shows a moved clause as moved, with its old and new label, and text as text', () => {
    const html = render();
    const considering = row(html, 'considering b)');
    expect(considering).toContain('data-op="MOVE"');
    expect(considering).toContain('b) → c)');
    expect(considering).toContain('<del>&lt;script&gt;alert(1)&lt;/script&gt; </del>');
    expect(html).not.toContain('<script>');
  });

  it('gives an added clause its own row, in the column of the proposal that adds it', () => {
    const html = render();
    const added = row(html, 'new considering c)');
    expect(added).toContain('syn-row--added');
    expect(added).toContain('not in the base');
    expect([...added.matchAll(/<td class="syn-cell ([^"]+)"/g)].map((m) => m[1])).toEqual(['syn-cell--add', 'syn-cell--none', 'syn-cell--none']);
  });

  it('folds unchanged clauses, and shows them all when not folding', () => {
    const folded = render();
    expect(folded).toContain('Show 2 unchanged clauses');
    expect(folded).not.toContain('<span class="syn-citation">resolves 2 i)</span>');
    options = { ...options, collapse: false };
    const open = render();
    expect(open).toContain('<span class="syn-citation">resolves 2 i)</span>');
    expect(open).not.toContain('Show 2 unchanged');
  });

  it('shows only the ticked proposals, and no conflict without the one that deletes', () => {
    options = { ...options, hidden: ['ARB/21A2/1'] };
    const html = render();
    expect(html).not.toContain('data-proposal="ARB/21A2/1"');
    expect(html).toMatch(/<input type="checkbox"\/><span class="proposal-choice-name">ARB \(Arab States\)/);
    expect(html).not.toContain('class="conflict-marker"');
    expect(row(html, 'resolves 1')).toContain('same change');
  });

  it('in compact mode shows only the changed words', () => {
    options = { ...options, compact: true };
    const html = render();
    expect(html).toContain('synoptic--compact');
    const resolves1 = row(html, 'resolves 1');
    expect(resolves1).toContain('<span class="syn-edit"><ins>and label</ins></span>');
    expect(resolves1).not.toContain('every shelf, bearing in mind</span>');
  });
});

describe('SynopticView with the workspace’s annotations', () => {
  const annotations = [
    sampleAnnotation('a', 'res900/resolves/1', ['cybersecurity'], { severity: 'critical' }),
    sampleAnnotation('b', 'res900/considering/b', ['privacy-surveillance'], { words: 'untidy shelves' }),
    sampleAnnotation('c', 'res900/resolves/2/i', ['cybersecurity']),
    { ...sampleAnnotation('d', 'res900/resolves/1', ['cybersecurity']), target: { clause: 'res197/resolves/1' } },
  ];
  const flags = (html: string): Array<[string, string]> =>
    [...html.matchAll(/<th scope="col" class="syn-prop" data-proposal="([^"]+)">(.*?)<\/th>/g)].map((m) => [m[1], /<span class="risk-flag">.*?<\/span>([^<]*)<\/span>/.exec(m[2])?.[1] ?? '']);

  it('flags each proposal that changes clauses tagged as risks, per category', () => {
    expect(flags(render(annotations))).toEqual([
      ['EUR/44A1/1', 'touches 1 clause tagged cybersecurity'],
      ['ARB/21A2/1', 'touches 1 clause tagged cybersecurity and 1 tagged privacy &amp; surveillance'],
      ['B/CAN/USA/16/1', 'touches 1 clause tagged cybersecurity'],
    ]);
    expect(render()).not.toContain('risk-flag');
  });

  it('marks an annotated row, with where each annotation stands in the proposals that change the clause', () => {
    const resolves1 = row(render(annotations), 'resolves 1');
    expect(resolves1).toContain('<details class="ann-marker ann-marker--critical">');
    expect(resolves1).toContain('aria-label="1 annotation on resolves 1: Cybersecurity"');
    expect(resolves1).toContain('<span class="ann-state ann-state--exact">exact</span>');
    const inProposals = resolves1.slice(resolves1.indexOf('ann-marker-proposals'));
    expect([...inProposals.matchAll(/<span class="ann-marker-proposal">([^<]+)<\/span> <span class="ann-state [^"]+">([^<]+)/g)].map((m) => [m[1], m[2]])).toEqual([
      ['EUR/44A1/1', 'fuzzy — the clause text changed'],
      ['ARB/21A2/1', 'clause deleted by this proposal'],
      ['B/CAN/USA/16/1', 'fuzzy — the clause text changed'],
    ]);
    const considering = row(render(annotations), 'considering b)');
    expect(considering).toContain('Privacy &amp; surveillance');
    expect(considering).toMatch(/ARB\/21A2\/1<\/span> <span class="ann-state ann-state--moved">moved — was considering b\)/);
  });

  it('counts the annotated rows of a fold', () => {
    expect(render(annotations)).toMatch(/Show 2 unchanged clauses<span class="unchanged-range">[^<]*<\/span><span class="unchanged-annotated"> · 1 annotated<\/span>/);
  });
});
