import { SaxesParser } from 'saxes';
import type { SaxesTagNS } from 'saxes';
import { ImportError } from './importError.ts';
import { MAX_XML_DEPTH } from './limits.ts';

/** An XML element, reduced to what the importers read. */
export interface XmlElement {
  /** Local name, without prefix: `recital`. */
  name: string;
  /** Namespace URI, or "" when there is none. */
  uri: string;
  /** Attributes by qualified name (`eId`, `xml:lang`). */
  attributes: Record<string, string>;
  children: XmlNode[];
}

/** An element or a run of character data (entities already resolved). */
export type XmlNode = XmlElement | string;

export const DOCTYPE_REFUSED =
  'XML with a DOCTYPE or entity declarations is refused (entity expansion and external entities are not allowed)';

/**
 * Parses well-formed XML with a real parser (saxes). A DOCTYPE is refused outright, so no entity
 * other than the five predefined ones and character references is ever expanded, and nothing
 * external is ever fetched. Any error is an ImportError naming the file, line and column.
 */
export function parseXml(xml: string, file: string): XmlElement {
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  scanXml(xml, file, {
    open(element) {
      const parent = stack.at(-1);
      if (parent) parent.children.push(element);
      else root = element;
      stack.push(element);
    },
    close() {
      stack.pop();
    },
    text(text) {
      stack.at(-1)?.children.push(text);
    },
  });
  if (root === null) throw new ImportError(file, 'the file holds no XML elements');
  return root;
}

/** The same checks as parseXml without building a tree, for XML we only need to vet. */
export function checkXml(xml: string, file: string): void {
  scanXml(xml, file, { open() {}, close() {}, text() {} });
}

interface XmlVisitor {
  /** A new element, with no children yet. */
  open(element: XmlElement): void;
  close(): void;
  text(text: string): void;
}

function scanXml(xml: string, file: string, visitor: XmlVisitor): void {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const open: string[] = [];
  let seenRoot = false;
  // saxes pops the mismatched element (and reports its close) before failing on a wrong close tag.
  let lastClosed: string | undefined;

  parser.on('doctype', () => {
    throw new ImportError(file, DOCTYPE_REFUSED);
  });
  parser.on('error', (error) => {
    const context: ErrorContext = { xml, position: parser.position, open: lastClosed ?? open.at(-1), seenRoot };
    throw new ImportError(file, describeSaxesError(error.message, context), { cause: error });
  });
  parser.on('opentag', (tag: SaxesTagNS) => {
    lastClosed = undefined;
    if (open.length >= MAX_XML_DEPTH) {
      throw new ImportError(file, `the XML nests elements more than ${MAX_XML_DEPTH} levels deep; refused`);
    }
    const attributes: Record<string, string> = {};
    for (const [name, attribute] of Object.entries(tag.attributes)) attributes[name] = attribute.value;
    seenRoot = true;
    open.push(tag.local);
    visitor.open({ name: tag.local, uri: tag.uri, attributes, children: [] });
  });
  parser.on('closetag', () => {
    lastClosed = open.pop();
    visitor.close();
  });
  parser.on('text', (text) => visitor.text(text));
  parser.on('cdata', (text) => visitor.text(text));

  parser.write(xml).close();
  if (!seenRoot) throw new ImportError(file, 'the file holds no XML elements');
}

/** saxes says "12:5: unclosed tag: recital"; we say "not well-formed XML at line 12, column 5: unclosed tag <recital>". */
function describeSaxesError(message: string, context: ErrorContext): string {
  const match = /^(\d+):(\d+): (.*)$/s.exec(message);
  const where = match ? ` at line ${match[1]}, column ${Number(match[2]) + 1}` : '';
  const what = plainWords(match ? match[3] : message, context);
  return `not well-formed XML${where}: ${what}`;
}

interface ErrorContext {
  xml: string;
  /** Offset in `xml` the parser had reached. */
  position: number;
  /** The innermost open element, if any. */
  open: string | undefined;
  seenRoot: boolean;
}

function plainWords(message: string, { xml, position, open, seenRoot }: ErrorContext): string {
  const text = message.replace(/\.$/, '');
  const before = xml.slice(Math.max(0, position - 200), position);
  let m: RegExpExecArray | null;
  if ((m = /^unclosed tag: (.+)$/.exec(text))) return `unclosed tag <${m[1]}>`;
  if ((m = /^unmatched closing tag: (.+)$/.exec(text))) return `closing tag </${m[1]}> has no opening tag`;
  if (text === 'unexpected close tag') {
    const closing = /<\/([^\s>]+)\s*>?$/.exec(before)?.[1];
    return closing && open
      ? `closing tag </${closing}> does not match the open tag <${open}>`
      : 'a closing tag does not match the open tag';
  }
  if (text === 'undefined entity') {
    const name = /&([^&;\s<]*);?$/.exec(before)?.[1];
    const which = name ? ` &${name};` : '';
    return `undefined entity${which} (only &amp; &lt; &gt; &quot; &apos; and numeric character references are allowed)`;
  }
  if (text === 'text data outside of root node') {
    return seenRoot ? 'text after the end of the document' : 'text before the first element (this does not look like XML)';
  }
  if (text === 'documents may contain only one root') return 'more than one top-level element';
  if (text === 'document must contain a root element') return 'the file holds no XML elements';
  if ((m = /^unbound namespace prefix: "(.*)"$/.exec(text))) return `the prefix "${m[1]}" is used without a namespace declaration`;
  if (text === 'disallowed character') return 'a character that XML does not allow (the file may be binary or damaged)';
  return text;
}
