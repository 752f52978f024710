import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDashboard } from '../../core/export/index.ts';
import type { SummaryInput } from '../../core/export/index.ts';
import { loadFixtureWorkspace } from '../../../tests/support/fixtureWorkspace.ts';
import { cellLabel, Heatmap } from './Heatmap.tsx';
import { shortName } from './shortName.ts';

let input: SummaryInput;
beforeAll(async () => {
  input = await loadFixtureWorkspace();
});

describe('the heatmap', () => {
  it('makes a focusable button of every cell with annotations, labelled with the count counted from the annotations', () => {
    const html = renderToStaticMarkup(<Heatmap heatmap={buildDashboard(input).heatmap} onOpen={() => {}} />);
    const expected = new Map<string, number>();
    for (const a of input.annotations) {
      if (a.kind !== 'risk') continue;
      for (const c of a.categories) expected.set(`${a.target.clause.split('/')[0]}|${c}`, (expected.get(`${a.target.clause.split('/')[0]}|${c}`) ?? 0) + 1);
    }
    const cells = [...html.matchAll(/role="button" tabindex="0" aria-label="([^"]+)" data-document="([^"]+)" data-category="([^"]+)"/g)];
    expect(new Map(cells.map((m) => [`${m[2]}|${m[3]}`, Number(/: (\d+) annotations?/.exec(m[1])?.[1])]))).toEqual(expected);
  });

  it('reads out a cell in words', () => {
    expect(cellLabel('Resolution 130', 'Cybersecurity', 3, 'high')).toBe('Resolution 130 — Cybersecurity: 3 annotations, highest high');
    expect(cellLabel('Resolution 197', 'OTT services', 1, null)).toBe('Resolution 197 — OTT services: 1 annotation, highest unrated');
    expect(cellLabel('Decision 5', 'OTT services', 0, null)).toBe('Decision 5 — OTT services: 0 annotations');
  });

  it('names rows without their revision', () => {
    expect(shortName({ name: 'Resolution 130 (Rev. Dubai, 2018)', revision: 'Rev. Dubai, 2018' })).toBe('Resolution 130');
    expect(shortName({ name: 'Strategic Plan 2024-2027', revision: '' })).toBe('Strategic Plan 2024-2027');
  });
});
