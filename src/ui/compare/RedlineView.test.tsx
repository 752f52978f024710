import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import type { Annotation } from '../../core/model/index.ts';
import { indexClauses } from './clauseIndex.ts';
import { RedlineView } from './RedlineView.tsx';
import type { RedlineOptions } from './RedlineView.tsx';
import { sampleAnnotation } from './testing/sampleAnnotations.ts';
import { sampleComparison } from './testing/sampleComparison.ts';

let options: RedlineOptions = { layout: 'inline', collapse: true, focus: null };

/** The redline of sample proposal `which`; with `annotations`, the base's annotations carried into it. */
function render(which = 1, annotations?: readonly Annotation[]): string {
  const { base, proposals, diffs } = sampleComparison();
  return renderToStaticMarkup(
    <RedlineView
      proposal={proposals[which]}
      diff={diffs[which]}
      baseIndex={indexClauses(base)}
      proposalIndex={indexClauses(proposals[which].document)}
      options={options}
      onOptions={() => {}}
      onFocusChange={() => {}}
      annotated={annotations && { base, annotations }}
    />,
  );
}

/** The markup of the redline entry with this element ID. */
function entry(html: string, id: string): string {
  const at = html.indexOf(`id="${id}"`);
  expect(at, `no entry ${id}`).toBeGreaterThan(-1);
  return html.slice(html.lastIndexOf('<div', at), html.indexOf('</div></div>', at));
}

afterEach(() => {
  options = { layout: 'inline', collapse: true, focus: null };
});

describe('RedlineView', () => {
  it('marks insertions and deletions inline, and a relabelled clause as moved with its old citation', () => {
    const html = render();
    const moved = entry(html, 'redline:res900/considering/b');
    expect(moved).toContain('aria-label="considering c), moved or relabelled, was considering b), change 2 of 3"');
    expect(moved).toContain('<span class="rl-was">was considering b)</span>');
    expect(moved).toContain('<ins>waste much time,</ins><del>waste time,</del>');
    expect(moved).toContain('aria-label="Changes in considering c)"');
    expect(moved).toContain('<li>replaced <del>&lt;script&gt;alert(1)&lt;/script&gt;</del> with <ins>waste much time,</ins></li><li>deleted <del>waste time,</del></li>');
  });

  it('strikes through a deleted clause and its label', () => {
    const sup = entry(render(), 'redline:res900/resolves/1');
    expect(sup).toContain('<span class="clause-label"><del>1</del></span>');
    expect(sup).toContain('data-op="SUP"');
  });

  it('says where the changes come from', () => {
    expect(render(1)).toContain('<strong>Read from tracked changes:</strong>');
    expect(render(0)).toContain('<strong>Computed from plain text:</strong> revision marks may differ from the official ones');
  });

  it('lists every change, and counts them for next / previous', () => {
    const html = render();
    const index = html.slice(html.indexOf('<nav class="change-index"'));
    expect([...index.matchAll(/<span class="change-index-where">([^<]+)/g)].map((m) => m[1])).toEqual([
      'considering a)',
      'considering c)',
      'resolves 1',
    ]);
    expect(html).toContain('>3 changes</span>');
    expect(html).toMatch(/<button type="button" class="button" disabled="" aria-keyshortcuts="p">/);
  });

  it('shows the change in focus as current', () => {
    options = { ...options, focus: { proposalId: 'ARB/21A2/1', index: 2, seq: 1 } };
    const html = render();
    expect(html).toContain('Change 3 of 3');
    expect(entry(html, 'redline:res900/resolves/1')).toContain('is-current');
    // Focus on another proposal's change does not carry over.
    expect(render(0)).not.toContain('is-current');
  });

  it('side by side, shows the base with its deletions and the proposal with its insertions', () => {
    options = { ...options, layout: 'side-by-side' };
    const moved = entry(render(), 'redline:res900/considering/b');
    const base = moved.slice(moved.indexOf('rl-side--base'), moved.indexOf('rl-side--proposal'));
    const proposal = moved.slice(moved.indexOf('rl-side--proposal'));
    expect(base).toContain('<del>waste time,</del>');
    expect(base).not.toContain('<ins>');
    expect(proposal).toContain('<ins>waste much time,</ins>');
    expect(proposal).not.toContain('<del>');
  });

  it('folds unchanged clauses into one line per run', () => {
    const html = render();
    expect(html).toContain('Show 3 unchanged clauses<span class="unchanged-range"> (resolves 2 – resolves 2 ii))</span>');
    expect(html).toContain('Show 1 unchanged clause<span class="unchanged-range"> (considering b); 1 relabelled)</span>');
  });
});

describe('RedlineView with the base’s annotations', () => {
  const annotations = [
    sampleAnnotation('a', 'res900/considering/b', ['cybersecurity'], { words: 'untidy shelves', severity: 'high' }),
    sampleAnnotation('b', 'res900/resolves/1', ['privacy-surveillance']),
    sampleAnnotation('c', 'res900/considering/a', [], { kind: 'opportunity' }),
  ];
  const annotated = (): string => render(1, annotations);

  it('marks the proposal’s clause with the annotations of its base clause, and says where each stands', () => {
    const moved = entry(annotated(), 'redline:res900/considering/b');
    expect(moved).toContain('<details class="ann-marker ann-marker--high">');
    expect(moved).toContain('aria-label="1 annotation on considering c): Cybersecurity"');
    expect(moved).toContain('Cybersecurity · high');
    expect(moved).toContain('<q class="annotation-quote">untidy shelves</q>');
    expect(moved).toContain('<span class="ann-state ann-state--moved">moved — was considering b)</span>');
    // The note is shown as inert text.
    expect(moved).toContain('Could be read as **state control**.');
  });

  it('says an annotation on a deleted clause is on a clause deleted by this proposal', () => {
    const sup = entry(annotated(), 'redline:res900/resolves/1');
    expect(sup).toContain('<span class="ann-state ann-state--deleted">clause deleted by this proposal</span>');
  });

  it('counts the annotated clauses of a folded run, and marks them when unfolded', () => {
    expect(annotated()).toMatch(/Show 1 unchanged clause<span class="unchanged-range"> \(considering b\); 1 relabelled\)<\/span><span class="unchanged-annotated"> · 1 annotated<\/span>/);
    options = { ...options, collapse: false };
    const relabelled = entry(annotated(), 'redline:res900/considering/a');
    expect(relabelled).toContain('ann-marker--opportunity');
    expect(relabelled).toContain('moved — was considering a)');
  });

  it('shows no marker on clauses without annotations, nor outside a workspace', () => {
    expect(entry(annotated(), 'redline:add:res900/considering/a')).not.toContain('ann-marker');
    expect(render()).not.toContain('ann-marker');
  });
});
