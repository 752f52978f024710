export { CompareView } from './CompareView.tsx';
export { ModeSwitch } from './ModeSwitch.tsx';
export { ProposalCountBadge } from './ProposalCountBadge.tsx';
export { ProposalProvider, useProposals, useProposalStore } from './ProposalContext.tsx';
export { createProposalStore, proposalsFor, statusOf } from './proposalStore.ts';
export type { ProposalSnapshot, ProposalStore } from './proposalStore.ts';
export { compareHash, compareRouteFromHash } from './compareRoute.ts';
export { useCompareRoute } from './useCompareRoute.ts';
export { fetchProposals } from './fetchProposals.ts';
