/** How the library names its texts: type names, the ITU's publication order, a text's name. */
import type { DocumentType, ItuDocument } from './document.ts';

/** A type as a citation names it: "Resolution 130"; a text of no known type is a "Text". */
export const DOCUMENT_TYPE_NAMES: Readonly<Record<DocumentType, string>> = {
  resolution: 'Resolution',
  decision: 'Decision',
  recommendation: 'Recommendation',
  'strategic-plan': 'Strategic Plan',
  other: 'Text',
};

/** The order the ITU publishes its texts in: resolutions, decisions, recommendations, the Plan, the rest. */
export const DOCUMENT_TYPE_ORDER: readonly DocumentType[] = ['resolution', 'decision', 'recommendation', 'strategic-plan', 'other'];

/** What naming a text reads of it. */
export type NamedDocument = Pick<ItuDocument, 'type' | 'number' | 'plan' | 'title' | 'titleLine'>;

/**
 * How a text is named in running text, without its revision: "Resolution 130", "Decision 5",
 * "Strategic Plan 2024-2027" (by its period, else its number). A text of no known type and no
 * number goes by its subject or title line, else by `untitled` (the caller's choice: an ID, a file).
 */
export function documentName(doc: NamedDocument, untitled: string): string {
  if (doc.type === 'strategic-plan') {
    const period = doc.plan?.period || doc.number;
    return period ? `Strategic Plan ${period}` : 'Strategic Plan';
  }
  if (doc.type === 'other' && !doc.number) return doc.title || doc.titleLine || untitled;
  return doc.number ? `${DOCUMENT_TYPE_NAMES[doc.type]} ${doc.number}` : DOCUMENT_TYPE_NAMES[doc.type];
}
