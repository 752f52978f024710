import type { ChangeOp } from '../../core/diff/types.ts';
import { PROPOSAL_STATUSES } from '../../core/model/index.ts';
import type { ProposalMarker, ProposalStatus } from '../../core/model/index.ts';

/** What each clause operation means, in words (tooltips, screen readers, summaries). */
export const OP_NAMES: Record<ChangeOp, string> = {
  MOD: 'modified',
  ADD: 'added',
  SUP: 'deleted (suppressed)',
  MOVE: 'moved or relabelled',
  NOC: 'no change',
};

/** The order operations are counted in. */
export const OP_ORDER: readonly ChangeOp[] = ['MOD', 'ADD', 'SUP', 'MOVE', 'NOC'];

/** What each proposal marker means, as the ITU's guidelines for proposals define it. */
export const MARKER_NAMES: Record<ProposalMarker, string> = {
  ADD: 'new text',
  'ADD*': 'text moved in from elsewhere',
  MOD: 'change to existing text',
  '(MOD)': 'editorial change',
  SUP: 'deletion',
  'SUP*': 'text moved elsewhere',
  NOC: 'deliberately no change',
};

/** Outcomes of a proposal, in the order the status menu lists them. */
export const STATUS_ORDER: readonly ProposalStatus[] = PROPOSAL_STATUSES;

export const STATUS_NAMES: Record<ProposalStatus, string> = {
  submitted: 'Submitted',
  'under-discussion': 'Under discussion',
  adopted: 'Adopted',
  'adopted-as-modified': 'Adopted as modified',
  merged: 'Merged into a compromise',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
  'no-consensus': 'No consensus',
};

/** Regional groups by their proposal code. */
const GROUPS: Record<string, string> = {
  ACP: 'APT',
  EUR: 'CEPT',
  IAP: 'CITEL',
  AFCP: 'ATU',
  ARB: 'Arab States',
  RCC: 'RCC',
};

/** "EUR (CEPT)", "ARB (Arab States)"; Member States' symbols as written ("B/CAN/CLM/USA"). */
export function proposerName(proposer: string): string {
  const group = GROUPS[proposer];
  return group && group !== proposer ? `${proposer} (${group})` : proposer;
}
