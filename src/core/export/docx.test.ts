import { unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { SaxesParser } from 'saxes';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { toDocx } from './docx.ts';
import type { RiskSummary, SummaryEntry } from './types.ts';

const entry: SummaryEntry = {
  id: 'a-1',
  kind: 'risk',
  categories: ['cybersecurity'],
  sdgTargets: [],
  planTargets: [],
  severity: 'critical',
  status: 'open',
  assignee: 'jonas',
  author: 'amina',
  created: '2026-11-02T09:00:00Z',
  modified: '2026-11-02T09:00:00Z',
  note: 'Line one with <b>not bold</b> & **stars**\n\nLine \u0007two',
  thread: { replies: 0, participants: ['amina'], latest: null },
  document: { id: 'res130', name: 'Resolution 130', revision: 'Rev. Dubai, 2018' },
  clause: 'res130/resolves/4',
  label: '4',
  citation: 'resolves 4',
  baseText: 'to support national teams',
  quote: 'national teams',
  anchor: { state: 'moved', reason: 'was resolves 3' },
  effects: [{ proposal: 'EUR/1', proposer: 'EUR', proposers: ['EUR'], status: 'submitted', op: 'MOD', to: null, toLabel: null, altersText: true, hunks: [{ type: 'equal', text: 'to support ' }, { type: 'delete', text: 'national' }, { type: 'equal', text: ' ' }, { type: 'insert', text: 'regional' }, { type: 'equal', text: ' teams' }] }],
  proposers: ['EUR'],
};

const summary = (generated: string | null): RiskSummary => ({
  workspace: 'unit',
  generated,
  filters: { severities: ['critical'] },
  totals: { annotations: 1, byKind: { risk: 1, opportunity: 0, note: 0 }, bySeverity: { low: 0, medium: 0, high: 0, critical: 1, unrated: 0 }, byStatus: { open: 1, 'in-review': 0, agreed: 0, resolved: 0 }, byAnchor: { exact: 0, moved: 1, fuzzy: 0, orphaned: 0 } },
  risks: [{ category: 'cybersecurity', name: 'Cybersecurity', highestSeverity: 'critical', documents: [{ document: entry.document, entries: [entry] }] }],
  opportunities: [],
  notes: [],
  matrix: { proposers: ['EUR'], rows: [{ document: entry.document, cells: { EUR: { ops: { MOD: 1 }, highestSeverity: 'critical', proposals: ['EUR/1'] } } }] },
  entries: [entry],
});

const html = async (bytes: Uint8Array): Promise<string> => (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { styleMap: ['u => u', "p[style-name='Title'] => h1.title:fresh"] })).value;

describe('toDocx', () => {
  it('writes a brief Word opens: title, filters, category, redline, note as literal text, matrix', async () => {
    const out = await html(await toDocx(summary('2026-11-28T10:00:00Z')));
    expect(out).toContain('<h1 class="title">Risk summary: unit</h1>');
    expect(out).toContain('Annotations: </strong>1: 1 risk, 0 opportunities, 0 notes');
    expect(out).toContain('Generated: </strong>2026-11-28T10:00:00Z');
    expect(out).toContain('Filters: </strong>Severities: critical');
    expect(out).toContain('<h1>Cybersecurity (highest severity: Critical)</h1>');
    expect(out).toContain('to support <s>national</s> <u>regional</u> teams');
    expect(out).toContain('Line one with &lt;b&gt;not bold&lt;/b&gt; &amp; **stars**');
    expect(out).toContain('Line two');
    expect(out).toContain('Anchoring: </strong>moved (was resolves 3)');
    expect(out).toContain('<h3>resolves 4 (res130/resolves/4)</h3>');
    expect(out).toContain('<td><p>MOD 1 · Critical</p></td>');
  });

  it('writes well-formed XML even from notes with characters XML forbids', async () => {
    const hostile = { ...entry, note: 'bell \u0007, lone \uD800 surrogate, ]]> & <w:p> "quotes"', quote: 'a\u0000b' };
    const zip = unzipSync(await toDocx({ ...summary(null), entries: [hostile], risks: [{ ...summary(null).risks[0], documents: [{ document: entry.document, entries: [hostile] }] }] }));
    const xml = new TextDecoder().decode(zip['word/document.xml']);
    const parser = new SaxesParser();
    const text: string[] = [];
    parser.on('text', (t) => text.push(t));
    expect(() => parser.write(xml).close()).not.toThrow();
    expect(text.join('')).toContain('bell , lone  surrogate, ]]> & <w:p> "quotes"');
    expect(new TextDecoder().decode(zip['[Content_Types].xml'])).toContain('/word/document.xml');
  });

  afterEach(() => void vi.useRealTimers());

  it('gives the same bytes for the same summary whatever the clock says, dated from the summary', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2031-03-04T05:06:07Z'));
    const a = await toDocx(summary(null));
    vi.setSystemTime(new Date('2042-08-09T10:11:13Z'));
    const b = await toDocx(summary(null));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const core = new TextDecoder().decode(unzipSync(a)['docProps/core.xml']);
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">1980-01-01T00:00:00Z</dcterms:created>');
    const dated = new TextDecoder().decode(unzipSync(await toDocx(summary('2026-11-28T10:00:00Z')))['docProps/core.xml']);
    expect(dated).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2026-11-28T10:00:00Z</dcterms:modified>');
  });
});
