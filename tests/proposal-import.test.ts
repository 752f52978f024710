import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { trackedDocx } from '../fixtures/proposals/build/trackedDocx.ts';
import { baseText, proposalText, synopsis } from '../src/core/diff/index.ts';
import type { ClauseChange } from '../src/core/diff/index.ts';
import { docxToText, importFile } from '../src/core/import/index.ts';
import { parseText } from '../src/core/parse/index.ts';
import { importProposal, readTrackedChanges } from '../src/core/proposal/index.ts';
import { parseXml } from '../src/core/import/index.ts';

const fixture = (path: string): Uint8Array => readFileSync(new URL(`../fixtures/${path}`, import.meta.url));
const base = parseText(new TextDecoder().decode(fixture('text/res130-sample.txt')), { file: 'res130-sample.txt' })[0];
const find = (changes: ClauseChange[], op: ClauseChange['op'], clause: string): ClauseChange => {
  const found = changes.find((c) => c.op === op && c.clause === clause);
  if (!found) throw new Error(`no ${op} ${clause}`);
  return found;
};

describe('route 1: an ITU proposal document with MOD / ADD / SUP / NOC blocks (EUR)', async () => {
  const { proposal, diff, notes } = await importProposal('eur-44a7-res130.txt', fixture('proposals/eur-44a7-res130.txt'), { base });

  it('reads who proposes what, from which document', () => {
    expect(proposal).toMatchObject({ id: 'EUR/44A7/1', proposer: 'EUR', proposers: ['EUR'], sourceDocument: 'Addendum 7 to Document 44', provenance: 'blocks', status: 'submitted', base: { documentId: 'res130', revision: 'Rev. Dubai, 2018' } });
    expect(proposal.operations.map((op) => `${op.marker} ${op.ref} ${op.target}`)).toEqual([
      'ADD EUR/44A7/1 res130/considering/c',
      'MOD EUR/44A7/2 res130/considering/f',
      'MOD EUR/44A7/3 res130/resolves/5',
      'MOD EUR/44A7/4 res130/resolves/3',
      'SUP EUR/44A7/5 res130/resolves-further/2',
      'NOC EUR/44A7/6 res130/taking-into-account/p1',
    ]);
    expect(proposal.operations[5].reasons).toBe('This consideration remains fully valid and should be kept as it stands.');
    expect(notes).toEqual([]);
  });

  it('compares clause by clause: the new considering c) pushes the old c) to d)', () => {
    expect(diff.proposal).toBe('EUR/44A7/1');
    expect(find(diff.changes, 'ADD', 'res130/considering/c').hunks).toEqual([{ type: 'insert', text: 'that a single incident in one network can disrupt essential services in many countries at once;' }]);
    expect(find(diff.changes, 'MOVE', 'res130/considering/c')).toMatchObject({ to: 'res130/considering/d', modified: false });
    expect(find(diff.changes, 'MOVE', 'res130/considering/f')).toMatchObject({ to: 'res130/considering/g', modified: true });
    expect(proposalText(find(diff.changes, 'MOD', 'res130/resolves/3/ii').hunks)).toContain('online and in person');
    expect(find(diff.changes, 'SUP', 'res130/resolves-further/2').hunks[0].type).toBe('delete');
    expect(diff.summary).toEqual({ MOD: 2, ADD: 1, SUP: 1, MOVE: 8, NOC: 68 });
  });
});

