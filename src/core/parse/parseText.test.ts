import { describe, expect, it } from 'vitest';
import type { Clause, ItuDocument } from '../model/index.ts';
import { allClauses } from '../model/index.ts';
import { parseText } from './parseText.ts';

const FORMULA = 'The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),';
const doc = (...lines: string[]): ItuDocument => {
  const docs = parseText(lines.join('\n'));
  expect(docs).toHaveLength(1);
  return docs[0];
};
const ids = (d: ItuDocument): string[] => allClauses(d).map((c) => c.id);
const clause = (d: ItuDocument, id: string): Clause => {
  const found = allClauses(d).find((c) => c.id === id);
  if (!found) throw new Error(`no clause ${id} in ${ids(d).join(', ')}`);
  return found;
};

describe('title lines', () => {
  it.each([
    ['RESOLUTION 130 (REV. DUBAI, 2018)', 'res130', 'resolution', '130', 'Rev. Dubai, 2018', 'Dubai, 2018'],
    ['RESOLUTION 206 (DUBAI, 2018)', 'res206', 'resolution', '206', 'Dubai, 2018', 'Dubai, 2018'],
    ['DECISION 5 (REV. DUBAI, 2018)', 'dec5', 'decision', '5', 'Rev. Dubai, 2018', 'Dubai, 2018'],
    ['RECOMMENDATION 7 (DUBAI, 2018)', 'rec7', 'recommendation', '7', 'Dubai, 2018', 'Dubai, 2018'],
    ['RESOLUTION 25 (REV. BUENOS AIRES, 2017)', 'res25', 'resolution', '25', 'Rev. Buenos Aires, 2017', 'Buenos Aires, 2017'],
    ['RESOLUTION [SEN-1] (DUBAI, 2018)', 'res-sen-1', 'resolution', '[SEN-1]', 'Dubai, 2018', 'Dubai, 2018'],
    ['RESOLUTION  71  (REV.DUBAI, 2018)', 'res71', 'resolution', '71', 'Rev. Dubai, 2018', 'Dubai, 2018'],
  ])('%s', (titleLine, id, type, number, revision, conference) => {
    const d = doc(titleLine, 'A subject', FORMULA, 'resolves', '1 to act.');
    expect(d).toMatchObject({ id, type, number, revision, conference, title: 'A subject', preamble: FORMULA });
  });

  it('does not take a mixed-case citation for a title line', () => {
    const docs = parseText(['RESOLUTION 1 (DUBAI, 2018)', 'Subject', FORMULA, 'recalling', 'Resolution 174 (Rev. Busan, 2014)'].join('\n'));
    expect(docs).toHaveLength(1);
    expect(docs[0].sections[0].clauses[0].text).toBe('Resolution 174 (Rev. Busan, 2014)');
  });

  it('joins a subject wrapped over two lines and a one-word subject', () => {
    expect(doc('RESOLUTION 2 (DUBAI, 2018)', 'The role of the Union in', 'fostering innovation', FORMULA, 'resolves', '1 to act.').title).toBe(
      'The role of the Union in fostering innovation',
    );
    expect(doc('RESOLUTION 3 (DUBAI, 2018)', 'Languages', FORMULA, 'resolves', '1 to act.').title).toBe('Languages');
  });

  it('matches the opening formula leniently and joins it across lines', () => {
    const d = doc('RESOLUTION 4 (DUBAI, 2018)', 'Subject', 'The Plenipotentiary Conference of the International', 'Telecommunication Union (Rev. Dubai, 2018),', 'noting', 'that it works,');
    expect(d.preamble).toBe('The Plenipotentiary Conference of the International Telecommunication Union (Rev. Dubai, 2018),');
    expect(d.sections[0].id).toBe('res4/noting');
  });
});

