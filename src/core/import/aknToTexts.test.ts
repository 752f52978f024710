import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { aknToTexts } from './aknToTexts.ts';
import { ImportError } from './importError.ts';

const NS = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';

/** A statement with the usual preface and preamble around `body` (texts written for this test). */
function statement(number: string, body: string, extra = ''): string {
  return `<statement name="resolution">
    <meta><identification source="#x"><FRBRWork><FRBRnumber value="res-${number}" showAs="RESOLUTION ${number} (TESTVILLE, 2030)"/></FRBRWork></identification></meta>
    <preface>
      <longTitle><p><docType>RESOLUTION</docType><docNumber>${number} (REV. TESTVILLE, 2030)</docNumber></p></longTitle>
      <container name="title"><p>Keeping   sample
        texts tidy</p></container>
    </preface>
    <preamble>
      <formula name="enactingFormula"><p>The Sample Conference of the Test Union (Testville, 2030),</p></formula>
      ${extra}
    </preamble>
    <mainBody>${body}</mainBody>
  </statement>`;
}

const wrap = (inner: string): string => `<?xml version="1.0" encoding="UTF-8"?>\n<akomaNtoso xmlns="${NS}">${inner}</akomaNtoso>`;

describe('aknToTexts', () => {
  it('writes the title line, subject, formula, headings and "num text" items', () => {
    const recitals = `<recitals><intro><p><i>considering</i></p></intro>
        <recital><num>a)</num><p>that tests are <b>useful</b>;</p></recital>
        <recital><p>b) that a missing num keeps the label in the text,</p></recital>
      </recitals>`;
    const body = `<hcontainer name="resolves"><heading><i>resolves</i></heading>
        <paragraph><num>1</num><content><p>to write tests;</p></content></paragraph>
        <paragraph><num>2</num><intro><p>to check the following:</p></intro>
          <list><point><num>i)</num><content><p>errors;</p></content></point>
                <point><num>ii)</num><content><p>limits,</p></content></point></list>
        </paragraph>
      </hcontainer>`;
    const [text] = aknToTexts(wrap(statement('901', body, recitals)), 'x.xml');
    expect(text.split('\n')).toEqual([
      'RESOLUTION 901 (REV. TESTVILLE, 2030)',
      'Keeping sample texts tidy',
      'The Sample Conference of the Test Union (Testville, 2030),',
      'considering',
      'a) that tests are useful;',
      'b) that a missing num keeps the label in the text,',
      'resolves',
      '1 to write tests;',
      '2 to check the following:',
      'i) errors;',
      'ii) limits,',
    ]);
  });

  it('gives one text per component of a document collection, nested collections included', () => {
    const xml = wrap(`<documentCollection name="c">
        <preface><longTitle><p>A collection title that is not a resolution</p></longTitle></preface>
        <collectionBody>
          <component>${statement('1', '')}</component>
          <component><documentCollection name="inner"><collectionBody>
            <component>${statement('2', '')}</component>
            <component>${statement('3', '')}</component>
          </collectionBody></documentCollection></component>
        </collectionBody>
      </documentCollection>`);
    const texts = aknToTexts(xml, 'many.xml');
    expect(texts.map((t) => t.split('\n')[0])).toEqual([
      'RESOLUTION 1 (REV. TESTVILLE, 2030)',
      'RESOLUTION 2 (REV. TESTVILLE, 2030)',
      'RESOLUTION 3 (REV. TESTVILLE, 2030)',
    ]);
    expect(texts.join('\n')).not.toContain('collection title');
  });

  it('moves authorial notes after a rule of underscores, leaving the marker in the text', () => {
    const body = `<hcontainer name="resolves"><heading>resolves</heading>
      <paragraph><num>1</num><content><p>to help small states<authorialNote marker="1" placement="bottom"><p>Written for
        this test.</p></authorialNote> and others<authorialNote><p>No marker given.</p></authorialNote>;</p></content></paragraph>
      </hcontainer>`;
    const lines = aknToTexts(wrap(statement('5', body)), 'x.xml')[0].split('\n');
    expect(lines.slice(-5)).toEqual([
      'resolves',
      '1 to help small states1 and others2;',
      '____________________',
      '1 Written for this test.',
      '2 No marker given.',
    ]);
  });

  it('resolves noteRef against notes kept in meta', () => {
    const xml = wrap(`<doc name="resolution">
      <meta><notes source="#x"><note eId="n1"><p>A note from meta.</p></note></notes></meta>
      <preface><longTitle><p>RESOLUTION 7 (TESTVILLE, 2030)</p></longTitle></preface>
      <mainBody><p>Some text<noteRef href="#n1" marker="*"/> here.</p></mainBody></doc>`);
    expect(aknToTexts(xml, 'x.xml')[0].split('\n')).toEqual([
      'RESOLUTION 7 (TESTVILLE, 2030)',
      'Some text* here.',
      '____________________',
      '* A note from meta.',
    ]);
  });

  it('writes annexes: the annex number and title on lines of their own, then the items', () => {
    const xml = wrap(statement('71', '', '').replace(
      '</mainBody>',
      `</mainBody>
      <attachments><attachment><doc name="annex">
        <meta><identification source="#x"/></meta>
        <preface><longTitle><p>ANNEX 1 TO RESOLUTION 71 (REV. TESTVILLE, 2030)</p></longTitle>
          <container name="title"><p>A sample plan</p></container></preface>
        <mainBody><paragraph><num>1</num><content><p>First annex item.</p></content></paragraph>
          <hcontainer name="annex_2"><num>ANNEX 2 TO RESOLUTION 71 (REV. TESTVILLE, 2030)</num><heading>Another part</heading>
            <paragraph><num>1</num><content><p>Item.</p></content></paragraph></hcontainer>
        </mainBody>
      </doc></attachment></attachments>`,
    ));
    expect(aknToTexts(xml, 'x.xml')[0].split('\n').slice(3)).toEqual([
      'ANNEX 1 TO RESOLUTION 71 (REV. TESTVILLE, 2030)',
      'A sample plan',
      '1 First annex item.',
      'ANNEX 2 TO RESOLUTION 71 (REV. TESTVILLE, 2030)',
      'Another part',
      '1 Item.',
    ]);
  });

  it('falls back to FRBRnumber@showAs when there is no longTitle', () => {
    const xml = wrap(`<statement><meta><identification source="#x"><FRBRWork>
        <FRBRnumber value="dec-5" showAs="DECISION 5 (TESTVILLE, 2030)"/></FRBRWork></identification></meta>
      <mainBody><p>Text.</p></mainBody></statement>`);
    expect(aknToTexts(xml, 'x.xml')[0].split('\n')).toEqual(['DECISION 5 (TESTVILLE, 2030)', 'Text.']);
  });

  it('keeps block lists, wrap-ups and table cells as lines of their own', () => {
    const xml = wrap(`<doc><mainBody>
      <recital><num>c)</num><p>that these hold:</p>
        <blockList><listIntroduction>as follows</listIntroduction>
          <item><num>•</num><p>one;</p></item><item><num>•</num><p>two;</p></item></blockList></recital>
      <paragraph><num>3</num><intro><p>to do:</p></intro><point><num>i)</num><content><p>this;</p></content></point>
        <wrapUp><p>and then report.</p></wrapUp></paragraph>
      <table><tr><td><p>cell one</p></td><td>cell two</td></tr></table>
    </mainBody></doc>`);
    expect(aknToTexts(xml, 'x.xml')[0].split('\n')).toEqual([
      'c) that these hold:', 'as follows', '• one;', '• two;',
      '3 to do:', 'i) this;', 'and then report.',
      'cell one', 'cell two',
    ]);
  });

  it('keeps markup-looking text as text', () => {
    const xml = wrap(`<doc><mainBody><p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; more</p></mainBody></doc>`);
    expect(aknToTexts(xml, 'x.xml')).toEqual(['<script>alert(1)</script> & more']);
  });

  it('refuses another root and a file without documents', () => {
    expect(() => aknToTexts('<html><body/></html>', 'page.xml')).toThrow(
      new ImportError('page.xml', 'this is not an Akoma Ntoso document (its top element is <html>, not <akomaNtoso>)'),
    );
    expect(() => aknToTexts(wrap('<documentCollection><collectionBody/></documentCollection>'), 'empty.xml')).toThrow(
      /^empty\.xml: the Akoma Ntoso file holds no document/,
    );
  });

  it('never drops a word: every word of every text node comes out (property)', () => {
    const word = fc.stringMatching(/^[A-Za-z][a-z0-9]{0,7}$/);
    type Tree = { tag: string; words: string[]; children: Tree[] };
    const tags = ['hcontainer', 'paragraph', 'point', 'recitals', 'recital', 'content', 'intro', 'p', 'i', 'b', 'num', 'heading', 'wrapUp', 'blockList', 'item', 'span', 'authorialNote', 'meta'];
    const treeOfDepth = (depth: number): fc.Arbitrary<Tree> =>
      fc.record({
        tag: fc.constantFrom(...tags),
        words: fc.array(word, { maxLength: 3 }),
        children: depth === 0 ? fc.constant([]) : fc.array(treeOfDepth(depth - 1), { maxLength: 3 }),
      });
    const tree = treeOfDepth(4);
    const open = (tag: string): string => (tag === 'authorialNote' ? '<authorialNote marker="*">' : `<${tag}>`);
    const toXml = (t: Tree): string => `${open(t.tag)}${t.words.join(' ')} ${t.children.map(toXml).join(' ')}</${t.tag}>`;
    // meta holds no document text: its words are left out, by design.
    const wordsOf = (t: Tree): string[] => (t.tag === 'meta' ? [] : [...t.words, ...t.children.flatMap(wordsOf)]);
    fc.assert(
      fc.property(fc.array(tree, { minLength: 1, maxLength: 4 }), (trees) => {
        const xml = wrap(`<doc><mainBody>${trees.map(toXml).join('')}</mainBody></doc>`);
        // Note markers ("*") and the rule before the notes are added; take them out before comparing.
        const out = aknToTexts(xml, 'p.xml')[0]
          .split(/\s+/)
          .map((token) => token.replaceAll('*', ''))
          .filter((token) => token !== '' && token !== '____________________');
        const expected = trees.flatMap(wordsOf);
        // Same multiset of words (a num or heading is written first in its container, so order may move).
        expect([...out].sort()).toEqual([...expected].sort());
      }),
      { seed: 20261128, numRuns: 200 },
    );
  });
});
