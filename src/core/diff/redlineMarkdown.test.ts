import { describe, expect, it } from 'vitest';
import { parseText } from '../parse/index.ts';
import { diffDocuments } from './diffDocuments.ts';
import { redlineMarkdown } from './redlineMarkdown.ts';

const HEAD = 'RESOLUTION 130 (REV. DUBAI, 2018)\nSubject\nThe Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),\n';
const doc = (body: string) => parseText(HEAD + body)[0];

describe('redlineMarkdown', () => {
  const base = doc('considering\na) that *networks* matter;\nb) that incidents spread <fast>,\nresolves\n1 to act;\n2 to protect privacy,\n');
  const proposal = doc('considering\na) that *networks* matter;\nb) that attacks are cheap;\nc) that incidents spread <very> fast,\nresolves\n1 to act,\n');
  const md = redlineMarkdown(diffDocuments(base, proposal), { proposal: 'EUR/44A7/1', note: 'Computed from plain text.' });

  it('titles the redline and counts the changes', () => {
    expect(md).toMatch(/^# Redline: res130 → EUR\/44A7\/1\n\nComputed from plain text\.\n\nMOD 1 · ADD 1 · SUP 1 · MOVE 1 · NOC 1\n/);
  });

  it('marks insertions <ins> and deletions ~~ ~~, with the op and IDs of every clause', () => {
    expect(md).toContain('- **ADD** `res130/considering/b` <ins>b)</ins> <ins>that attacks are cheap;</ins>');
    expect(md).toContain('- **MOVE** `res130/considering/b` → `res130/considering/c` ~~b)~~ <ins>c)</ins> that incidents spread ');
    expect(md).toContain('- **SUP** `res130/resolves/2` ~~2~~ ~~to protect privacy,~~');
    expect(md).toContain('- **MOD** `res130/resolves/1` 1 to act~~;~~<ins>,</ins>');
    expect(md).toContain('## *considering*');
  });

  it('escapes the text so it never turns into markup', () => {
    expect(md).toContain('that \\*networks\\* matter;');
    expect(md).toContain('&lt;');
    expect(md).not.toMatch(/<very>|<fast>/);
  });
});
