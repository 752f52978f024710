import type { DocumentType, ItuDocument } from '../../core/model/index.ts';
import { documentId } from '../../core/model/index.ts';

/** "Resolution 130", "RESOLUTION 130 (REV. DUBAI, 2018)", "Decision 5", "Draft new Resolution [SEN-1]". */
const CITATION = /\b(resolution|decision|recommendation)\s+(\d{1,4}|\[[A-Z0-9-]{1,20}\])(?!\d)/gi;

/** Characters searched for citations: a proposal names its base near the top. */
const SEARCHED = 20_000;

/**
 * The library texts a proposal's text cites, in the order it first cites them (only those in the
 * library). A proposal names its base in its title and its MOD blocks ("MOD EUR/44A7/1 RESOLUTION 130
 * (REV. DUBAI, 2018)"), so the first is usually the one it amends.
 */
export function citedBases(text: string, documents: readonly ItuDocument[]): string[] {
  const known = new Set(documents.map((doc) => doc.id));
  const out: string[] = [];
  for (const match of text.slice(0, SEARCHED).matchAll(CITATION)) {
    const type = match[1].toLowerCase() as DocumentType;
    const id = documentId(type, match[2]);
    if (known.has(id) && !out.includes(id)) out.push(id);
  }
  return out;
}
