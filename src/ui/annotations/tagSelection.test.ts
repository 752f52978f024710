import { describe, expect, it } from 'vitest';
import { DEFAULT_TAXONOMY, tagOptions } from '../../core/taxonomy/index.ts';
import { optionsAsTags, tagsAsOptions } from './tagSelection.ts';

const OPTIONS = tagOptions(DEFAULT_TAXONOMY);

describe('tag selection ↔ annotation tags', () => {
  it('round-trips categories, SDG targets and plan targets, keeping tags the picker does not offer', () => {
    const tags = { categories: ['privacy-surveillance', 'cybersecurity'], sdgTargets: ['9.c'], planTargets: ['sp-2024-2027/target/1.1'] };
    const options = tagsAsOptions(tags, OPTIONS);
    expect(options.map((o) => o.label)).toEqual([expect.stringMatching(/privacy/i), 'Cybersecurity', 'SDG 9.c', 'sp-2024-2027/target/1.1']);
    expect(optionsAsTags(options)).toEqual(tags);
  });

  it('lists an option chosen twice once', () => {
    const cyber = OPTIONS.find((o) => o.id === 'cybersecurity')!;
    expect(optionsAsTags([cyber, cyber])).toEqual({ categories: ['cybersecurity'], sdgTargets: [], planTargets: [] });
  });
});
