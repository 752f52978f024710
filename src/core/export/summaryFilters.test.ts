import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSummary } from './buildSummary.ts';
import { normaliseFilters } from './summaryFilters.ts';
import { miniWorkspace } from './testkit/miniWorkspace.ts';
import type { SummaryEntry, SummaryFilters } from './types.ts';

const input = miniWorkspace();
const all = buildSummary(input);
const matching = (filters: SummaryFilters): string[] => buildSummary(input, filters).entries.map((e) => e.id).sort();

describe('summary filters', () => {
  it('normalises: trimmed, unique, sorted (vocabulary order for severities, statuses, kinds), empty lists dropped', () => {
    expect(normaliseFilters({ severities: ['high', 'low', 'high'], categories: [], documents: [' res901 ', 'dec77'], statuses: ['resolved', 'open'], sdgTargets: ['9.C'] })).toEqual({
      severities: ['low', 'high'],
      documents: ['dec77', 'res901'],
      statuses: ['open', 'resolved'],
      sdgTargets: ['9.c'],
    });
    expect(buildSummary(input, { kinds: [], proposers: [] }).filters).toEqual({});
  });

  it('filters each field', () => {
    expect(matching({ categories: ['privacy-surveillance'] })).toEqual(['t-001', 't-002']);
    expect(matching({ sdgTargets: ['17'] })).toEqual(['t-004']);
    expect(matching({ sdgTargets: ['16.10', '9.c'] })).toEqual(['t-002', 't-004']);
    expect(matching({ severities: ['critical', 'high'] })).toEqual(['t-001', 't-002']);
    expect(matching({ statuses: ['resolved'] })).toEqual(['t-003']);
    expect(matching({ kinds: ['note'] })).toEqual(['t-005']);
    expect(matching({ documents: ['dec77'] })).toEqual(['t-005']);
    expect(matching({ conferences: ['testville'] })).toEqual(all.entries.filter((e) => e.document.id === 'res901').map((e) => e.id).sort());
    expect(matching({ conferences: ['Busan, 2014'] })).toEqual(['t-005']);
    expect(matching({ proposers: ['AAA'] })).toEqual(['t-001']);
    expect(matching({ proposers: ['CCC'] })).toEqual(['t-001', 't-002', 't-003']);
    expect(matching({ proposers: ['B/CCC/DDD'] })).toEqual(['t-001', 't-002', 't-003']);
  });

  it('ANDs across fields and ORs within one', () => {
    expect(matching({ categories: ['cybersecurity'], severities: ['high'] })).toEqual(['t-002']);
    expect(matching({ categories: ['cybersecurity', 'internet-governance'], statuses: ['resolved'] })).toEqual(['t-003']);
    expect(matching({ kinds: ['note'], documents: ['res901'] })).toEqual([]);
  });

  it('restricts the groups, the proposals shown and the matrix to what the filters ask for', () => {
    const byCategory = buildSummary(input, { categories: ['privacy-surveillance'] });
    expect(byCategory.risks.map((g) => g.category)).toEqual(['privacy-surveillance']);
    const bySdg = buildSummary(input, { sdgTargets: ['17'] });
    expect(bySdg.opportunities.map((g) => g.target)).toEqual(['17.8']);
    const byProposer = buildSummary(input, { proposers: ['AAA'] });
    expect(byProposer.entries[0].effects.map((f) => f.proposal)).toEqual(['AAA/1/1']);
    expect(byProposer.matrix.proposers).toEqual(['AAA']);
    expect(buildSummary(input, { documents: ['dec77'] }).matrix.rows).toEqual([]);
  });

  it('property: every entry satisfies every filter, and no annotation that does is missing', () => {
    const pick = <T>(values: readonly T[]) => fc.option(fc.uniqueArray(fc.constantFrom(...values), { maxLength: 3 }), { nil: undefined });
    const filters = fc.record(
      {
        categories: pick(['cybersecurity', 'privacy-surveillance', 'internet-governance', 'own-topic', 'ott']),
        sdgTargets: pick(['9', '9.c', '17', '17.8', '16.10', '1.1']),
        severities: pick(['low', 'medium', 'high', 'critical'] as const),
        statuses: pick(['open', 'in-review', 'agreed', 'resolved'] as const),
        kinds: pick(['risk', 'opportunity', 'note'] as const),
        documents: pick(['res901', 'dec77', 'res404']),
        proposers: pick(['AAA', 'B', 'CCC', 'B/CCC/DDD', 'ZZZ', 'EUR']),
        conferences: pick(['testville', 'Busan', '2030', 'Dubai']),
      },
      { requiredKeys: [] },
    );
    // A reference predicate, written out field by field from the contract (types.ts).
    const holds = (e: SummaryEntry, f: SummaryFilters): boolean => {
      const any = (list: readonly string[] | undefined, test: (v: string) => boolean): boolean => !list || list.length === 0 || list.some(test);
      const proposerOk = (p: { proposer: string; proposers: string[] }) => any(f.proposers, (v) => p.proposer === v || p.proposers.includes(v));
      return (
        any(f.categories, (v) => e.categories.includes(v)) &&
        any(f.sdgTargets, (v) => e.sdgTargets.some((t) => t === v || t.startsWith(`${v}.`))) &&
        any(f.severities, (v) => e.severity === v) &&
        any(f.statuses, (v) => e.status === v) &&
        any(f.kinds, (v) => e.kind === v) &&
        any(f.documents, (v) => e.document.id === v) &&
        any(f.conferences, (v) => e.document.revision.toLowerCase().includes(v.toLowerCase())) &&
        (!f.proposers || f.proposers.length === 0 || e.effects.some((x) => x.op !== 'NOC' && proposerOk(x)))
      );
    };
    fc.assert(
      fc.property(filters, (f) => {
        const got = buildSummary(input, f);
        for (const e of got.entries) expect(holds(e, f), `${e.id} breaks ${JSON.stringify(f)}`).toBe(true);
        const want = all.entries.filter((e) => holds(e, f)).map((e) => e.id);
        expect(got.entries.map((e) => e.id)).toEqual(want);
        expect(got.totals.annotations).toBe(want.length);
        for (const e of got.entries) for (const x of e.effects) expect(f.proposers?.length ? f.proposers.some((v) => x.proposer === v || x.proposers.includes(v)) : true).toBe(true);
      }),
      { seed: 20261128, numRuns: 150 },
    );
  });
});
