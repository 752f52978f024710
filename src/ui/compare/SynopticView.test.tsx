import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { indexClauses } from './clauseIndex.ts';
import { SynopticView } from './SynopticView.tsx';
import type { ComparedProposal, SynopticOptions } from './SynopticView.tsx';
import { sampleComparison } from './testing/sampleComparison.ts';

let options: SynopticOptions = { hidden: [], collapse: true, compact: false };

function render(): string {
  const { base, proposals, diffs } = sampleComparison();
  const compared: ComparedProposal[] = proposals.map((proposal, i) => ({
    proposal,
    diff: diffs[i],
    index: indexClauses(proposal.document),
    status: proposal.status,
  }));
  return renderToStaticMarkup(
    <SynopticView base={base} baseIndex={indexClauses(base)} compared={compared} options={options} onToggleProposal={() => {}} onOptions={() => {}} />,
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
