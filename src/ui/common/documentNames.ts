import type { DocumentType, ItuDocument } from '../../core/model/index.ts';

const TYPE_NAMES: Record<DocumentType, string> = {
  resolution: 'Resolution',
  decision: 'Decision',
  recommendation: 'Recommendation',
  'strategic-plan': 'Strategic Plan',
  other: 'Text',
};

/** Sidebar groups, in the order the ITU publishes them. */
export const GROUP_ORDER: readonly DocumentType[] = ['resolution', 'decision', 'recommendation', 'strategic-plan', 'other'];

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
export function documentName(doc: Pick<ItuDocument, 'type' | 'number' | 'plan' | 'title' | 'titleLine' | 'source'>): string {
  if (doc.type === 'other' && !doc.number) return doc.title || doc.titleLine || doc.source?.file || 'Untitled text';
  if (doc.type === 'strategic-plan') {
    const period = doc.plan?.period ?? doc.number;
    return period ? `Strategic Plan ${period}` : 'Strategic Plan';
  }
  return doc.number ? `${TYPE_NAMES[doc.type]} ${doc.number}` : TYPE_NAMES[doc.type];
}
