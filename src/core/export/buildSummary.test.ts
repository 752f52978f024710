import { describe, expect, it } from 'vitest';
import { buildTaxonomy } from '../taxonomy/index.ts';
import { buildSummary } from './buildSummary.ts';
import { annotate, miniWorkspace } from './testkit/miniWorkspace.ts';
import type { RiskSummary, SummaryEntry, SummaryInput } from './types.ts';

const ids = (entries: readonly SummaryEntry[]): string[] => entries.map((e) => e.id);
const entry = (s: RiskSummary, id: string): SummaryEntry => s.entries.find((e) => e.id === id)!;

describe('buildSummary', () => {
  const input = miniWorkspace();
  const summary = buildSummary(input);

  it('lists every annotation once, in text order (library order), then reading order, then creation time and ID', () => {
    // res901 (a resolution) before dec77 (a decision); considering a) has two, the older first.
    expect(ids(summary.entries)).toEqual(['t-007', 't-006', 't-002', 't-008', 't-004', 't-009', 't-001', 't-003', 't-005']);
    expect(summary.entries[0].document).toEqual({ id: 'res901', name: 'Resolution 901 (Rev. Testville, 2030)', revision: 'Rev. Testville, 2030' });
    expect(entry(summary, 't-005').document.name).toBe('Decision 77 (Busan, 2014)');
  });

  it('groups risks by category in taxonomy order, then unknown categories by ID; an entry with two categories is in both', () => {
    expect(summary.risks.map((g) => [g.category, g.name, g.highestSeverity])).toEqual([
      ['cybersecurity', 'Cybersecurity', 'high'],
      ['privacy-surveillance', 'Privacy & surveillance', 'critical'],
      ['internet-governance', 'Internet governance', 'low'],
      ['own-topic', 'own-topic', null],
    ]);
    expect(ids(summary.risks[0].documents[0].entries)).toEqual(['t-007', 't-002', 't-008']);
    expect(ids(summary.risks[1].documents[0].entries)).toEqual(['t-002', 't-001']);
  });

  it('names a workspace category from the taxonomy', () => {
    const taxonomy = buildTaxonomy({ workspaceCategories: [{ id: 'own-topic', label: 'Our own topic', description: 'Ours.', builtIn: false }] });
    expect(taxonomy.ok).toBe(true);
    const named = buildSummary({ ...input, taxonomy: taxonomy.ok ? taxonomy.value : undefined });
    expect(named.risks.at(-1)).toMatchObject({ category: 'own-topic', name: 'Our own topic' });
  });

  it('groups opportunities by SDG target in SDG order, then plan targets; notes by text', () => {
    expect(summary.opportunities.map((g) => g.target)).toEqual(['9.c', '17.8', 'sp-2030-2033/target/1.1']);
    expect(summary.opportunities[0].name).toMatch(/^SDG 9\.c — /);
    expect(summary.opportunities[2].name).toBe('sp-2030-2033/target/1.1');
    expect(summary.notes.map((g) => [g.document.id, ids(g.entries)])).toEqual([['dec77', ['t-005']]]);
  });

  it('shows what each proposal does to the clause, in proposal ID order, skipping a proposal without its base text', () => {
    const e = entry(summary, 't-001');
    expect(e.effects.map((f) => [f.proposal, f.op, f.altersText, f.status])).toEqual([
      ['AAA/1/1', 'MOD', true, 'submitted'],
      ['B/CCC/DDD/2/1', 'MOD', true, 'adopted'],
    ]);
    expect(e.effects[0].hunks).toContainEqual({ type: 'delete', text: 'independent' });
    expect(e.proposers).toEqual(['AAA', 'B', 'CCC', 'DDD']);
    const deleted = entry(summary, 't-003');
    expect(deleted.effects.map((f) => f.op)).toEqual(['NOC', 'SUP']);
    expect(deleted.effects[0].hunks).toEqual([{ type: 'equal', text: deleted.baseText }]);
    expect(deleted.proposers).toEqual(['B', 'CCC', 'DDD']);
    expect(summary.entries.flatMap((x) => x.effects).some((f) => f.proposal === 'ZZZ/9/1')).toBe(false);
  });

  it('gives the clause, its label, citation, base text, quote and anchoring state', () => {
    expect(entry(summary, 't-001')).toMatchObject({
      clause: 'res901/resolves/2', label: '2', citation: 'resolves 2', quote: 'independent oversight',
      baseText: 'to keep the monitoring of traffic under independent oversight;', anchor: { state: 'exact', reason: 'unchanged' },
    });
    expect(entry(summary, 't-002').quote).toBeNull();
    expect(entry(summary, 't-008')).toMatchObject({ anchor: { state: 'orphaned' }, baseText: '', quote: 'sell their data to anyone', clause: 'res901/considering/c' });
  });

  it('keeps an annotation on a text missing from the library, as an orphan after the library', () => {
    const lost = { ...annotate(input.documents[1], 'res901/resolves/1'), id: 'lost', target: { clause: 'res404/resolves/1', quote: { exact: 'x', prefix: '', suffix: '' } } };
    const s = buildSummary({ ...input, annotations: [...input.annotations, lost] });
    expect(s.entries.at(-1)).toMatchObject({ id: 'lost', document: { id: 'res404', name: 'res404' }, anchor: { state: 'orphaned' }, label: '', citation: '', effects: [] });
  });

  it('summarises a thread: participants in order, the latest reply cut to 200 characters', () => {
    const long = 'word '.repeat(100);
    const doc = input.documents[1];
    const a = annotate(doc, 'res901/resolves/1', {
      author: 'ana',
      thread: [
        { id: 'r1', author: 'ben', text: 'first', created: '2030-01-02T10:00:00Z', modified: '2030-01-02T10:00:00Z' },
        { id: 'r2', author: 'ana', text: long, created: '2030-01-04T10:00:00Z', modified: '2030-01-04T10:00:00Z' },
        { id: 'r3', author: 'cy', text: 'older, written later', created: '2030-01-03T10:00:00Z', modified: '2030-01-03T10:00:00Z' },
      ],
    });
    const t = buildSummary({ ...input, annotations: [a] }).entries[0].thread;
    expect(t.replies).toBe(3);
    expect(t.participants).toEqual(['ana', 'ben', 'cy']);
    expect(t.latest?.author).toBe('ana');
    expect(t.latest?.text.length).toBeLessThanOrEqual(200);
    expect(t.latest?.text.endsWith('…')).toBe(true);
    expect(entry(summary, 't-001').thread).toEqual({ replies: 0, participants: ['ana'], latest: null });
  });

  it('counts totals by kind, severity, status and anchoring state', () => {
    expect(summary.totals).toEqual({
      annotations: 9,
      byKind: { risk: 6, opportunity: 2, note: 1 },
      bySeverity: { low: 1, medium: 2, high: 1, critical: 1, unrated: 4 },
      byStatus: { open: 6, 'in-review': 1, agreed: 1, resolved: 1 },
      byAnchor: { exact: 8, moved: 0, fuzzy: 0, orphaned: 1 },
    });
  });

  it('builds the issues matrix: rows with proposals, columns by proposer, ops without NOC, highest severity on altered clauses', () => {
    expect(summary.matrix).toEqual({
      proposers: ['AAA', 'B/CCC/DDD'],
      rows: [
        {
          document: { id: 'res901', name: 'Resolution 901 (Rev. Testville, 2030)', revision: 'Rev. Testville, 2030' },
          cells: {
            AAA: { ops: { MOD: 1 }, highestSeverity: 'critical', proposals: ['AAA/1/1'] },
            'B/CCC/DDD': { ops: { MOD: 2, SUP: 1 }, highestSeverity: 'critical', proposals: ['B/CCC/DDD/2/1'] },
          },
        },
      ],
    });
    // Without the critical risk on resolves 2, B/CCC/DDD alters considering b) (high) and resolves 3 (low).
    const s = buildSummary({ ...input, annotations: input.annotations.filter((a) => a.id !== 't-001') });
    expect(s.matrix.rows[0].cells['B/CCC/DDD'].highestSeverity).toBe('high');
    expect(s.matrix.rows[0].cells.AAA.highestSeverity).toBeNull();
  });

  it('has empty groups and no rows for an empty workspace', () => {
    const s = buildSummary({ workspace: 'empty', documents: [], proposals: [], annotations: [] });
    expect(s).toMatchObject({ risks: [], opportunities: [], notes: [], entries: [], matrix: { proposers: [], rows: [] }, generated: null, filters: {} });
  });

  it('is deterministic: twice, and from shuffled input, the same JSON', () => {
    const json = JSON.stringify(summary);
    expect(JSON.stringify(buildSummary(input))).toBe(json);
    const shuffled: SummaryInput = {
      ...input,
      documents: [...input.documents].reverse(),
      proposals: [input.proposals[2], input.proposals[0], input.proposals[1]],
      annotations: [...input.annotations].sort((a, b) => (a.id < b.id ? 1 : -1)),
    };
    expect(JSON.stringify(buildSummary(shuffled))).toBe(json);
  });
});
