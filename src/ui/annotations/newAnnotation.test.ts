import { describe, expect, it } from 'vitest';
import { anchor } from '../../core/anchoring/index.ts';
import { DEFAULT_TAXONOMY, tagOptions, validateAnnotation } from '../../core/taxonomy/index.ts';
import { sampleResolution } from '../testing/sampleDocument.ts';
import { newAnnotation } from './newAnnotation.ts';

const T = '2026-11-28T09:00:00.000Z';
const options = tagOptions(DEFAULT_TAXONOMY);

describe('newAnnotation', () => {
  it('makes a valid open risk on the selected words, which anchors exactly where they were', () => {
    const doc = sampleResolution();
    const cyber = options.find((o) => o.id === 'cybersecurity')!;
    const made = newAnnotation(doc, { clause: 'res900/resolves/1', span: { start: 3, end: 7 } }, cyber, 'ann-1', 'Ana', T);
    expect(validateAnnotation(made, DEFAULT_TAXONOMY).ok).toBe(true);
    expect(made).toMatchObject({ kind: 'risk', categories: ['cybersecurity'], sdgTargets: [], status: 'open', author: 'Ana' });
    expect(made.target.quote?.exact).toBe('sort');
    expect(anchor(made.target, doc)).toMatchObject({ state: 'exact', clause: 'res900/resolves/1', span: { start: 3, end: 7 } });
  });

  it('makes an opportunity for an SDG target, on the whole clause when nothing is selected', () => {
    const doc = sampleResolution();
    const sdg = options.find((o) => o.type === 'sdg' && o.id === '9.c')!;
    const made = newAnnotation(doc, { clause: 'res900/resolves/2', span: null }, sdg, 'ann-2', 'Ben', T);
    expect(made).toMatchObject({ kind: 'opportunity', categories: [], sdgTargets: ['9.c'] });
    expect(made.target.quote?.exact).toBe('to label each box:');
  });
});
