import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../common/index.ts';
import { sampleResolution } from '../testing/sampleDocument.ts';
import { DocumentView, targetIds } from './DocumentView.tsx';

function render(targetId: string | null = null, query = ''): HTMLString {
  return new HTMLString(renderToStaticMarkup(<DocumentView doc={sampleResolution()} targetId={targetId} matcher={createMatcher(query)} />));
}

/** Rendered markup with small helpers for asserting on it. */
class HTMLString {
  constructor(readonly html: string) {}
  /** The opening tag of the element with this id. */
  tagOf(id: string): string {
    const at = this.html.indexOf(`id="${id}"`);
    expect(at, `no element with id ${id}`).toBeGreaterThan(-1);
    return this.html.slice(this.html.lastIndexOf('<', at), this.html.indexOf('>', at) + 1);
  }
}

describe('DocumentView', () => {
  it('typesets the title line, subject, formula and italic headings', () => {
    const { html } = render();
    expect(html).toContain('<h2 class="doc-title-line" id="res900/title">RESOLUTION 900 (REV. DUBAI, 2018)</h2>');
    expect(html).toContain('<p class="doc-subject">Keeping sample libraries tidy</p>');
    expect(html).toContain('<p class="doc-formula">The Plenipotentiary Conference');
    expect(html).toContain('<h3 class="section-heading">considering</h3>');
    expect(html).toContain('<h3 class="section-heading">resolves</h3>');
  });

  it('puts each label in its own column and nests sub-items inside their parent', () => {
    const { html } = render();
    expect(html).toMatch(/id="res900\/resolves\/2"[^>]*>.*?<span class="clause-label">2<\/span>/);
    const parent = html.indexOf('id="res900/resolves/2"');
    const child = html.indexOf('id="res900/resolves/2/ii"');
    const childrenBox = html.indexOf('class="clause-children"', parent);
    expect(childrenBox).toBeGreaterThan(parent);
    expect(child).toBeGreaterThan(childrenBox);
    expect(html).toMatch(/<span class="clause-label">ii\)<\/span>/);
  });

  it('links footnote markers and cross-references to their targets', () => {
    const { html } = render();
    expect(html).toContain('developing countries<sup class="note-marker"><a href="#res900/fn/1" aria-label="footnote 1">1</a></sup> find texts');
    expect(html).toMatch(/<a class="xref" href="#res900\/considering\/b"><span>considering b\) above<\/span><\/a>/);
    expect(html).toMatch(/id="res900\/fn\/1"[^>]*>.*Including the least tidy ones\..*href="#res900\/considering\/a"/);
  });

  it('shows HTML found in a text as text', () => {
    const { html } = render();
    expect(html).toContain('untidy shelves &lt;script&gt;alert(1)&lt;/script&gt; waste time');
    expect(html).not.toContain('<script>');
  });

  it('shows the annex heading and title, and flags text it could not place', () => {
    const { html } = render();
    expect(html).toContain('<h3 class="annex-heading">ANNEX TO RESOLUTION 900 (REV. DUBAI, 2018)</h3>');
    expect(html).toContain('<p class="annex-title">Shelf plan</p>');
    expect(html).toContain('Clausewatch could not place this text: page header');
    expect(html).toContain('<p class="unparsed-text">Page 3 of 7</p>');
    expect(html).toContain('>1 passage could not be placed in the structure</a>');
  });

  it('highlights the target clause and only that one', () => {
    const view = render('res900/resolves/2/i');
    expect(view.tagOf('res900/resolves/2/i')).toContain('class="clause is-target"');
    expect(view.tagOf('res900/resolves/2/i')).toContain('aria-current="location"');
    expect(view.html.match(/is-target/g)).toHaveLength(1);
  });

  it('marks search hits in headings, clauses and footnotes', () => {
    const { html } = render(null, 'TIDY');
    expect(html).toContain('<mark>tidy</mark> libraries');
    expect(html).toContain('least <mark>tidy</mark> ones');
    expect(html).toContain('Keeping sample libraries <mark>tidy</mark>');
  });

  it('names every clause for screen readers by heading and label', () => {
    const view = render();
    expect(view.tagOf('res900/resolves/2/ii')).toContain('aria-label="resolves 2 ii)"');
    expect(view.html).toContain('aria-label="Copy link to considering a)"');
  });
});

describe('targetIds', () => {
  it('knows every section, clause, footnote and flagged block', () => {
    const ids = targetIds(sampleResolution());
    for (const id of ['res900', 'res900/considering', 'res900/resolves/2/ii', 'res900/annex/p1', 'res900/fn/1', 'res900/unparsed/1']) {
      expect(ids.has(id), id).toBe(true);
    }
    expect(ids.has('res900/resolves/9')).toBe(false);
  });
});
