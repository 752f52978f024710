import { DOCUMENT_TYPE_ORDER, documentName as nameDocument } from '../../core/model/index.ts';
import type { DocumentType, ItuDocument, NamedDocument } from '../../core/model/index.ts';

/** Sidebar groups, in the order the ITU publishes them. */
export const GROUP_ORDER: readonly DocumentType[] = DOCUMENT_TYPE_ORDER;

/** Group headings: "Resolutions", "Strategic Plan". */
export const GROUP_NAMES: Record<DocumentType, string> = {
  resolution: 'Resolutions',
  decision: 'Decisions',
  recommendation: 'Recommendations',
  'strategic-plan': 'Strategic Plan',
  other: 'Other texts',
};

/**
 * How a document is named in running text: "Resolution 130", "Strategic Plan 2020-2023"; a text of
 * no known type by its subject, title line or file.
 */
export function documentName(doc: NamedDocument & Pick<ItuDocument, 'source'>): string {
  return nameDocument(doc, doc.source?.file || 'Untitled text');
}
