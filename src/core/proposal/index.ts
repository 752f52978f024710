/** Proposal import: ITU proposal documents (MOD / ADD / SUP / NOC blocks), Word tracked changes, full revised texts. */
export { importProposal } from './importProposal.ts';
export type { ProposalImport, ProposalImportOptions } from './importProposal.ts';
export { parseProposalRef, PROPOSAL_REF } from './proposalRef.ts';
export type { ProposalRef } from './proposalRef.ts';
export { readProposalDocument } from './proposalDocument.ts';
export type { ProposalBlock, ProposalDocument } from './proposalDocument.ts';
export { readTrackedChanges } from './trackedChanges.ts';
export type { TrackedParagraph, TrackedText } from './trackedChanges.ts';
