import type { StoreApi } from 'zustand/vanilla';
import type { AppState } from '../../store/index.ts';
import { loadCredentials, loadName, saveCredentials, userFor } from './credentials.ts';
import type { KeyValueStore } from './credentials.ts';
import { readLink } from './shareLink.ts';
import { startWorkspaceSession } from './workspaceSession.ts';
import type { WorkspaceSession } from './workspaceSession.ts';

/** How the app starts: alone, in a workspace, or asking for what it needs to open one. */
export type WorkspaceBoot = { mode: 'alone' } | { mode: 'needs-credentials'; workspace: string } | { mode: 'workspace'; session: WorkspaceSession };

export interface BootEnvironment {
  location: Pick<Location, 'protocol' | 'host' | 'pathname' | 'search' | 'hash'>;
  history: Pick<History, 'replaceState'>;
  storage: KeyValueStore;
  store: StoreApi<AppState>;
}

/**
 * Reads the page's URL once at start: a share link's token is stored for its workspace and taken
 * out of the address bar; a workspace this browser has a token and a name for is opened; for one
 * it lacks them, the token prompt is opened instead. Without `?workspace=`, the app works alone.
 */
export function bootWorkspace(env: BootEnvironment): WorkspaceBoot {
  const { location, storage, store } = env;
  const claims = readLink(location);
  if (claims.token !== null || claims.role !== null) {
    // Credentials never stay in the address bar (nor in the history, nor in a copied URL).
    env.history.replaceState(null, '', `${location.pathname}${location.search}${claims.hash}`);
  }
  if (claims.workspace === null) {
    if (claims.workspaceProblem) store.getState().openCredentialsPrompt({ reason: 'join', workspace: '', message: claims.workspaceProblem });
    return { mode: 'alone' };
  }
  const workspace = claims.workspace;
  if (claims.token !== null) saveCredentials(storage, workspace, { token: claims.token, role: claims.role ?? 'editor' });
  const credentials = loadCredentials(storage, workspace);
  const name = loadName(storage);
  if (!credentials || name === '') {
    store.getState().openCredentialsPrompt({ reason: 'missing', workspace, ...(credentials ? { token: credentials.token, role: credentials.role } : {}) });
    return { mode: 'needs-credentials', workspace };
  }
  const session = startWorkspaceSession({ workspace, token: credentials.token, role: credentials.role, user: userFor(name), store, location });
  return { mode: 'workspace', session };
}
