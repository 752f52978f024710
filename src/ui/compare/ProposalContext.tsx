import { createContext, useContext, useEffect, useState, useSyncExternalStore } from 'react';
import type { ReactNode } from 'react';
import { fetchProposals } from './fetchProposals.ts';
import { createProposalStore } from './proposalStore.ts';
import type { ProposalSnapshot, ProposalStore } from './proposalStore.ts';

const ProposalContext = createContext<ProposalStore | null>(null);

/**
 * Provides the proposals to the app (a fresh store unless one is given). With `load`, fetches the
 * sample proposals from the server once on mount.
 */
export function ProposalProvider({ store, load = false, children }: { store?: ProposalStore; load?: boolean; children: ReactNode }) {
  const [own] = useState(() => store ?? createProposalStore());
  const value = store ?? own;
  useEffect(() => {
    if (!load) return;
    let current = true;
    fetchProposals().then(
      (proposals) => current && value.loaded(proposals),
      (error: unknown) => current && value.failed(error instanceof Error ? error.message : String(error)),
    );
    return () => {
      current = false;
    };
  }, [value, load]);
  return <ProposalContext.Provider value={value}>{children}</ProposalContext.Provider>;
}

/** The proposal store itself, for adding proposals and setting their status. */
export function useProposalStore(): ProposalStore {
  const store = useContext(ProposalContext);
  if (!store) throw new Error('useProposalStore: no ProposalProvider above this component');
  return store;
}

/** The proposals and their status; re-renders when they change. */
export function useProposals(): ProposalSnapshot {
  const store = useProposalStore();
  return useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
}

const NO_PROPOSALS: ProposalSnapshot = { proposals: [], status: 'ready', error: null, importedIds: new Set(), statuses: new Map() };
const noSubscription = (): (() => void) => () => {};
const noProposals = (): ProposalSnapshot => NO_PROPOSALS;

/** Like useProposals, but with no provider above (a component shown outside the app) there are simply none. */
export function useProposalsIfAny(): ProposalSnapshot {
  const store = useContext(ProposalContext);
  return useSyncExternalStore(store?.subscribe ?? noSubscription, store?.getSnapshot ?? noProposals, store?.getSnapshot ?? noProposals);
}
