import { describe, expect, it } from 'vitest';
import { tagLabels } from './tagLabels.ts';

describe('tagLabels', () => {
  it('reads categories by label (unknown ones by ID), then SDG targets, then plan targets', () => {
    expect(tagLabels({ categories: ['iot-doa', 'spectrum'], sdgTargets: ['9.c'], planTargets: ['sp/target/1.1'] })).toEqual([
      'IoT / Digital Object Architecture',
      'spectrum',
      'SDG 9.c',
      'sp/target/1.1',
    ]);
  });
});
