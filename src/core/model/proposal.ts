/** Amendment proposals to a base text, as Member States and regional groups submit them to a PP. */
import type { ItuDocument } from './document.ts';

/**
 * The marker of a proposed operation on a provision: ADD (new text), ADD* (moved in from elsewhere),
 * MOD (change shown as revision marks), (MOD) (editorial), SUP (delete), SUP* (moved elsewhere),
 * NOC (deliberately no change).
 */
export type ProposalMarker = 'ADD' | 'ADD*' | 'MOD' | '(MOD)' | 'SUP' | 'SUP*' | 'NOC';

/** What became of a proposal at the conference. */
export type ProposalStatus =
  | 'submitted'
  | 'under-discussion'
  | 'adopted'
  | 'adopted-as-modified'
  | 'merged'
  | 'rejected'
  | 'withdrawn'
  | 'no-consensus';

/** Every status a proposal can have, in the order a status menu offers them. */
export const PROPOSAL_STATUSES: readonly ProposalStatus[] = [
  'submitted',
  'under-discussion',
  'adopted',
  'adopted-as-modified',
  'merged',
  'rejected',
  'withdrawn',
  'no-consensus',
];

/** One proposed operation on one provision ("MOD EUR/44A7/1" + text + "Reasons: ..."). */
export interface ProposalOperation {
  marker: ProposalMarker;
  /** The provision's own reference, e.g. "EUR/44A7/1". */
  ref: string;
  /** The base clause, section or document it targets (`res130/resolves/3`), or null when it cannot be placed. */
  target: string | null;
  /** The provision text as proposed (for ADD / MOD), when the source gives it. */
  text?: string;
  reasons: string;
}

/** How the changes of a proposal were obtained. */
export type ProposalProvenance =
  /** Read from Word tracked changes (w:ins / w:del): the amendment exactly as circulated. */
  | 'tracked-changes'
  /** Computed by comparing plain texts: a fallback, and labelled as such in the UI. */
  | 'computed'
  /** Read from MOD / ADD / SUP / NOC blocks of an ITU proposal document. */
  | 'blocks';

export interface Proposal {
  /** "EUR/44A7/1" (or the first provision's reference for a document of several). */
  id: string;
  /** As written: "EUR", "ACP", "B/CAN/CLM/USA". */
  proposer: string;
  /** The proposer split into its symbols: ["B", "CAN", "CLM", "USA"]. */
  proposers: string[];
  /** "Addendum 7 to Document 44". */
  sourceDocument: string;
  /** The base text: document ID and revision ("res130", "Rev. Dubai, 2018"). */
  base: { documentId: string; revision: string };
  operations: ProposalOperation[];
  /** The proposal's overall reasons, when it has them. */
  reasons: string;
  status: ProposalStatus;
  provenance: ProposalProvenance;
  /** The base text as this proposal would make it, parsed like any document. */
  document: ItuDocument;
}
