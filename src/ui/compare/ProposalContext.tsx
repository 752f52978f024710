import { createContext, useContext, useEffect, useMemo, useSyncExternalStore } from 'react';
import type { ReactNode } from 'react';
// The file itself, not the folder's index.ts, which pulls in views that show this folder's parts.
import { useWorkspaceSession } from '../collab/WorkspaceContext.tsx';
import { fetchProposals } from './fetchProposals.ts';
import { createProposalStore, LOADING_PROPOSALS } from './proposalStore.ts';
import type { ProposalSnapshot, ProposalStore } from './proposalStore.ts';
import { createWorkspaceProposalStore } from './workspaceProposalStore.ts';

const ProposalContext = createContext<ProposalStore | null>(null);

/**
 * Provides the proposals to the app (a fresh store unless one is given): in a workspace, the
 * team's proposals merged with the samples; working alone, this tab's. With `load`, fetches the
 * sample proposals from the server once on mount.
 */
export function ProposalProvider({ store, load = false, children }: { store?: ProposalStore; load?: boolean; children: ReactNode }) {
  const session = useWorkspaceSession();
  const own = useMemo(
    () => (session ? createWorkspaceProposalStore(session.connection, { by: session.user.name, role: session.role }) : createProposalStore()),
    [session],
  );
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

const NO_PROPOSALS: ProposalSnapshot = { ...LOADING_PROPOSALS, status: 'ready' };
const noSubscription = (): (() => void) => () => {};
const noProposals = (): ProposalSnapshot => NO_PROPOSALS;

/** Like useProposals, but with no provider above (a component shown outside the app) there are simply none. */
export function useProposalsIfAny(): ProposalSnapshot {
  const store = useContext(ProposalContext);
  return useSyncExternalStore(store?.subscribe ?? noSubscription, store?.getSnapshot ?? noProposals, store?.getSnapshot ?? noProposals);
}
