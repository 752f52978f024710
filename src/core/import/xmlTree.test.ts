import { describe, it, expect } from 'vitest';
import { ImportError } from './importError.ts';
import { MAX_XML_DEPTH } from './limits.ts';
import { parseXml } from './xmlTree.ts';
import type { XmlElement } from './xmlTree.ts';

function errorOf(xml: string): ImportError {
  try {
    parseXml(xml, 'res130.xml');
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    return error as ImportError;
  }
  throw new Error('expected parseXml to throw');
}

describe('parseXml', () => {
  it('builds a tree with local names, namespaces, attributes and resolved text', () => {
    const root = parseXml(
      '<a:doc xmlns:a="urn:x" id="1"><a:p>x &amp; y &#65;&#x42;<![CDATA[<z>]]></a:p></a:doc>',
      'f.xml',
    );
    expect(root).toMatchObject({ name: 'doc', uri: 'urn:x', attributes: { 'xmlns:a': 'urn:x', id: '1' } });
    const p = root.children[0] as XmlElement;
    expect(p.name).toBe('p');
    expect(p.children.join('')).toBe('x & y AB<z>');
  });

  it('reports an unclosed tag with line and column', () => {
    const error = errorOf('<akomaNtoso>\n  <recital>\n    text\n</akomaNtoso>');
    expect(error.message).toMatch(/^res130\.xml: not well-formed XML at line 4, column \d+: closing tag <\/akomaNtoso> does not match the open tag <recital>$/);
    expect(error.file).toBe('res130.xml');
  });

  it('reports a tag left open at the end of the file', () => {
    expect(errorOf('<a>\n<recital>text').message).toMatch(/^res130\.xml: not well-formed XML at line 2, column \d+: unclosed tag <recital>$/);
  });

  it('says garbage does not look like XML', () => {
    expect(errorOf('this is not xml at all').message).toMatch(/text before the first element \(this does not look like XML\)$/);
  });

  it('refuses a billion-laughs DOCTYPE before expanding anything', () => {
    const laughs = [
      '<?xml version="1.0"?>',
      '<!DOCTYPE lolz [',
      ' <!ENTITY lol "lol">',
      ...Array.from({ length: 9 }, (_, i) => ` <!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`),
      ']>',
      '<lolz>&lol9;</lolz>',
    ].join('\n');
    expect(errorOf(laughs).message).toBe(
      'res130.xml: XML with a DOCTYPE or entity declarations is refused (entity expansion and external entities are not allowed)',
    );
  });

  it('refuses an external entity', () => {
    const xxe = '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r>&x;</r>';
    expect(errorOf(xxe).message).toContain('DOCTYPE or entity declarations is refused');
  });

  it('refuses a bare DOCTYPE too (an external DTD could declare entities)', () => {
    expect(errorOf('<!DOCTYPE r SYSTEM "http://example.invalid/x.dtd"><r/>').message).toContain('DOCTYPE');
  });

  it('names an undefined entity instead of expanding it', () => {
    expect(errorOf('<r>a &nbsp; b</r>').message).toMatch(/not well-formed XML at line 1, column \d+: undefined entity &nbsp; \(only &amp;/);
  });

  it('refuses nesting deeper than the limit', () => {
    const deep = '<a>'.repeat(MAX_XML_DEPTH + 1) + '</a>'.repeat(MAX_XML_DEPTH + 1);
    expect(errorOf(deep).message).toBe(`res130.xml: the XML nests elements more than ${MAX_XML_DEPTH} levels deep; refused`);
    expect(() => parseXml('<a>'.repeat(MAX_XML_DEPTH) + '</a>'.repeat(MAX_XML_DEPTH), 'ok.xml')).not.toThrow();
  });

  it('refuses control characters and empty input', () => {
    expect(errorOf('<r>\u0001</r>').message).toContain('a character that XML does not allow');
    expect(errorOf('').message).toContain('the file holds no XML elements');
  });
});
