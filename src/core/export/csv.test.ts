import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CSV_BOM, CSV_COLUMNS, toCsv } from './csv.ts';
import type { RiskSummary, SummaryEntry } from './types.ts';

/** A hand-made entry: only what the CSV reads. */
function sampleEntry(overrides: Partial<SummaryEntry> = {}): SummaryEntry {
  return {
    id: 'a-1',
    kind: 'risk',
    categories: ['cybersecurity', 'ott'],
    sdgTargets: ['9.c'],
    planTargets: [],
    severity: 'high',
    status: 'in-review',
    assignee: null,
    author: 'amina',
    created: '2026-11-02T09:00:00Z',
    modified: '2026-11-03T09:00:00Z',
    note: 'Plain note.',
    thread: { replies: 1, participants: ['amina', 'jonas'], latest: { author: 'jonas', text: 'Agreed.', created: '2026-11-03T09:00:00Z' } },
    document: { id: 'res130', name: 'Resolution 130 (Rev. Dubai, 2018)', revision: 'Rev. Dubai, 2018' },
    clause: 'res130/resolves/4',
    label: '4',
    citation: 'resolves 4',
    baseText: 'to support the establishment of national CIRTs',
    quote: 'national CIRTs',
    anchor: { state: 'exact', reason: 'unchanged' },
    effects: [
      { proposal: 'EUR/44A7/1', proposer: 'EUR', proposers: ['EUR'], status: 'submitted', op: 'MOD', to: null, toLabel: null, altersText: true, hunks: [{ type: 'equal', text: 'to support the ' }, { type: 'delete', text: 'establishment' }, { type: 'insert', text: 'creation' }, { type: 'equal', text: ' of national CIRTs' }] },
      { proposal: 'ARB/21A15/1', proposer: 'ARB', proposers: ['ARB'], status: 'submitted', op: 'SUP', to: null, toLabel: null, altersText: true, hunks: [{ type: 'delete', text: 'to support the establishment of national CIRTs' }] },
    ],
    proposers: ['ARB', 'EUR'],
    ...overrides,
  };
}

const summaryOf = (entries: SummaryEntry[]): RiskSummary => ({
  workspace: 'test',
  generated: null,
  filters: {},
  totals: { annotations: entries.length, byKind: { risk: 0, opportunity: 0, note: 0 }, bySeverity: { low: 0, medium: 0, high: 0, critical: 0, unrated: 0 }, byStatus: { open: 0, 'in-review': 0, agreed: 0, resolved: 0 }, byAnchor: { exact: 0, moved: 0, fuzzy: 0, orphaned: 0 } },
  risks: [],
  opportunities: [],
  notes: [],
  matrix: { proposers: [], rows: [] },
  entries,
});

const rows = (csv: string): string[][] => parse(csv.slice(CSV_BOM.length), { relax_column_count: false });

describe('toCsv', () => {
  it('writes the BOM, the fixed header and one row per entry with CRLF line ends', () => {
    const csv = toCsv(summaryOf([sampleEntry(), sampleEntry({ id: 'a-2', severity: null, quote: null, thread: { replies: 0, participants: ['amina'], latest: null }, effects: [], proposers: [] })]));
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(csv.slice(1).split('\r\n')[0]).toBe(CSV_COLUMNS.map(([h]) => h).join(','));
    expect(csv.endsWith('\r\n')).toBe(true);
    const [header, first, second] = rows(csv);
    const row = (r: string[]): Record<string, string> => Object.fromEntries(header.map((h, i) => [h, r[i]]));
    expect(row(first)).toMatchObject({ id: 'a-1', categories: 'cybersecurity; ott', 'SDG targets': '9.c', severity: 'high', status: 'in-review', quote: 'national CIRTs', replies: '1', 'latest reply': 'jonas (2026-11-03T09:00:00Z): Agreed.', proposals: 'EUR/44A7/1 MOD; ARB/21A15/1 SUP', proposers: 'ARB; EUR' });
    expect(row(second)).toMatchObject({ id: 'a-2', severity: '', quote: '', replies: '0', 'latest reply': '', proposals: '' });
  });

  it('quotes commas, quotes and line breaks so they survive a real CSV parser', () => {
    const note = 'First, "quoted" words;\nsecond line\r\nthird\rfourth';
    const csv = toCsv(summaryOf([sampleEntry({ note })]));
    expect(csv).toContain('"First, ""quoted"" words;\nsecond line\r\nthird\rfourth"');
    expect(rows(csv)[1][CSV_COLUMNS.findIndex(([h]) => h === 'note')]).toBe(note);
  });

  it('neutralises formulas: a cell starting with = + - @ tab or CR gets an apostrophe', () => {
    const notes = ['=HYPERLINK("http://x","y")', '+1', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd', 'safe = fine'];
    const csv = toCsv(summaryOf(notes.map((note, i) => sampleEntry({ id: `n${i}`, note }))));
    const at = CSV_COLUMNS.findIndex(([h]) => h === 'note');
    expect(rows(csv).slice(1).map((r) => r[at])).toEqual([...notes.slice(0, 6).map((n) => `'${n}`), 'safe = fine']);
  });

  it('writes the header alone for an empty summary', () => {
    expect(rows(toCsv(summaryOf([])))).toEqual([CSV_COLUMNS.map(([h]) => h)]);
  });
});
