import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runBin as run, runHere, scratchFiles, type Run } from './support/cli.ts';

const OLD = 'fixtures/text/res130-sample.txt';
const NEW = 'fixtures/annotations/res130-sample-revised.txt';
const ANNOTATIONS = 'fixtures/annotations/res130-sample-annotations.json';

const { dir: scratch, file } = scratchFiles('clausewatch-cli-annotations-');

/** A failure as the CLI contract wants it: exit 1, one line on stderr naming the file, nothing on stdout. */
const expectFailure = (result: Run, pattern: RegExp): void => {
  expect(result.stdout).toBe('');
  expect(result.code).toBe(1);
  expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(result.stderr).toMatch(/^clausewatch: /);
  expect(result.stderr.trimEnd()).toMatch(pattern);
};

describe('clausewatch suggest --json (public contract)', () => {
  it('prints one JSON object: per document, the clauses with categories, matched terms and scores', async () => {
    const result = await run('suggest', OLD, 'fixtures/text/res206-sample.txt', '--json');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
    const { documents } = JSON.parse(result.stdout);
    expect(documents.map((d: { id: string }) => d.id)).toEqual(['res130', 'res206']);
    const suggestion = documents[0].suggestions.find((s: { clause: string }) => s.clause === 'res130/considering/g');
    expect(suggestion).toEqual({ clause: 'res130/considering/g', categories: [{ category: 'cybersecurity', terms: ['computer incident response team', 'CIRT'], score: 5 }] });
    const ids = new Set(documents.flatMap((d: { suggestions: Array<{ categories: Array<{ category: string }> }> }) => d.suggestions.flatMap((s) => s.categories.map((c) => c.category))));
    for (const id of ids) expect(['cybersecurity', 'iot-doa', 'ott', 'privacy-surveillance', 'content-regulation', 'internet-governance']).toContain(id);
    expect(ids).toContain('ott');
    for (const s of documents[0].suggestions) {
      expect(Object.keys(s)).toEqual(['clause', 'categories']);
      for (const c of s.categories) expect(Object.keys(c)).toEqual(['category', 'terms', 'score']);
    }
  });

  it('prints a readable list without --json', async () => {
    const result = await run('suggest', OLD);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^res130: \d+ clauses with suggestions/);
    expect(result.stdout).toContain('res130/resolves/5  privacy-surveillance 5 (personal data, privacy)');
  });

  it('fails as every command does on a bad file or no file', async () => {
    const [missing, pdf, none] = await Promise.all([run('suggest', 'fixtures/text/nope.txt', '--json'), run('suggest', OLD, file('brief.pdf', '%PDF-1.4'), '--json'), run('suggest')]);
    expectFailure(missing, /nope\.txt: cannot read the file \(no such file\)/);
    expectFailure(pdf, /brief\.pdf: unknown file type/);
    expectFailure(none, /no file given/);
  });
});

describe('clausewatch carry --json (public contract)', () => {
  it('carries the sample annotations to the revised text: exact, moved, fuzzy and orphaned, as expected', async () => {
    const result = await run('carry', ANNOTATIONS, '--from', OLD, '--to', NEW, '--json');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
    const expected = JSON.parse(readFileSync(join(ROOT, 'fixtures/annotations/res130-sample-carried.json'), 'utf8'));
    expect(JSON.parse(result.stdout)).toEqual(expected);
    const states = new Set(expected.annotations.map((a: { state: string }) => a.state));
    expect(states).toEqual(new Set(['exact', 'moved', 'fuzzy', 'orphaned']));
    // The trap: cw-1's words were changed in resolves 4 and still stand in instructs the Secretary-General 2.
    expect(expected.annotations[0]).toEqual({ id: 'urn:clausewatch:annotation:cw-1', state: 'orphaned', clause: null, from: 'res130/resolves/4' });
    expect(expected.annotations[1]).toEqual({ id: 'urn:clausewatch:annotation:cw-2', state: 'moved', clause: 'res130/considering/d', from: 'res130/considering/e' });
  });

  it('accepts a plain JSON array, and the same text in another format', async () => {
    const { first } = JSON.parse(readFileSync(join(ROOT, ANNOTATIONS), 'utf8'));
    const array = file('array.json', JSON.stringify(first.items));
    const result = await run('carry', array, '--from', 'fixtures/docx/res130-sample.docx', '--to', OLD, '--json');
    expect(result.code).toBe(0);
    const { annotations } = JSON.parse(result.stdout);
    expect(annotations).toHaveLength(9);
    for (const a of annotations) expect(a).toEqual({ id: a.id, state: 'exact', clause: a.from, from: a.from });
  });

  it('prints a readable table with the reasons without --json', async () => {
    const result = await run('carry', ANNOTATIONS, '--from', OLD, '--to', NEW);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('moved     res130/considering/e → res130/considering/d  urn:clausewatch:annotation:cw-2  was considering e)');
    expect(result.stdout).toContain('9 annotations: 2 exact, 2 moved, 3 fuzzy, 2 orphaned');
  });

  it('fails with one line naming the file and the field, and prints nothing', async () => {
    const noFragment = file('nofragment.json', JSON.stringify([{ id: 'urn:x:1', type: 'Annotation', target: { selector: [{ type: 'TextQuoteSelector', exact: 'national CIRTs' }] } }]));
    const many = file('many.json', JSON.stringify([{ type: 'Note' }, { type: 'Note' }, { type: 'Note' }]));
    const other = file('other.json', JSON.stringify([{ id: 'urn:x:1', type: 'Annotation', target: { selector: { type: 'FragmentSelector', value: 'res197/resolves/1' } } }]));
    const cases: Array<[string[], RegExp]> = [
      [[ANNOTATIONS, '--to', NEW, '--json'], /--from is missing/],
      [[ANNOTATIONS, '--from', OLD, '--json'], /--to is missing/],
      [['--from', OLD, '--to', NEW], /no annotation file given/],
      [[file('broken.json', '{"type": "AnnotationCollection", '), '--from', OLD, '--to', NEW], /broken\.json: is not valid JSON/],
      [[scratch, '--from', OLD, '--to', NEW], /is a folder, not a file/],
      [[noFragment, '--from', OLD, '--to', NEW, '--json'], /nofragment\.json: \[0\]\.target\.selector: no FragmentSelector with the clause ID$/],
      [[many, '--from', OLD, '--to', NEW], /many\.json: \[0\]: expected an annotation .* \(and 2 more problems\)$/],
      [[other, '--from', OLD, '--to', NEW], /other\.json: \[0\]\.target: the clause "res197\/resolves\/1" is in document "res197", but fixtures\/text\/res130-sample\.txt holds res130$/],
      [[ANNOTATIONS, '--from', OLD, '--to', 'fixtures/text/nope.txt'], /nope\.txt: cannot read the file/],
    ];
    // The first through the real bin, the rest in this process: the same code, without a process each.
    const results = await Promise.all(cases.map(([args], i) => (i === 0 ? run : runHere)('carry', ...args)));
    results.forEach((result, i) => expectFailure(result, cases[i][1]));
  });
});
