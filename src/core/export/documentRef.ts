/** How a summary names and orders the library's texts. */
import { DOCUMENT_TYPE_ORDER, documentName } from '../model/index.ts';
import type { ItuDocument } from '../model/index.ts';

/** A text as a summary cites it: `res130`, "Resolution 130 (Rev. Dubai, 2018)", "Rev. Dubai, 2018". */
export interface DocumentRef {
  id: string;
  name: string;
  revision: string;
}

/** Compares texts by code units: the same order on every machine and locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * How a brief names a text: "Resolution 130 (Rev. Dubai, 2018)", "Decision 5 (Rev. Dubai, 2018)",
 * "Strategic Plan 2024-2027"; a text of no known type by its subject or title line.
 */
export function documentRef(doc: ItuDocument): DocumentRef {
  let name = documentName(doc, doc.id);
  if (doc.revision && doc.type !== 'strategic-plan') name = `${name} (${doc.revision})`;
  return { id: doc.id, name, revision: doc.revision };
}

/** A text the library does not hold (an annotation on a removed text): named by its ID. */
export function missingDocumentRef(id: string): DocumentRef {
  return { id, name: id, revision: '' };
}

/** Library order: by type (resolutions first), then number (130 before 1000), then ID. */
export function compareDocuments(a: ItuDocument, b: ItuDocument): number {
  const byType = DOCUMENT_TYPE_ORDER.indexOf(a.type) - DOCUMENT_TYPE_ORDER.indexOf(b.type);
  if (byType !== 0) return byType;
  const na = Number.parseInt(a.number, 10);
  const nb = Number.parseInt(b.number, 10);
  if (Number.isFinite(na) !== Number.isFinite(nb)) return Number.isFinite(na) ? -1 : 1;
  if (Number.isFinite(na) && na !== nb) return na - nb;
  return compareText(a.number, b.number) || compareText(a.id, b.id);
}
