import type { ItuDocument } from '../../core/model/index.ts';
import { compareProposal } from './compareProposal.ts';
import type { ProposalComparison } from './compareProposal.ts';
import type { StoredProposal } from './proposalStore.ts';

/**
 * Comparisons already made, by stored proposal and base text. Both are replaced, never changed,
 * when a proposal or a text is imported again, so an entry can never be stale, and entries go
 * when their proposal or text is dropped.
 */
const made = new WeakMap<StoredProposal, WeakMap<ItuDocument, ProposalComparison>>();

/**
 * compareProposal, remembered: the comparison view and the library's flags share one diff per
 * proposal and base text, computed the first time either needs it.
 */
export function comparedProposal(base: ItuDocument, entry: StoredProposal): ProposalComparison {
  let byBase = made.get(entry);
  if (!byBase) made.set(entry, (byBase = new WeakMap()));
  let comparison = byBase.get(base);
  if (!comparison) byBase.set(base, (comparison = compareProposal(base, entry)));
  return comparison;
}
