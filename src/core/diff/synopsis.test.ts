import { describe, expect, it } from 'vitest';
import { parseText } from '../parse/index.ts';
import { diffDocuments } from './diffDocuments.ts';
import { synopsis } from './synopsis.ts';

const HEAD = 'RESOLUTION 130 (REV. DUBAI, 2018)\nSubject\nThe Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),\n';
const doc = (body: string) => parseText(HEAD + body)[0];
const BASE = 'considering\na) that networks matter;\nb) that incidents spread fast,\nresolves\n1 to act on security;\n2 to protect privacy,\n';
const base = doc(BASE);
const against = (id: string, proposer: string, body: string) => ({ id, proposer, diff: diffDocuments(base, doc(body)) });

describe('synopsis', () => {
  const eur = against('EUR/1/1', 'EUR', BASE.replace('to protect privacy,', 'to protect privacy and personal data,'));
  const arb = against('ARB/2/1', 'ARB', BASE.replace('2 to protect privacy,\n', '').replace('1 to act on security;', '1 to act on security,'));
  const usa = against('USA/3/1', 'USA', BASE.replace('to protect privacy,', 'to protect privacy and personal data,').replace('b) that incidents spread fast,', 'b) that attacks are cheap;\nc) that incidents spread fast,'));
  const s = synopsis(base, [eur, arb, usa]);
  const rows = s.sections.flatMap((section) => section.rows);
  const row = (clause: string, added = false) => rows.find((r) => r.clause === clause && r.added === added)!;

  it('has a row per base clause in reading order, and a row for each added clause after the one it follows', () => {
    expect(rows.map((r) => `${r.added ? '+' : ''}${r.clause}`)).toEqual([
      'res130/considering/a',
      '+res130/considering/b',
      'res130/considering/b',
      'res130/resolves/1',
      'res130/resolves/2',
    ]);
    expect(row('res130/considering/b', true)).toMatchObject({ text: 'that attacks are cheap;', label: 'b)' });
  });

  it('lists who changes each clause and how, and who leaves it alone', () => {
    expect(row('res130/resolves/2').changes.map((e) => `${e.proposer} ${e.change.op}`)).toEqual(['EUR MOD', 'ARB SUP', 'USA MOD']);
    expect(row('res130/considering/a').unchanged).toEqual(['EUR/1/1', 'ARB/2/1', 'USA/3/1']);
  });

  it('marks a conflict where proposals change one clause differently, not where they agree or only relabel', () => {
    expect(row('res130/resolves/2').conflict).toBe(true); // EUR and USA amend, ARB suppresses
    expect(row('res130/resolves/1').conflict).toBe(false); // only ARB changes it
    expect(row('res130/considering/b').changes.map((e) => e.change.op)).toEqual(['MOVE']); // USA relabels b) → c)
    expect(row('res130/considering/b').conflict).toBe(false);
    expect(s.conflicts).toBe(1);
    expect(s.changedRows).toBe(4);
  });

  it('agreeing changes are not a conflict', () => {
    const agreeing = synopsis(base, [eur, against('B/4/1', 'B', BASE.replace('to protect privacy,', 'to protect privacy and personal data,'))]);
    const r = agreeing.sections.flatMap((x) => x.rows).find((x) => x.clause === 'res130/resolves/2')!;
    expect(r.changes).toHaveLength(2);
    expect(r.conflict).toBe(false);
  });

  it('summarises each proposal', () => {
    expect(s.proposals.map((p) => [p.id, p.summary.touched])).toEqual([
      ['EUR/1/1', 1],
      ['ARB/2/1', 2],
      ['USA/3/1', 3],
    ]);
  });
});
