import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSummary } from '../../core/export/index.ts';
import type { SummaryInput } from '../../core/export/index.ts';
import { loadFixtureWorkspace } from '../../../tests/support/fixtureWorkspace.ts';
import { Brief } from './Brief.tsx';
import { docxContents } from './docxContents.ts';

let input: SummaryInput;
beforeAll(async () => {
  input = await loadFixtureWorkspace();
});

const count = (html: string, needle: string): number => html.split(needle).length - 1;

describe('the printed brief', () => {
  it('has one page-breaking section per risk category, plus opportunities and notes', () => {
    const summary = buildSummary(input);
    const html = renderToStaticMarkup(<Brief summary={summary} />);
    const extra = (summary.opportunities.length > 0 ? 1 : 0) + (summary.notes.length > 0 ? 1 : 0);
    expect(count(html, 'class="brief-section brief-category"')).toBe(summary.risks.length + extra);
    for (const group of summary.risks) expect(html).toContain(`<h2>${group.name.replace(/&/g, '&amp;')}`);
    // Every risk annotation is there once per category it carries.
    const riskPairs = input.annotations.filter((a) => a.kind === 'risk').reduce((n, a) => n + a.categories.length, 0);
    const risksHtml = html.slice(0, html.includes('<h2>Opportunities') ? html.indexOf('<h2>Opportunities') : undefined);
    expect(count(risksHtml, '<article class="brief-entry">')).toBe(riskPairs);
  });

  it('shows what proposals do as revision marks: insertions underlined, deletions struck through', () => {
    const summary = buildSummary(input);
    const altered = summary.entries.some((e) => e.effects.some((x) => x.altersText && x.hunks.some((h) => h.type === 'insert')));
    expect(altered).toBe(true);
    const html = renderToStaticMarkup(<Brief summary={summary} />);
    expect(html).toContain('<ins>');
    expect(html).toContain('<del>');
  });

  it('keeps HTML in a note inert', () => {
    const [first, ...rest] = input.annotations;
    const hostile = { ...first, note: 'See <script>alert(1)</script> and <img src=x onerror=alert(2)> **now**' };
    const html = renderToStaticMarkup(<Brief summary={buildSummary({ ...input, annotations: [hostile, ...rest] })} />);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('<strong>now</strong>');
  });

  it('says when nothing matches the filters', () => {
    const html = renderToStaticMarkup(<Brief summary={buildSummary(input, { categories: ['no-such-category'] })} />);
    expect(html).toContain('No annotation matches the filters.');
  });
});

describe('what the Word brief will hold', () => {
  it('names a section per category with its count', () => {
    const summary = buildSummary(input, { categories: ['cybersecurity'] });
    const lines = docxContents(summary);
    const cyber = input.annotations.filter((a) => a.kind === 'risk' && a.categories.includes('cybersecurity')).length;
    expect(lines.some((line) => line.startsWith(`A section “Cybersecurity”: ${cyber} annotation`))).toBe(true);
    expect(lines[1]).toContain(`${summary.entries.length} annotation`);
  });
});
