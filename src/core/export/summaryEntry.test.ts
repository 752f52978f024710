import { describe, expect, it } from 'vitest';
import { anchor } from '../anchoring/index.ts';
import { clauseTable } from './clauseTable.ts';
import { exactAnchor, shorten } from './summaryEntry.ts';
import { annotate, miniWorkspace } from './testkit/miniWorkspace.ts';

describe('exactAnchor', () => {
  const { documents, annotations } = miniWorkspace();
  const res = documents.find((d) => d.id === 'res901')!;
  const table = clauseTable(res);

  it('agrees with anchor() wherever it answers, and leaves the rest to it', () => {
    const onRes = annotations.filter((a) => a.target.clause.startsWith('res901/'));
    const shifted = annotate(res, 'res901/resolves/2', { words: 'independent oversight' });
    shifted.target.position = { start: 0, end: 'independent oversight'.length };
    const noContext = annotate(res, 'res901/resolves/2', { words: 'independent oversight' });
    noContext.target.quote = { ...noContext.target.quote!, prefix: 'something else ' };
    let answered = 0;
    for (const a of [...onRes, shifted, noContext]) {
      const fast = exactAnchor(a.target, table.get(a.target.clause));
      if (!fast) continue;
      answered++;
      expect(fast, a.id).toEqual(anchor(a.target, res));
    }
    expect(answered).toBe(onRes.length - 1); // all but the orphan
    expect(exactAnchor(shifted.target, table.get('res901/resolves/2'))).toBeNull();
    expect(exactAnchor(noContext.target, table.get('res901/resolves/2'))).toBeNull();
    expect(exactAnchor(onRes[0].target, undefined)).toBeNull();
  });
});

describe('shorten', () => {
  it('keeps short texts and cuts long ones to the limit with an ellipsis, never inside a surrogate pair', () => {
    expect(shorten('abc', 3)).toBe('abc');
    expect(shorten('abcdef', 4)).toBe('abc…');
    const cut = shorten(`ab${'😀'.repeat(5)}`, 4);
    expect(cut.length).toBeLessThanOrEqual(4);
    expect(cut).toBe('ab…');
  });
});
