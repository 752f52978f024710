import { describe, expect, it } from 'vitest';
import { textSimilarity } from './similarity.ts';

describe('textSimilarity', () => {
  it('is 1 for the same words in the same order, whatever the case and punctuation', () => {
    expect(textSimilarity('that the Union shall act;', 'That the union shall act,')).toBe(1);
    expect(textSimilarity('безопасность сетей', 'Безопасность сетей')).toBe(1);
  });

  it('is high for a few words changed, lower for the same words reordered, low for a rewrite', () => {
    const base = 'that incidents affecting the availability of networks can spread across borders within minutes';
    const edited = textSimilarity(base, 'that serious incidents affecting the availability of networks can spread across borders within hours');
    const reordered = textSimilarity(base, 'within minutes across borders can spread the availability of networks incidents affecting that');
    const rewritten = textSimilarity(base, 'to promote the protection of personal data and privacy as part of all measures');
    expect(edited).toBeGreaterThan(0.7);
    expect(reordered).toBeLessThan(edited);
    expect(rewritten).toBeLessThan(0.2);
  });

  it('treats empty texts as alike only to each other', () => {
    expect(textSimilarity('', '')).toBe(1);
    expect(textSimilarity('', 'text')).toBe(0);
  });
});
