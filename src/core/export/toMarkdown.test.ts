import { describe, expect, it } from 'vitest';
import { buildSummary } from './buildSummary.ts';
import { mdNoteBlock, mdRedline, mdText } from './markdownText.ts';
import { annotate, miniWorkspace } from './testkit/miniWorkspace.ts';
import { toMarkdown } from './toMarkdown.ts';

describe('toMarkdown', () => {
  const input = miniWorkspace();
  const md = toMarkdown(buildSummary(input));

  it('has the title, filters, totals and the four parts in order', () => {
    const order = ['# Risk summary — workspace mini', 'Filters: none', '**9 annotations**: 6 risks, 2 opportunities, 1 note.', '## Risks', '### Cybersecurity (highest severity: high)', '#### Resolution 901 (Rev. Testville, 2030)', '## Opportunities', '### SDG 9.c — ', '## Notes', '### Decision 77 (Busan, 2014)', '## Issues matrix'];
    const at = order.map((s) => md.indexOf(s));
    expect(at.every((i) => i >= 0), JSON.stringify(at)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(md.endsWith('\n') && !md.endsWith('\n\n')).toBe(true);
  });

  it('cites each clause with its ID, and gives severity, status, assignee and the redline of each proposal', () => {
    expect(md).toContain('##### resolves 2 — `res901/resolves/2`\n\n**Severity:** Critical · **Status:** In review · **Assignee:** ben · **By:** ana, 2030-01-01');
    expect(md).toContain('> to keep the monitoring of traffic under independent oversight;');
    expect(md).toContain('- **AAA/1/1** (AAA, submitted): **MOD**: to keep the monitoring of traffic under ~~independent~~<ins>national</ins> oversight;');
    expect(md).toContain('- **B/CCC/DDD/2/1** (B/CCC/DDD, adopted): **SUP**, deletes the clause: ~~to review this resolution at the next conference.~~');
    expect(md).toContain('No change proposed by AAA/1/1 (AAA).');
    expect(md).toContain('**Anchoring:** orphaned (the quoted words are no longer in considering c))');
  });

  it('writes the issues matrix as a table', () => {
    expect(md).toContain('| Text | AAA | B/CCC/DDD |\n|---|---|---|\n| Resolution 901 (Rev. Testville, 2030) | MOD 1 — **critical** | MOD 2 · SUP 1 — **critical** |');
  });

  it('prints the date and the filters when there are some', () => {
    const s = buildSummary({ ...input, generated: '2030-02-03T04:05:06Z' }, { severities: ['high'], proposers: ['AAA'] });
    const out = toMarkdown(s);
    expect(out).toContain('\nGenerated 2030-02-03.\n');
    expect(out).toContain('Filters: severities high · proposers AAA.');
    expect(out).toContain('No opportunities match.');
  });

  it('keeps HTML inert and workspace text from breaking the structure', () => {
    const doc = input.documents.find((d) => d.id === 'res901')!;
    const hostile = annotate(doc, 'res901/resolves/1', {
      assignee: 'x | y',
      note: '<script>alert(1)</script>\n# Not a heading\n---\n<img src=x onerror=alert(1)>',
      thread: [{ id: 'r', author: '<b>eve</b>', text: 'line one\n## line two <iframe>', created: '2030-01-02T00:00:00Z', modified: '2030-01-02T00:00:00Z' }],
    });
    const out = toMarkdown(buildSummary({ ...input, workspace: 'a | <b>', annotations: [hostile] }));
    expect(out).not.toMatch(/<(script|img|iframe|b)\b/);
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(out).toContain('\n\\# Not a heading\n\\---\n');
    expect(out).toContain('**Assignee:** x \\| y');
    expect(out.split('\n').filter((l) => /^#{1,6} /.test(l)).some((l) => /Not a heading|line two/.test(l))).toBe(false);
    expect(out.startsWith('# Risk summary — workspace a \\| &lt;b&gt;\n')).toBe(true);
  });

  it('escapes text, and marks insertions and deletions as the redline does', () => {
    expect(mdText('a*b_c [x](y) <i> & &amp; |')).toBe('a\\*b\\_c \\[x\\](y) &lt;i&gt; & &amp;amp; \\|');
    expect(mdRedline([{ type: 'equal', text: 'keep ' }, { type: 'delete', text: 'old ' }, { type: 'insert', text: ' new*' }])).toBe('keep ~~old~~  <ins>new\\*</ins>');
    expect(mdNoteBlock('### h\n1. item\n  ## h2')).toEqual(['\\### h', '1. item', '  \\## h2']);
  });
});
