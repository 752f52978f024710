import { FOOTNOTE_RULE } from './footnoteRule.ts';
import type { XmlElement, XmlNode } from './xmlTree.ts';

/** Hierarchical containers: a `num`, an optional `heading`, then content and sub-items. */
const HIERARCHY = new Set([
  'hcontainer', 'section', 'subsection', 'article', 'paragraph', 'subparagraph', 'point', 'clause', 'subclause',
  'chapter', 'subchapter', 'part', 'subpart', 'title', 'subtitle', 'book', 'tome', 'division', 'subdivision',
  'list', 'sublist', 'item', 'alinea', 'indent', 'level', 'rule', 'subrule', 'proviso', 'transitional',
  'recitals', 'recital', 'citations', 'citation', 'tblock', 'annex', 'appendix', 'debateSection',
]);

/** Blocks: each starts a new line, except that the first one after a bare `num` continues its line. */
const BLOCK = new Set([
  'p', 'block', 'intro', 'content', 'wrapUp', 'listIntroduction', 'listWrapUp', 'crossHeading', 'longTitle',
  'docTitle', 'formula', 'container', 'blockContainer', 'td', 'th', 'caption', 'tocItem', 'li', 'tr',
]);

/** Elements that hold no document text (metadata, references to other files, images). */
const SKIP = new Set(['meta', 'componentRef', 'documentRef', 'img', 'object']);

/** Line-ish breaks inside running text. */
const BREAK = new Set(['eol', 'eop', 'br']);

/**
 * One Akoma Ntoso document element (`statement`, `act`, `doc` ...) → the plain-text line convention
 * of the text parser: title line, subject, formula, headings on their own line, items as
 * "num text", annexes with their heading lines, and footnotes after a rule of underscores as
 * "marker text". Inline markup contributes its text; whitespace is collapsed.
 */
export function aknDocumentLines(document: XmlElement, fallbackTitle?: string): string[] {
  const writer = new LineWriter(collectMetaNotes(document));
  if (fallbackTitle && !hasDescendant(document, 'longTitle')) writer.line(fallbackTitle);
  for (const child of document.children) writer.node(child);
  writer.flush();
  return writer.finish();
}

interface Note {
  marker: string;
  text: string;
}

/** Writes lines: holds the line being built and whether it so far holds only an item number. */
class LineWriter {
  private readonly lines: string[] = [];
  private readonly notes: Note[] = [];
  private parts: string[] = [];
  /** True while the current line holds only a `num`: the next block continues it. */
  private labelOnly = false;

  constructor(private readonly metaNotes: Map<string, XmlElement>) {}

  line(text: string): void {
    this.flush();
    this.text(text);
    this.flush();
  }

  text(text: string): void {
    this.parts.push(text);
    if (/[^ \t\r\n]/.test(text)) this.labelOnly = false;
  }

  flush(): void {
    const line = collapse(this.parts.join(''));
    if (line !== '') this.lines.push(line);
    this.parts = [];
    this.labelOnly = false;
  }

  finish(): string[] {
    if (this.notes.length === 0) return this.lines;
    return [...this.lines, FOOTNOTE_RULE, ...this.notes.map((note) => collapse(`${note.marker} ${note.text}`))];
  }

  node(node: XmlNode): void {
    if (typeof node === 'string') this.text(node);
    else this.element(node);
  }

  private children(element: XmlElement): void {
    for (const child of element.children) this.node(child);
  }

  private element(element: XmlElement): void {
    const { name } = element;
    if (SKIP.has(name)) return;
    if (BREAK.has(name)) return this.text(' ');
    if (name === 'authorialNote') return this.note(element.attributes.marker, plainText(element));
    if (name === 'noteRef') {
      const target = this.metaNotes.get((element.attributes.href ?? '').replace(/^#/, ''));
      return this.note(element.attributes.marker, target ? plainText(target) : '');
    }
    if (name === 'docType') {
      // "<docType>RESOLUTION</docType><docNumber>101 ...": the words must not run together.
      this.children(element);
      return this.text(' ');
    }
    if (HIERARCHY.has(name)) return this.hierarchy(element);
    if (BLOCK.has(name)) return this.block(element);
    this.children(element);
  }

  private block(element: XmlElement): void {
    if (this.labelOnly) this.parts.push(' ');
    else this.flush();
    this.children(element);
    this.flush();
  }

  private hierarchy(element: XmlElement): void {
    this.flush();
    const num = element.children.find((child): child is XmlElement => isElement(child, 'num'));
    const headings = element.children.filter(
      (child): child is XmlElement => isElement(child, 'heading') || isElement(child, 'subheading'),
    );
    if (num) {
      this.children(num);
      this.labelOnly = collapse(this.parts.join('')) !== '';
      // An annex number ("ANNEX 1 TO RESOLUTION 71 ...") is a line of its own, above its title.
      if (isAnnex(element)) this.flush();
    }
    for (const heading of headings) {
      if (!this.labelOnly) this.flush();
      else this.parts.push(' ');
      this.children(heading);
      this.flush();
    }
    for (const child of element.children) {
      if (child === num || (typeof child !== 'string' && headings.includes(child))) continue;
      this.node(child);
    }
    this.flush();
  }

  /** The marker stays in the text where the note stood ("countries1"); the note goes to the end. */
  private note(marker: string | undefined, text: string): void {
    const mark = marker?.trim() || String(this.notes.length + 1);
    this.text(mark);
    this.notes.push({ marker: mark, text });
  }
}

function isElement(node: XmlNode, name: string): node is XmlElement {
  return typeof node !== 'string' && node.name === name;
}

function isAnnex(element: XmlElement): boolean {
  if (element.name === 'annex' || element.name === 'appendix') return true;
  return /^(annex|appendix|attachment)/i.test(element.attributes.name ?? '');
}

function hasDescendant(element: XmlElement, name: string): boolean {
  return element.children.some(
    (child) => typeof child !== 'string' && child.name !== 'meta' && (child.name === name || hasDescendant(child, name)),
  );
}

/** Notes kept in `meta/notes`, by eId (AKN 3) or id (older drafts), for `noteRef`. */
function collectMetaNotes(document: XmlElement): Map<string, XmlElement> {
  const notes = new Map<string, XmlElement>();
  const walk = (element: XmlElement, inMeta: boolean): void => {
    for (const child of element.children) {
      if (typeof child === 'string') continue;
      const meta = inMeta || child.name === 'meta';
      if (meta && child.name === 'note') {
        const id = child.attributes.eId ?? child.attributes.id;
        if (id) notes.set(id, child);
      }
      walk(child, meta);
    }
  };
  walk(document, false);
  return notes;
}

/** All text of an element, blocks separated by a space. */
function plainText(element: XmlElement): string {
  const parts: string[] = [];
  const walk = (node: XmlNode): void => {
    if (typeof node === 'string') return void parts.push(node);
    if (SKIP.has(node.name)) return;
    const spaced = BLOCK.has(node.name) || HIERARCHY.has(node.name) || BREAK.has(node.name) || node.name === 'num';
    if (spaced) parts.push(' ');
    node.children.forEach(walk);
    if (spaced || node.name === 'docType') parts.push(' ');
  };
  element.children.forEach(walk);
  return collapse(parts.join(''));
}

/** XML white space (not no-break spaces, which are text) collapsed to single spaces. */
function collapse(text: string): string {
  return text.replace(/[ \t\r\n]+/g, ' ').trim();
}
