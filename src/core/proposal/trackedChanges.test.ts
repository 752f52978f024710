import { describe, expect, it } from 'vitest';
import { parseXml } from '../import/index.ts';
import { readTrackedChanges } from './trackedChanges.ts';
import { sliceHunks } from './trackedHunks.ts';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const body = (paragraphs: string) => parseXml(`<w:document ${W}><w:body>${paragraphs}<w:sectPr/></w:body></w:document>`, 'test.docx');
const run = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
const del = (text: string) => `<w:del w:id="1" w:author="a" w:date="2026-01-01T00:00:00Z"><w:r><w:delText xml:space="preserve">${text}</w:delText></w:r></w:del>`;
const ins = (text: string) => `<w:ins w:id="2" w:author="a" w:date="2026-01-01T00:00:00Z">${run(text)}</w:ins>`;

describe('readTrackedChanges', () => {
  it('reads w:ins and w:del as the amendment, exactly as marked', () => {
    const tracked = readTrackedChanges(body(`<w:p>${run('c)')}<w:r><w:tab/></w:r>${run('that ')}${del('old')}${ins('new')}${run(' words;')}</w:p>`), null, null);
    expect(tracked.before).toBe('c) that old words;');
    expect(tracked.after).toBe('c) that new words;');
    expect(tracked.revisions).toBe(2);
    expect(tracked.paragraphs).toEqual([
      {
        before: 'c) that old words;',
        after: 'c) that new words;',
        hunks: [
          { type: 'equal', text: 'c) that ' },
          { type: 'delete', text: 'old' },
          { type: 'insert', text: 'new' },
          { type: 'equal', text: ' words;' },
        ],
      },
    ]);
  });

  it('reads moves (w:moveFrom / w:moveTo) and whole paragraphs inserted or deleted', () => {
    const paragraph = (mark: string, content: string) => `<w:p><w:pPr><w:rPr>${mark}</w:rPr></w:pPr>${content}</w:p>`;
    const xml = body(
      [
        paragraph('<w:moveFrom w:id="3"/>', `<w:moveFrom w:id="4">${run('a) moved text;')}</w:moveFrom>`),
        `<w:p>${run('b) stays;')}</w:p>`,
        paragraph('<w:moveTo w:id="5"/>', `<w:moveTo w:id="6">${run('c) moved text;')}</w:moveTo>`),
        paragraph('<w:ins w:id="7"/>', ins('d) added;')),
        paragraph('<w:del w:id="8"/>', del('e) removed;')),
      ].join(''),
    );
    const tracked = readTrackedChanges(xml, null, null);
    expect(tracked.before.split('\n')).toEqual(['a) moved text;', 'b) stays;', 'e) removed;']);
    expect(tracked.after.split('\n')).toEqual(['b) stays;', 'c) moved text;', 'd) added;']);
    expect(tracked.revisions).toBe(8);
  });

  it('numbers footnote references and puts the notes after a rule, as the Word importer does', () => {
    const xml = body(`<w:p>${run('d) developing countries')}<w:r><w:footnoteReference w:id="5"/></w:r>${run(' lack skills;')}</w:p>`);
    const notes = parseXml(`<w:footnotes ${W}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:id="5"><w:p><w:r><w:footnoteRef/></w:r>${run(' Including economies in ')}${ins('transition.')}</w:p></w:footnote></w:footnotes>`, 'test.docx');
    const tracked = readTrackedChanges(xml, notes, null);
    expect(tracked.after).toBe('d) developing countries1 lack skills;\n____________________\n1 Including economies in transition.');
    expect(tracked.before).toBe('d) developing countries1 lack skills;\n____________________\n1 Including economies in');
  });

  it('normalises white space on each side the way the lines have it', () => {
    const tracked = readTrackedChanges(body(`<w:p>${run('  a  ')}${del(' b ')}${ins('  c')}${run('   d ')}</w:p>`), null, null);
    const [paragraph] = tracked.paragraphs;
    expect(paragraph.before).toBe('a b d');
    expect(paragraph.after).toBe('a c d');
    expect(tracked.before).toBe('a b d');
  });
});

describe('sliceHunks', () => {
  it('cuts a label off both sides, even where the label itself changed', () => {
    const hunks = [
      { type: 'delete' as const, text: 'c' },
      { type: 'insert' as const, text: 'd' },
      { type: 'equal' as const, text: ') that ' },
      { type: 'insert' as const, text: 'new ' },
      { type: 'equal' as const, text: 'text' },
    ];
    expect(sliceHunks(hunks, 3, 3)).toEqual([
      { type: 'equal', text: 'that ' },
      { type: 'insert', text: 'new ' },
      { type: 'equal', text: 'text' },
    ]);
  });
});
