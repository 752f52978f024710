import { describe, expect, it } from 'vitest';
import { runBin, runHere as run, scratchFiles } from './support/cli.ts';

const BASE = 'fixtures/text/res130-sample.txt';

const { file } = scratchFiles('clausewatch-diff-');

describe('clausewatch diff --json (public contract)', () => {
  it('prints exactly one JSON object: base, proposal, changes with op, clause, to and hunks, summary', async () => {
    const result = await runBin('diff', BASE, 'fixtures/proposals/eur-44a7-res130.txt', '--json');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
    const json = JSON.parse(result.stdout);
    expect(json).toMatchObject({ base: 'res130', proposal: 'EUR/44A7/1', proposer: 'EUR', provenance: 'blocks' });
    expect(json.summary).toEqual({ MOD: 2, ADD: 1, SUP: 1, MOVE: 8, NOC: 68 });
    for (const change of json.changes) {
      expect(['MOD', 'ADD', 'SUP', 'NOC', 'MOVE']).toContain(change.op);
      expect(typeof change.clause).toBe('string');
      expect(change.to === undefined).toBe(change.op !== 'MOVE');
      for (const hunk of change.hunks) {
        expect(['equal', 'insert', 'delete']).toContain(hunk.type);
        expect(typeof hunk.text).toBe('string');
      }
    }
    expect(json.changes.find((c: { op: string; clause: string }) => c.op === 'MOVE' && c.clause === 'res130/considering/c')).toMatchObject({ to: 'res130/considering/d' });
    expect(json.changes.find((c: { clause: string }) => c.clause === 'res130/resolves/5').hunks).toEqual([
      { type: 'equal', text: 'to promote the protection of personal data and privacy as an integral part of all security measures' },
      { type: 'insert', text: ', in line with international human rights law' },
      { type: 'equal', text: ';' },
    ]);
  });

  it('takes any importable files: a revised text, a Word file with tracked changes, an Akoma Ntoso base', async () => {
    const revised = JSON.parse((await run('diff', BASE, 'fixtures/proposals/arb-21a15-res130-revised.txt', '--json')).stdout);
    expect(revised).toMatchObject({ base: 'res130', proposal: 'arb-21a15-res130-revised', provenance: 'computed' });
    expect(revised.summary.SUP).toBe(1);
    const tracked = JSON.parse((await run('diff', 'fixtures/akn/res130-sample.xml', 'fixtures/proposals/b-can-clm-usa-75-res130.docx', '--json')).stdout);
    expect(tracked).toMatchObject({ proposal: 'B/CAN/CLM/USA/75/1', provenance: 'tracked-changes' });
    const same = JSON.parse((await run('diff', BASE, 'fixtures/docx/res130-sample.docx', '--json')).stdout);
    expect(same.summary).toMatchObject({ MOD: 0, ADD: 0, SUP: 0, MOVE: 0 });
  });

  it('picks the base text the proposal names out of a whole Final Acts', async () => {
    const json = JSON.parse((await run('diff', 'fixtures/text/final-acts-sample.txt', 'fixtures/proposals/b-can-clm-usa-75-res130.docx', '--json')).stdout);
    expect(json.base).toBe('res130');
  });
});

describe('clausewatch diff --md and the default redline', () => {
  it('--md prints an ITU-style redline: insertions <ins>, deletions ~~, the op and IDs of each clause', async () => {
    const { code, stdout, stderr } = await run('diff', BASE, 'fixtures/proposals/b-can-clm-usa-75-res130.docx', '--md');
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toMatch(/^# Redline: res130 → B\/CAN\/CLM\/USA\/75\/1\n/);
    expect(stdout).toContain("Changes read from the Word file's tracked changes, exactly as marked.");
    expect(stdout).toContain('**Title** (MOD): RESOLUTION 130 (REV. ~~DUBAI, 2018~~<ins>DOHA, 2026</ins>)');
    expect(stdout).toContain('- **MOD** `res130/resolves/5` 5 to promote the protection of personal data and privacy as an integral part of all security measures<ins>, in line with international human rights law</ins>;');
    expect(stdout).toContain('- **MOVE** `res130/instructs-the-secretary-general/4` → `res130/instructs-the-secretary-general/3` ~~4~~ <ins>3</ins> to organize');
    expect(stdout).toContain('- **SUP** `res130/instructs-the-secretary-general/3` ~~3~~ ~~to strengthen cooperation');
  });

  it('without an option prints one line per changed clause', async () => {
    const { stdout } = await run('diff', BASE, 'fixtures/proposals/arb-21a15-res130-revised.txt');
    expect(stdout.split('\n')[0]).toBe('res130 → arb-21a15-res130-revised: MOD 6, ADD 2, SUP 1, MOVE 5, NOC 67');
    expect(stdout).toContain('Changes computed by comparing the plain texts');
    expect(stdout).toContain('MOD  res130/annex/4  It should provide for the protection of personal data and for [-independent -]oversight');
    expect(stdout).not.toMatch(/^NOC /m);
  });
});

describe('clausewatch diff: bad input', () => {
  const cases: Array<[string, () => string[], RegExp]> = [
    ['a missing proposal', () => [BASE, 'nope.txt'], /^clausewatch: nope\.txt: cannot read the file \(no such file\)$/],
    ['a missing base', () => ['nope.txt', 'fixtures/proposals/eur-44a7-res130.txt'], /^clausewatch: nope\.txt: cannot read the file \(no such file\)$/],
    ['a proposal on another text', () => ['fixtures/text/res197-sample.txt', 'fixtures/proposals/arb-21a15-res130-revised.txt'], /arb-21a15-res130-revised\.txt: it holds Resolution 130, not a revision of the base text \(Resolution 197\)/],
    ['an unknown file type', () => [BASE, file('brief.pdf', '%PDF-1.4')], /brief\.pdf: unknown file type "\.pdf"/],
    ['a Word file that is not a zip', () => [BASE, file('fake.docx', 'just text')], /fake\.docx: this is not a Word \(\.docx\) file/],
    ['XML with entity declarations', () => [BASE, file('evil.xml', '<!DOCTYPE a [<!ENTITY x "y">]><akomaNtoso>&x;</akomaNtoso>')], /evil\.xml: .*DOCTYPE.*refused/],
    ['one file only', () => [BASE], /give a base text and a proposal/],
    ['three files', () => [BASE, BASE, BASE], /give exactly two files/],
    ['both --json and --md', () => [BASE, BASE, '--json', '--md'], /--json and --md cannot be used together/],
    ['an unknown option', () => [BASE, BASE, '--html'], /--html/],
  ];

  it.each(cases)('%s: exit 1, one line on stderr, nothing on stdout', async (_name, args, message) => {
    const result = await run('diff', ...args());
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.endsWith('\n')).toBe(true);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr.trimEnd()).toMatch(message);
  });

  it('the real bin reports errors the same way', async () => {
    const result = await runBin('diff', BASE, 'nope.docx', '--json');
    expect(result).toMatchObject({ code: 1, stdout: '' });
    expect(result.stderr).toBe('clausewatch: nope.docx: cannot read the file (no such file)\n');
  });
});
