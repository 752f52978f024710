import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseText } from '../parse/index.ts';
import { filterTagOptions, tagOptions } from './tagOptions.ts';
import { buildTaxonomy, DEFAULT_TAXONOMY } from './taxonomy.ts';

describe('tag options for the picker', () => {
  const options = tagOptions(DEFAULT_TAXONOMY);

  it('lists categories, then the 169 SDG targets', () => {
    expect(options.slice(0, 6).map((o) => o.id)).toEqual(['cybersecurity', 'iot-doa', 'ott', 'privacy-surveillance', 'content-regulation', 'internet-governance']);
    expect(options.filter((o) => o.type === 'sdg')).toHaveLength(169);
    expect(options.find((o) => o.id === '9.c')).toMatchObject({ type: 'sdg', label: 'SDG 9.c' });
  });

  it('filters as you type, best first', () => {
    expect(filterTagOptions(options, 'cyber')[0].id).toBe('cybersecurity');
    expect(filterTagOptions(options, 'OTT')[0].id).toBe('ott');
    expect(filterTagOptions(options, 'sdg 9.c').map((o) => o.id)).toEqual(['9.c']);
    expect(filterTagOptions(options, 'sdg 9.').every((o) => o.id.startsWith('9.'))).toBe(true);
    expect(filterTagOptions(options, 'privacy').map((o) => o.id)[0]).toBe('privacy-surveillance');
    expect(filterTagOptions(options, 'zzz-nothing')).toEqual([]);
    expect(filterTagOptions(options, '   ')).toHaveLength(options.length);
  });

  it('offers the goals and targets of a loaded plan', () => {
    const [plan] = parseText(readFileSync(new URL('../../../fixtures/text/strategic-plan-sample.txt', import.meta.url), 'utf8'));
    const built = buildTaxonomy({ plans: [plan] });
    if (!built.ok) throw new Error('taxonomy');
    const found = filterTagOptions(tagOptions(built.value), 'target 3.1');
    expect(found[0]).toMatchObject({ type: 'plan', id: 'sp-2024-2027/target/3.1', label: 'Target 3.1 (2024-2027)' });
  });
});