describe('headings and items', () => {
  const res = doc(
    'RESOLUTION 130 (REV. DUBAI, 2018)',
    'Strengthening trust',
    FORMULA,
    'considering',
    'a) that networks grow;',
    'b) that risks grow,',
    'noting',
    'that a single item has no letter,',
    'considering further',
    'a) that cooperation helps,',
    'resolves',
    '1 to act as follows:',
    'i) first;',
    'ii) second;',
    '2 to study the following:',
    '2.1 one;',
    '2.2 two;',
    '3 to promote, including:',
    '• awareness;',
    '• training;',
    '4 to review considering d) above and resolves 2.1,',
    'further resolves',
    '1 to continue,',
    'instructs the Secretary-General',
    '1 to report;',
    '2 to consult as follows:',
    'a) members;',
    'b) others,',
    'instructs the Secretary-General',
    '1 to report again.',
  );

  it('gives path IDs to sections and clauses', () => {
    expect(res.sections.map((s) => s.id)).toEqual([
      'res130/considering',
      'res130/noting',
      'res130/considering-further',
      'res130/resolves',
      'res130/resolves-further',
      'res130/instructs-the-secretary-general',
      'res130/instructs-the-secretary-general#2',
    ]);
    expect(ids(res)).toEqual([
      'res130/considering/a', 'res130/considering/b',
      'res130/noting/p1',
      'res130/considering-further/a',
      'res130/resolves/1', 'res130/resolves/1/i', 'res130/resolves/1/ii',
      'res130/resolves/2', 'res130/resolves/2/2.1', 'res130/resolves/2/2.2',
      'res130/resolves/3', 'res130/resolves/3/b1', 'res130/resolves/3/b2',
      'res130/resolves/4',
      'res130/resolves-further/1',
      'res130/instructs-the-secretary-general/1', 'res130/instructs-the-secretary-general/2',
      'res130/instructs-the-secretary-general/2/a', 'res130/instructs-the-secretary-general/2/b',
      'res130/instructs-the-secretary-general#2/1',
    ]);
  });

  it('keeps labels as printed and text without the label', () => {
    expect(clause(res, 'res130/considering/b')).toMatchObject({ label: 'b)', text: 'that risks grow,' });
    expect(clause(res, 'res130/noting/p1')).toMatchObject({ label: '', text: 'that a single item has no letter,' });
    expect(clause(res, 'res130/resolves/2/2.1')).toMatchObject({ label: '2.1', text: 'one;' });
    expect(clause(res, 'res130/resolves/3/b1')).toMatchObject({ label: '•', text: 'awareness;' });
  });

  it('marks the parts and normalises the verbs', () => {
    expect(res.sections.map((s) => [s.part, s.verb, s.further])).toEqual([
      ['preamble', 'considering', false],
      ['preamble', 'noting', false],
      ['preamble', 'considering', true],
      ['operative', 'resolves', false],
      ['operative', 'resolves', true],
      ['operative', 'instructs', false],
      ['operative', 'instructs', false],
    ]);
  });

  it('resolves cross-references to clause IDs', () => {
    expect(clause(res, 'res130/resolves/4').refs).toEqual([
      { text: 'considering d) above', start: 10, end: 30, target: null },
      { text: 'resolves 2.1', start: 35, end: 47, target: 'res130/resolves/2/2.1' },
    ]);
  });

  it('treats "further resolves" and "resolves further" as one kind', () => {
    const a = doc('RESOLUTION 1 (DUBAI, 2018)', 'S', FORMULA, 'resolves further', '1 to act.');
    expect(a.sections[0].id).toBe('res1/resolves-further');
    expect(res.sections[4].kind).toBe(a.sections[0].kind);
  });

  it('continues letters past z with aa) and tells the ninth letter from roman one', () => {
    const letters = 'abcdefghijklmnopqrstuvwxyz'.split('').map((l) => `${l}) item ${l};`);
    const d = doc('RESOLUTION 9 (DUBAI, 2018)', 'S', FORMULA, 'recalling', ...letters, 'aa) item aa,');
    expect(d.sections[0].clauses.map((c) => c.label)).toEqual([...letters.map((l) => l.split(' ')[0]), 'aa)']);
    expect(d.sections[0].clauses.every((c) => c.children.length === 0)).toBe(true);
  });

  it('accepts a heading known only by its shape when its first item follows', () => {
    const d = doc('RESOLUTION 9 (DUBAI, 2018)', 'S', FORMULA, 'appreciating deeply', 'a) that it helps,', 'proclaims', '1 to act.');
    expect(d.sections.map((s) => [s.kind, s.part])).toEqual([['appreciating-deeply', 'preamble'], ['proclaims', 'operative']]);
  });
});