describe('route 2: a full revised text, compared as plain text (ARB)', async () => {
  const { proposal, diff } = await importProposal('arb-21a15-res130-revised.txt', fixture('proposals/arb-21a15-res130-revised.txt'), { base, id: 'ARB/21A15/1' });

  it('is labelled as computed and takes its proposer from the ID it was given', () => {
    expect(proposal).toMatchObject({ id: 'ARB/21A15/1', proposer: 'ARB', provenance: 'computed', sourceDocument: 'Addendum 15 to Document 21' });
    expect(proposal.operations.find((op) => op.target === 'res130/considering/f')).toMatchObject({ marker: 'SUP' });
    expect(proposal.operations.map((op) => op.marker)).toEqual(expect.arrayContaining(['SUP*', 'ADD*', '(MOD)', 'MOD', 'ADD']));
  });

  it('finds the suppressed, moved, amended and added clauses and the reworded heading', () => {
    expect(find(diff.changes, 'SUP', 'res130/considering/f')).toBeTruthy();
    expect(find(diff.changes, 'MOVE', 'res130/noting/c')).toMatchObject({ to: 'res130/recognizing/f', toSection: 'res130/recognizing' });
    expect(find(diff.changes, 'ADD', 'res130/resolves/7')).toBeTruthy();
    expect(diff.sections?.find((s) => s.section === 'res130/resolves-further')).toMatchObject({ op: 'MOD', heading: { from: 'further resolves', to: 'resolves further' } });
    expect(diff.front?.find((f) => f.field === 'titleLine')?.op).toBe('MOD');
  });

  it('takes an Akoma Ntoso or Word copy of the revised text the same way', async () => {
    const docx = await importProposal('res130-sample.docx', fixture('docx/res130-sample.docx'), { base });
    expect(docx.proposal.provenance).toBe('computed');
    expect(docx.diff.summary).toMatchObject({ MOD: 0, ADD: 0, SUP: 0, MOVE: 0 });
    const akn = await importProposal('res130-sample.xml', fixture('akn/res130-sample.xml'), { base });
    expect(akn.diff.summary).toMatchObject({ MOD: 0, ADD: 0, SUP: 0, MOVE: 0 });
  });
});

describe('route 3: a Word file with tracked changes (B/CAN/CLM/USA)', async () => {
  const { proposal, diff, notes } = await importProposal('b-can-clm-usa-75-res130.docx', fixture('proposals/b-can-clm-usa-75-res130.docx'), { base });

  it('takes the insertions and deletions as the amendment, exactly as marked', () => {
    expect(proposal).toMatchObject({ id: 'B/CAN/CLM/USA/75/1', proposer: 'B/CAN/CLM/USA', proposers: ['B', 'CAN', 'CLM', 'USA'], sourceDocument: 'Document 75', provenance: 'tracked-changes' });
    const encryption = find(diff.changes, 'MOD', 'res130/recognizing-further/b');
    expect(encryption.granularity).toBe('tracked-changes');
    // The author struck the whole phrase and typed it again with "strong": kept so, not reduced to one word.
    expect(encryption.hunks.filter((h) => h.type !== 'equal')).toEqual([
      { type: 'delete', text: 'encryption and other security techniques' },
      { type: 'insert', text: 'strong encryption and other security techniques' },
    ]);
    expect(find(diff.changes, 'MOD', 'res130/considering/f').granularity).toBe('tracked-changes');
    expect(proposal.reasons).toMatch(/^The revision states that security measures/);
  });

  it('finds the moved, deleted and inserted paragraphs and the relabelled items', () => {
    expect(find(diff.changes, 'MOVE', 'res130/recognizing/d')).toMatchObject({ to: 'res130/noting/d' });
    expect(find(diff.changes, 'MOVE', 'res130/recognizing/e')).toMatchObject({ to: 'res130/recognizing/d', modified: false });
    expect(find(diff.changes, 'SUP', 'res130/instructs-the-secretary-general/3')).toBeTruthy();
    expect(find(diff.changes, 'ADD', 'res130/invites-member-states/4')).toBeTruthy();
    expect(diff.summary).toEqual({ MOD: 5, ADD: 1, SUP: 1, MOVE: 3, NOC: 70 });
    expect(notes).toEqual(["1 changed clause could not be matched to the Word file's tracked changes and was compared as plain text"]);
  });

  it('reads the text after the changes exactly as the Word importer reads the same text without them', async () => {
    const plain = await docxToText(fixture('docx/res130-sample.docx'), 'res130-sample.docx');
    const parts = (await import('fflate')).unzipSync(fixture('docx/res130-sample.docx'));
    const xml = (name: string) => (parts[name] ? parseXml(new TextDecoder().decode(parts[name]), name) : null);
    const tracked = readTrackedChanges(xml('word/document.xml')!, xml('word/footnotes.xml'), xml('word/endnotes.xml'));
    expect(tracked.revisions).toBe(0);
    expect(tracked.after).toBe(plain);
    expect(tracked.before).toBe(plain);
  });
});

