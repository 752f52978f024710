/**
 * Proposal references: `EUR/44A7/1` (CEPT, Document 44 Addendum 7, item 1), `ARB/21A15/1`,
 * `B/75/4`, joint proposals `B/CAN/CLM/USA/75/1`, a revised addendum `EUR/44A7(Rev.1)/1`.
 */
export interface ProposalRef {
  /** As written, spaces removed. */
  ref: string;
  /** "EUR", "B/CAN/CLM/USA". */
  proposer: string;
  /** ["B", "CAN", "CLM", "USA"]. */
  proposers: string[];
  /** "44" */
  document: string;
  /** "7", or null for the document itself. */
  addendum: string | null;
  /** The item number within the document: 1. */
  item: number;
  /** "Addendum 7 to Document 44", or "Document 75". */
  sourceDocument: string;
}

/** A proposal reference anywhere in a line (symbols of 1 to 5 capitals, document, optional addendum, item). */
export const PROPOSAL_REF = /(?:[A-Z]{1,5}\/)+\d{1,4}(?:A\d{1,3})?(?:\(Rev\.\s?\d{1,2}\))?\/\d{1,4}/;

const WHOLE_REF = /^((?:[A-Z]{1,5}\/)*[A-Z]{1,5})\/(\d{1,4})(?:A(\d{1,3}))?(?:\(Rev\.\s?\d{1,2}\))?\/(\d{1,4})$/;

/** Reads a proposal reference; null when the text is not one. */
export function parseProposalRef(text: string): ProposalRef | null {
  const ref = text.replace(/\s+/g, '');
  const m = WHOLE_REF.exec(ref);
  if (!m) return null;
  const [, proposer, document, addendum, item] = m;
  return {
    ref,
    proposer,
    proposers: proposer.split('/'),
    document,
    addendum: addendum ?? null,
    item: Number(item),
    sourceDocument: addendum ? `Addendum ${addendum} to Document ${document}` : `Document ${document}`,
  };
}
