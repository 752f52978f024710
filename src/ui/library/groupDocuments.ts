import type { DocumentType, ItuDocument } from '../../core/model/index.ts';
import { GROUP_NAMES, GROUP_ORDER } from '../common/index.ts';

/** One sidebar group: "Resolutions" and its documents. */
export interface DocumentGroup<T> {
  type: DocumentType;
  name: string;
  items: T[];
}

const byNumber = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/**
 * Groups items by document type in the ITU's order (resolutions, decisions, recommendations,
 * Strategic Plan, others) and sorts each group by number, numerically (2 before 10). Empty groups
 * are left out.
 */
export function groupDocuments<T>(items: T[], docOf: (item: T) => ItuDocument): DocumentGroup<T>[] {
  return GROUP_ORDER.map((type) => ({
    type,
    name: GROUP_NAMES[type],
    items: items
      .filter((item) => docOf(item).type === type)
      .sort((a, b) => byNumber.compare(docOf(a).number, docOf(b).number) || byNumber.compare(docOf(a).id, docOf(b).id)),
  })).filter((group) => group.items.length > 0);
}