describe('a Word file with tracked changes built in the test', () => {
  const source = [
    'RESOLUTION 130 (REV. [-DUBAI, 2018-]{+DOHA, 2026+})',
    'Subject',
    'The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),',
    'considering',
    'a)\\tthat networks matter;',
    '+| b)\\tthat attacks are cheap;',
    '[-b-]{+c+})\\tthat incidents spread [-fast-]{+within minutes+},',
    'resolves',
    '<| 1\\tto act;',
    '[-2-]{+1+}\\tto protect privacy;',
    '>| 2\\tto act,',
  ].join('\n');
  const docBase = parseText('RESOLUTION 130 (REV. DUBAI, 2018)\nSubject\nThe Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),\nconsidering\na) that networks matter;\nb) that incidents spread fast,\nresolves\n1 to act;\n2 to protect privacy;\n')[0];

  it('gives exactly the marked changes, with moves and relabels', async () => {
    const { diff, proposal } = await importProposal('amend.docx', trackedDocx(source), { base: docBase, id: 'EUR/1A1/1' });
    expect(proposal).toMatchObject({ provenance: 'tracked-changes', id: 'EUR/1A1/1', proposer: 'EUR' });
    const moved = find(diff.changes, 'MOVE', 'res130/considering/b');
    expect(moved).toMatchObject({ to: 'res130/considering/c', modified: true, granularity: 'tracked-changes' });
    expect(moved.hunks).toEqual([
      { type: 'equal', text: 'that incidents spread ' },
      { type: 'delete', text: 'fast' },
      { type: 'insert', text: 'within minutes' },
      { type: 'equal', text: ',' },
    ]);
    expect(find(diff.changes, 'ADD', 'res130/considering/b')).toBeTruthy();
    // "to act;" moved after "to protect privacy;" (and its punctuation changed with the move).
    expect(diff.changes.filter((c) => c.section === 'res130/resolves').map((c) => `${c.op} ${c.clause} ${c.to ?? ''}`.trim())).toEqual([
      'MOVE res130/resolves/2 res130/resolves/1',
      'MOVE res130/resolves/1 res130/resolves/2',
    ]);
    expect(diff.front?.[0].hunks).toEqual([
      { type: 'equal', text: 'RESOLUTION 130 (REV. ' },
      { type: 'delete', text: 'DUBAI, 2018' },
      { type: 'insert', text: 'DOHA, 2026' },
      { type: 'equal', text: ')' },
    ]);
    for (const change of diff.changes) expect(baseText(change.hunks) + proposalText(change.hunks)).not.toBe('');
  });
});

describe('three proposals on one text', async () => {
  const eur = await importProposal('eur-44a7-res130.txt', fixture('proposals/eur-44a7-res130.txt'), { base });
  const arb = await importProposal('arb-21a15-res130-revised.txt', fixture('proposals/arb-21a15-res130-revised.txt'), { base, id: 'ARB/21A15/1' });
  const usa = await importProposal('b-can-clm-usa-75-res130.docx', fixture('proposals/b-can-clm-usa-75-res130.docx'), { base });
  const s = synopsis(base, [eur, arb, usa].map(({ proposal, diff }) => ({ id: proposal.id, proposer: proposal.proposer, diff })));
  const row = (clause: string) => s.sections.flatMap((section) => section.rows).find((r) => r.clause === clause && !r.added)!;

  it('marks considering f) as a conflict: EUR and B/CAN/CLM/USA amend it differently, ARB suppresses it', () => {
    expect(row('res130/considering/f').changes.map((e) => `${e.proposer} ${e.change.op}`)).toEqual(['EUR MOVE', 'ARB SUP', 'B/CAN/CLM/USA MOD']);
    expect(row('res130/considering/f').conflict).toBe(true);
  });

  it('sees that EUR and B/CAN/CLM/USA make the same change to resolves 5: no conflict', () => {
    expect(row('res130/resolves/5').changes.map((e) => e.proposer)).toEqual(['EUR', 'B/CAN/CLM/USA']);
    expect(row('res130/resolves/5').conflict).toBe(false);
    expect(s.conflicts).toBeGreaterThanOrEqual(1);
  });
});

