import { describe, expect, it } from 'vitest';
import type { Proposal } from '../../core/model/index.ts';
import { libraryTaxonomy as taxonomyFor } from '../../core/taxonomy/index.ts';
import { proposalsInIdOrder, summaryInputFrom } from './summaryInput.ts';

const proposal = (id: string, status: Proposal['status']): Proposal => ({ id, status }) as Proposal;

describe('summary input', () => {
  it('lists proposals once each by ID, the last copy winning, in ID order', () => {
    const merged = proposalsInIdOrder([proposal('EUR/44A7/1', 'submitted'), proposal('ARB/21A15/1', 'submitted'), proposal('EUR/44A7/1', 'adopted')]);
    expect(merged.map((p) => [p.id, p.status])).toEqual([
      ['ARB/21A15/1', 'submitted'],
      ['EUR/44A7/1', 'adopted'],
    ]);
  });

  it('has no generated date, so a preview and a download give the same bytes', () => {
    const input = summaryInputFrom({ workspace: 'demo', documents: [], proposals: [], annotations: [] });
    expect(input).toMatchObject({ workspace: 'demo', proposals: [], annotations: [] });
    expect('generated' in input).toBe(false);
    expect(taxonomyFor([]).categories.length).toBeGreaterThanOrEqual(6);
  });
});
