import { describe, expect, it } from 'vitest';
import { runBin as run, scratchFiles } from './support/cli.ts';

const { dir: scratch, file } = scratchFiles('clausewatch-cli-');

interface JsonClause {
  id: string;
  label: string;
  text: string;
  children: JsonClause[];
}

describe('clausewatch parse --json (public contract)', () => {
  it('prints exactly one JSON object with the documented fields', async () => {
    const result = await run('parse', 'fixtures/text/res130-sample.txt', '--json');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
    const { documents } = JSON.parse(result.stdout);
    expect(documents).toHaveLength(1);
    const [doc] = documents;
    for (const key of ['id', 'type', 'number', 'revision', 'title', 'sections', 'footnotes', 'unparsed']) expect(doc).toHaveProperty(key);
    expect(doc).toMatchObject({ id: 'res130', type: 'resolution', number: '130', revision: 'Rev. Dubai, 2018' });
    const resolves = doc.sections.find((s: { id: string }) => s.id === 'res130/resolves');
    expect(resolves).toMatchObject({ heading: 'resolves', part: 'operative' });
    const clause: JsonClause = resolves.clauses[2];
    expect(clause).toMatchObject({ id: 'res130/resolves/3', label: '3' });
    expect(Array.isArray(clause.children)).toBe(true);
    expect(doc.footnotes.map((f: { number: string }) => f.number)).toEqual(['1', '2', '3']);
  });

  it('takes several files of every format and gives the same IDs for the same text', async () => {
    const result = await run('parse', 'fixtures/text/res130-sample.txt', 'fixtures/akn/res130-sample.xml', 'fixtures/docx/res130-sample.docx', 'fixtures/akn/final-acts-sample.xml', '--json');
    expect(result.code).toBe(0);
    const { documents } = JSON.parse(result.stdout);
    expect(documents.map((d: { id: string }) => d.id)).toEqual(['res130', 'res130', 'res130', 'res130', 'res197', 'res206', 'dec5', 'rec7']);
    const ids = (d: { sections: Array<{ clauses: JsonClause[] }> }): string[] => {
      const out: string[] = [];
      const walk = (c: JsonClause): void => { out.push(c.id); c.children.forEach(walk); };
      d.sections.forEach((s) => s.clauses.forEach(walk));
      return out;
    };
    expect(ids(documents[1])).toEqual(ids(documents[0]));
    expect(ids(documents[2])).toEqual(ids(documents[0]));
    expect(ids(documents[0]).length).toBeGreaterThan(60);
  });

  it('parses a Strategic Plan', async () => {
    const { code, stdout } = await run('parse', 'fixtures/text/strategic-plan-sample.txt', '--json');
    expect(code).toBe(0);
    const [plan] = JSON.parse(stdout).documents;
    expect(plan).toMatchObject({ id: 'sp-2024-2027', type: 'strategic-plan' });
    expect(plan.plan.goals.length).toBeGreaterThanOrEqual(3);
  });
});

describe('clausewatch parse (outline)', () => {
  it('prints a readable outline with clause IDs', async () => {
    const { code, stdout } = await run('parse', 'fixtures/text/res197-sample.txt');
    expect(code).toBe(0);
    expect(stdout).toContain('RESOLUTION 197 (REV. DUBAI, 2018)  [res197]');
    expect(stdout).toMatch(/resolves further {2}\[res197\/resolves-further, operative\]/);
    expect(stdout).toContain('[res197/instructs-the-secretary-general#2/1]');
  });

  it('flags text it could not place', async () => {
    const { stdout } = await run('parse', 'fixtures/text/res130-sample-messy.txt');
    expect(stdout).toMatch(/! not placed \(page header or footer, line \d+\): - 57 -/);
  });
});

describe('clausewatch parse: bad input', () => {
  const cases: Array<[string, () => string[], RegExp]> = [
    ['a missing file', () => ['nope.txt'], /^clausewatch: nope\.txt: cannot read the file \(no such file\)$/],
    ['an unknown file type', () => [file('brief.pdf', '%PDF-1.4')], /brief\.pdf: unknown file type "\.pdf"/],
    ['XML with entity declarations', () => [file('evil.xml', '<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x "y">]><akomaNtoso>&x;</akomaNtoso>')], /evil\.xml: .*DOCTYPE.*refused/],
    ['an external entity', () => [file('xxe.xml', '<!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]><akomaNtoso>&x;</akomaNtoso>')], /xxe\.xml: .*refused/],
    ['malformed XML', () => [file('broken.xml', '<akomaNtoso><statement>')], /broken\.xml: .*(line|column)/],
    ['a binary file named .txt', () => [file('photo.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2, 3, 0, 0]))], /photo\.txt: .*binary/],
    ['a Word file that is not a zip', () => [file('fake.docx', 'just text')], /fake\.docx: /],
    ['a folder', () => [scratch], /is a folder/],
    ['no file at all', () => [], /no file given/],
  ];

  it.each(cases)('%s: exit 1, one line on stderr, nothing on stdout', async (_name, args, message) => {
    const result = await run('parse', ...args(), '--json');
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.endsWith('\n')).toBe(true);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr.trimEnd()).toMatch(message);
  });

  it('imports nothing when one of several files is bad', async () => {
    const result = await run('parse', 'fixtures/text/res130-sample.txt', file('bad.xml', '<nope/>'), '--json');
    expect(result).toMatchObject({ code: 1, stdout: '' });
    expect(result.stderr).toMatch(/bad\.xml: .*Akoma Ntoso/);
  });

  it('rejects an unknown command and unknown options', async () => {
    expect(await run('frobnicate')).toMatchObject({ code: 1, stdout: '' });
    const option = await run('parse', '--colour', 'fixtures/text/rec-sample.txt');
    expect(option.code).toBe(1);
    expect(option.stderr).toMatch(/clausewatch: .*--colour/);
  });

  it('lists the commands with --help', async () => {
    const { code, stdout } = await run('--help');
    expect(code).toBe(0);
    expect(stdout).toMatch(/clausewatch parse FILE\.\.\. \[--json\]/);
    expect(stdout).toMatch(/clausewatch serve/);
  });
});
