import { aknDocumentLines } from './aknDocumentLines.ts';
import { ImportError } from './importError.ts';
import { parseXml } from './xmlTree.ts';
import type { XmlElement } from './xmlTree.ts';

/** Akoma Ntoso document types that become one Clausewatch document each. */
const DOCUMENT_TYPES = new Set(['statement', 'act', 'bill', 'doc', 'debateReport', 'debate', 'judgment', 'amendment']);

/**
 * Akoma Ntoso 3.0 / AKN4UN XML → one plain text per document, in the line convention of the
 * text parser. A `documentCollection` (possibly nested) gives one text per component document.
 * Throws ImportError for malformed XML, a DOCTYPE, a root other than `akomaNtoso`, or no document.
 */
export function aknToTexts(xml: string, file: string): string[] {
  const root = parseXml(xml, file);
  if (root.name !== 'akomaNtoso') {
    throw new ImportError(file, `this is not an Akoma Ntoso document (its top element is <${root.name}>, not <akomaNtoso>)`);
  }
  const documents = findDocuments(root);
  if (documents.length === 0) {
    throw new ImportError(file, 'the Akoma Ntoso file holds no document (no statement, act, bill, doc or debateReport)');
  }
  return documents.map((document) => aknDocumentLines(document, frbrShowAs(document)).join('\n'));
}

/** Document elements in reading order; a document's attachments stay inside it. */
function findDocuments(element: XmlElement): XmlElement[] {
  const found: XmlElement[] = [];
  for (const child of element.children) {
    if (typeof child === 'string' || child.name === 'meta') continue;
    if (DOCUMENT_TYPES.has(child.name)) found.push(child);
    else found.push(...findDocuments(child));
  }
  return found;
}

/** `meta/identification/FRBRWork/FRBRnumber@showAs`, the title line when there is no longTitle. */
function frbrShowAs(document: XmlElement): string | undefined {
  const path = ['meta', 'identification', 'FRBRWork', 'FRBRnumber'];
  let element: XmlElement | undefined = document;
  for (const name of path) {
    element = element?.children.find((child): child is XmlElement => typeof child !== 'string' && child.name === name);
  }
  return element?.attributes.showAs;
}