describe('proposal import errors: one line naming the file, nothing half-imported', () => {
  const other = parseText('RESOLUTION 131 (REV. DUBAI, 2018)\nSubject\nconsidering\na) that x,\n')[0];

  it('a revised text of another resolution', async () => {
    await expect(importProposal('arb.txt', fixture('proposals/arb-21a15-res130-revised.txt'), { base: other })).rejects.toThrow(
      /^arb\.txt: it holds Resolution 130, not a revision of the base text \(Resolution 131\), and no MOD \/ ADD \/ SUP \/ NOC proposal blocks$/,
    );
  });

  it('blocks about other texts only', async () => {
    const text = 'MOD EUR/44A7/1\nRESOLUTION 131 (REV. DUBAI, 2018)\nSubject\nconsidering\na) that y,\nReasons: None.';
    await expect(importProposal('eur.txt', strToU8(text), { base })).rejects.toThrow(/^eur\.txt: none of its proposals \(MOD EUR\/44A7\/1\) revises Resolution 130, the base text$/);
  });

  it('notes a draft new resolution and a block about another text, and compares the rest', async () => {
    const text = [
      'ADD EUR/44A7/1', 'DRAFT NEW RESOLUTION [EUR-1] (DOHA, 2026)', 'A new subject', 'Reasons: New.',
      'SUP EUR/44A7/2', 'RESOLUTION 131 (REV. DUBAI, 2018)', 'Reasons: Done.',
      'MOD EUR/44A7/3', 'resolves', '1 to continue to give the highest priority to this work;', 'Reasons: Higher.',
    ].join('\n');
    const { notes, diff, proposal } = await importProposal('eur.txt', strToU8(text), { base });
    expect(notes).toHaveLength(2);
    expect(notes[0]).toMatch(/^ADD EUR\/44A7\/1 proposes a new text \(DRAFT NEW RESOLUTION \[EUR-1\]/);
    expect(notes[1]).toMatch(/^SUP EUR\/44A7\/2 concerns RESOLUTION 131/);
    expect(proposal.id).toBe('EUR/44A7/3');
    expect(diff.summary.MOD).toBe(1);
  });

  it('hostile files are refused by the importer\'s own checks', async () => {
    const doctype = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8('<!DOCTYPE x [<!ENTITY a "b">]><w:document/>') });
    await expect(importProposal('evil.docx', doctype, { base })).rejects.toThrow(/^evil\.docx: .*DOCTYPE/);
    const bomb = zipSync({ 'word/document.xml': new Uint8Array(2_000_000) }, { level: 9 });
    await expect(importProposal('bomb.docx', bomb, { base, maxUnpackedBytes: 1_000_000 })).rejects.toThrow(/^bomb\.docx: the Word file unpacks to more than/);
    await expect(importProposal('brief.pdf', strToU8('%PDF-1.7'), { base })).rejects.toThrow(/^brief\.pdf: unknown file type/);
    await expect(importProposal('binary.txt', new Uint8Array([0, 1, 2, 3, 0, 0, 255, 0]), { base })).rejects.toThrow(/^binary\.txt: this is not a text file/);
    // The importer accepts a file that importFile accepts.
    await expect(importFile('res130-sample.txt', fixture('text/res130-sample.txt'))).resolves.toBeTruthy();
  });
});
