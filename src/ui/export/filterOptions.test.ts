import { beforeAll, describe, expect, it } from 'vitest';
import { buildSummary } from '../../core/export/index.ts';
import type { SummaryInput } from '../../core/export/index.ts';
import { loadFixtureWorkspace } from '../../../tests/support/fixtureWorkspace.ts';
import { conferenceOf, filterOptions } from './filterOptions.ts';

let input: SummaryInput;
beforeAll(async () => {
  input = await loadFixtureWorkspace();
});

/** Counts, straight from the annotations, of each value a field takes. */
function countsOf(values: (a: SummaryInput['annotations'][number]) => string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const annotation of input.annotations) for (const value of new Set(values(annotation))) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

describe('filterOptions', () => {
  it('offers every category, severity, status, kind and text the annotations use, with their counts', () => {
    const options = filterOptions(input, buildSummary(input).entries);
    const pairs = (field: keyof typeof options): Map<string, number> => new Map(options[field].map((o) => [o.value, o.count]));
    expect(pairs('categories')).toEqual(countsOf((a) => a.categories));
    expect(pairs('sdgTargets')).toEqual(countsOf((a) => a.sdgTargets));
    expect(pairs('severities')).toEqual(countsOf((a) => (a.severity ? [a.severity] : [])));
    expect(pairs('statuses')).toEqual(countsOf((a) => [a.status]));
    expect(pairs('kinds')).toEqual(countsOf((a) => [a.kind]));
    expect(pairs('documents')).toEqual(countsOf((a) => [a.target.clause.split('/')[0]]));
    // Labels are words, not IDs.
    expect(options.categories.find((o) => o.value === 'cybersecurity')?.label).toBe('Cybersecurity');
    expect(options.documents.find((o) => o.value === 'res130')?.label).toMatch(/^Resolution 130/);
  });

  it('lists the proposers as written and the conferences of the texts', () => {
    const options = filterOptions(input, buildSummary(input).entries);
    expect(options.proposers.map((o) => o.value)).toEqual([...new Set(input.proposals.map((p) => p.proposer))].sort());
    expect(options.conferences.map((o) => o.value)).toEqual(['Dubai, 2018']);
    const dubai = new Set(input.documents.filter((d) => d.revision.includes('Dubai, 2018')).map((d) => d.id));
    expect(options.conferences[0].count).toBe(input.annotations.filter((a) => dubai.has(a.target.clause.split('/')[0])).length);
  });

  it('reads the conference out of a revision', () => {
    expect(conferenceOf('Rev. Dubai, 2018')).toBe('Dubai, 2018');
    expect(conferenceOf('Busan, 2014')).toBe('Busan, 2014');
    expect(conferenceOf('')).toBe('');
  });
});
