import { describe, expect, it } from 'vitest';
import { buildDashboard } from './buildDashboard.ts';
import { miniWorkspace } from './testkit/miniWorkspace.ts';

describe('buildDashboard', () => {
  const input = miniWorkspace();
  const board = buildDashboard(input);

  it('draws a heatmap of texts × categories: risk counts and highest severity, every category a column', () => {
    expect(board.heatmap.categories.map((c) => c.id)).toEqual(['cybersecurity', 'iot-doa', 'ott', 'privacy-surveillance', 'content-regulation', 'internet-governance', 'own-topic']);
    expect(board.heatmap.rows.map((r) => r.document.id)).toEqual(['res901', 'dec77']);
    const res = board.heatmap.rows[0].cells;
    expect(res.cybersecurity).toEqual({ count: 3, highestSeverity: 'high' });
    expect(res['privacy-surveillance']).toEqual({ count: 2, highestSeverity: 'critical' });
    expect(res['internet-governance']).toEqual({ count: 1, highestSeverity: 'low' });
    expect(res['own-topic']).toEqual({ count: 1, highestSeverity: null });
    expect(res.ott).toEqual({ count: 0, highestSeverity: null });
    // The note on dec77 puts the text on the map, with nothing in it.
    expect(Object.values(board.heatmap.rows[1].cells).every((c) => c.count === 0)).toBe(true);
  });

  it('measures review progress over the clauses of the annotated texts', () => {
    // res901 has 6 clauses, dec77 2. Annotated: cons a, cons b, res 1, res 2, res 3, dec 1 (the orphan counts for none).
    // Reviewed: res 3 (resolved) only; res 1 has an agreed and an open opportunity.
    expect(board.review).toEqual({ clauses: 8, annotated: 6, reviewed: 1, byStatus: { open: 6, 'in-review': 1, agreed: 1, resolved: 1 } });
  });

  it('counts proposals by proposer and clause changes by op, leaving out NOC and proposals without a base', () => {
    expect(board.proposals).toEqual([
      { proposer: 'AAA', proposals: 1, ops: { MOD: 1 } },
      { proposer: 'B/CCC/DDD', proposals: 1, ops: { MOD: 2, SUP: 1 } },
    ]);
  });

  it('applies the same filters as the summary', () => {
    const filtered = buildDashboard(input, { categories: ['privacy-surveillance'], proposers: ['AAA'] });
    expect(filtered.heatmap.categories.map((c) => c.id)).toEqual(['privacy-surveillance']);
    expect(filtered.heatmap.rows.map((r) => [r.document.id, r.cells['privacy-surveillance'].count])).toEqual([['res901', 1]]);
    expect(filtered.proposals.map((p) => p.proposer)).toEqual(['AAA']);
    expect(filtered.review.byStatus).toEqual({ open: 0, 'in-review': 1, agreed: 0, resolved: 0 });
    const dec = buildDashboard(input, { documents: ['dec77'] });
    expect(dec.heatmap.rows.map((r) => r.document.id)).toEqual(['dec77']);
    expect(dec.proposals).toEqual([]);
  });

  it('is deterministic from shuffled input', () => {
    const shuffled = { ...input, documents: [...input.documents].reverse(), annotations: [...input.annotations].reverse(), proposals: [...input.proposals].reverse() };
    expect(JSON.stringify(buildDashboard(shuffled))).toBe(JSON.stringify(board));
  });
});