describe('annexes, appendices and footnotes', () => {
  const res = doc(
    'RESOLUTION 25 (REV. DUBAI, 2018)',
    'Regional presence',
    FORMULA,
    'resolves',
    '1 to strengthen offices in developing countries1;',
    '2 to report.',
    '____________________',
    '1 These include the least developed countries.',
    'ANNEX TO RESOLUTION 25 (REV. DUBAI, 2018)',
    'Terms of reference',
    '1 The group shall meet yearly.',
    'It reports to the Council.',
    '2 The group shall be open.',
    'APPENDIX 1 TO ANNEX',
    'List of offices',
    'a) Office one;',
    'b) Office two.',
  );

  it('files the footnote and takes its marker out of the word', () => {
    expect(res.footnotes).toEqual([{ id: 'res25/fn/1', number: '1', text: 'These include the least developed countries.' }]);
    expect(clause(res, 'res25/resolves/1')).toMatchObject({ text: 'to strengthen offices in developing countries;', notes: [{ number: '1', at: 45 }] });
  });

  it('makes annex and appendix sections with titles and paragraphs', () => {
    const annex = res.sections[1];
    expect(annex).toMatchObject({ id: 'res25/annex', part: 'annex', heading: 'ANNEX TO RESOLUTION 25 (REV. DUBAI, 2018)', title: 'Terms of reference' });
    expect(annex.clauses.map((c) => [c.id, c.text])).toEqual([
      ['res25/annex/1', 'The group shall meet yearly.'],
      ['res25/annex/p1', 'It reports to the Council.'],
      ['res25/annex/2', 'The group shall be open.'],
    ]);
    expect(res.sections[2]).toMatchObject({ id: 'res25/appendix-1', title: 'List of offices' });
    expect(res.sections[2].clauses.map((c) => c.id)).toEqual(['res25/appendix-1/a', 'res25/appendix-1/b']);
  });

  it('numbers annexes and gives a repeated one #2', () => {
    const d = doc('RESOLUTION 71 (REV. DUBAI, 2018)', 'S', FORMULA, 'resolves', '1 to adopt.', 'ANNEX 1 TO RESOLUTION 71 (REV. DUBAI, 2018)', 'Plan', 'ANNEX 2 TO RESOLUTION 71 (REV. DUBAI, 2018)', 'Glossary', 'ANNEX 2 TO RESOLUTION 71 (REV. DUBAI, 2018)', 'Glossary again');
    expect(d.sections.map((s) => s.id)).toEqual(['res71/resolves', 'res71/annex-1', 'res71/annex-2', 'res71/annex-2#2']);
  });

  it('does not take "IPv6" for a marker of footnote 6', () => {
    const lines = ['RESOLUTION 1 (DUBAI, 2018)', 'S', FORMULA, 'resolves'];
    for (let i = 1; i <= 6; i++) lines.push(`${i} to deploy IPv6 in networks${i};`);
    lines.push('____________________');
    for (let i = 1; i <= 6; i++) lines.push(`${i} Note ${i}.`);
    const d = doc(...lines);
    expect(d.footnotes.map((f) => f.number)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(clause(d, 'res1/resolves/6')).toMatchObject({ text: 'to deploy IPv6 in networks;', notes: [{ number: '6', at: 26 }] });
  });
});

describe('text as it comes out of a PDF', () => {
  const clean = doc(
    'RESOLUTION 197 (REV. DUBAI, 2018)',
    'Things',
    FORMULA,
    'considering',
    'a) that devices multiply in developing countries1;',
    'b) that identifiers matter,',
    'resolves',
    '1 to promote telecommunication development;',
    '2 to study identifiers,',
    'instructs the Secretary-General, in consultation with the Directors of the Bureaux',
    '1 to coordinate;',
    '2 to report.',
    '____________________',
    '1 These include small island developing states.',
  );
  const messy = doc(
    'RESOLUTION 197 (REV. DUBAI, 2018)',
    'Things',
    FORMULA,
    'considering a) that devices multiply in developing countries1; ____________________ 1 These include small island developing states.',
    '- 3 -',
    'b) that identifiers matter, resolves',
    'Res. 197',
    '1 to promote tele-',
    'communication development; 2 to study identifiers, instructs the Secretary-General,',
    'in consultation with the Directors of the Bureaux',
    '1 to coordinate;',
    '2',
    'to report.',
  );

  it('gives the same structure as the clean text', () => {
    const shape = (d: ItuDocument) => d.sections.map((s) => ({ id: s.id, heading: s.heading, clauses: allClauses({ ...d, sections: [s] }).map((c) => [c.id, c.label, c.text]) }));
    expect(shape(messy)).toEqual(shape(clean));
    expect(messy.footnotes).toEqual(clean.footnotes);
  });

  it('files page furniture as unparsed, with its reason', () => {
    expect(messy.unparsed.map((u) => [u.text, u.reason])).toEqual([
      ['- 3 -', 'page header or footer'],
      ['Res. 197', 'page header or footer'],
    ]);
    expect(clean.unparsed).toEqual([]);
  });

  it('keeps the hyphen of a real compound split by the extraction', () => {
    const d = doc('RESOLUTION 1 (DUBAI, 2018)', 'S', FORMULA, 'recalling', 'the high- level event,');
    expect(d.sections[0].clauses[0].text).toBe('the high-level event,');
  });

  it('rejoins wrapped lines of a clause', () => {
    const d = doc('RESOLUTION 1 (DUBAI, 2018)', 'S', FORMULA, 'recalling', 'a) the 2030 Agenda for Sustainable', '2030 Agenda again and ICT-', 'centric work;', 'b) more,');
    expect(d.sections[0].clauses.map((c) => c.text)).toEqual(['the 2030 Agenda for Sustainable 2030 Agenda again and ICT-centric work;', 'more,']);
  });
});

describe('several documents and stray text', () => {
  const text = [
    'FINAL ACTS',
    'RESOLUTION 1 (DUBAI, 2018)',
    'One',
    FORMULA,
    'resolves',
    '1 to act.',
    'DECISION 5 (REV. DUBAI, 2018)',
    'Five',
    FORMULA,
    'decides',
    '1 to decide.',
    'RESOLUTION 1 (DUBAI, 2018)',
    'One again',
    FORMULA,
    'resolves',
    '1 to act again.',
  ].join('\n');

  it('splits a whole Final Acts into documents with unique IDs', () => {
    const docs = parseText(text);
    expect(docs.map((d) => d.id)).toEqual(['res1', 'dec5', 'res1#2']);
    expect(docs[2].sections[0].clauses[0].id).toBe('res1#2/resolves/1');
    expect(docs[1].sections[0]).toMatchObject({ id: 'dec5/decides', part: 'operative' });
  });

  it('keeps text before the first title line as unparsed', () => {
    expect(parseText(text)[0].unparsed).toEqual([{ text: 'FINAL ACTS', reason: 'text before the first title line', line: 1 }]);
  });

  it('gives the same IDs for the same text', () => {
    expect(JSON.stringify(parseText(text))).toBe(JSON.stringify(parseText(text)));
  });

  it('parses text without a title line as one "other" document and flags text before any heading', () => {
    const [d] = parseText('Some notes about the conference.\nresolves\n1 to act.');
    expect(d).toMatchObject({ id: 'doc', type: 'other' });
    expect(d.unparsed).toEqual([{ text: 'Some notes about the conference.', reason: 'text before the first heading', line: 1 }]);
    expect(ids(d)).toEqual(['doc/resolves/1']);
  });

  it('keeps HTML as inert text', () => {
    const [d] = parseText(['RESOLUTION 1 (DUBAI, 2018)', 'S', FORMULA, 'resolves', '1 to <script>alert(1)</script> act.'].join('\n'));
    expect(d.sections[0].clauses[0].text).toBe('to <script>alert(1)</script> act.');
  });
});
