import { connectWorkspace, readPresence, samePeople, setPresence } from '../../collab/index.ts';
import type { Role, WorkspaceConnection } from '../../collab/index.ts';
import type { AppState } from '../../store/index.ts';
import type { StoreApi } from 'zustand/vanilla';
import type { LibraryStore } from '../library/index.ts';
import { syncUrlFor } from './shareLink.ts';
import { createStatusPublisher } from './statusPublisher.ts';
import { createWorkspaceLibraryStore } from './workspaceLibraryStore.ts';

/** A workspace open in this tab: its connection, its library and the person working in it. */
export interface WorkspaceSession {
  workspace: string;
  role: Role;
  user: { name: string; color: string };
  connection: WorkspaceConnection;
  library: LibraryStore;
  destroy(): Promise<void>;
}

export interface SessionOptions {
  workspace: string;
  token: string;
  role: Role;
  user: { name: string; color: string };
  /** The app's UI store, which shows the connection status and who is here. */
  store: StoreApi<AppState>;
  /** Where the page was served from: the sync endpoint is on the same host. */
  location: { protocol: string; host: string };
}

/** Whether the app's server answers at all (to tell a refused token from a server that is down). */
async function serverAnswers(): Promise<boolean> {
  try {
    return (await fetch('/healthz', { cache: 'no-store' })).ok;
  } catch {
    return false;
  }
}

/**
 * Opens a workspace: connects (see connectWorkspace), publishes this person's presence, and keeps
 * the UI store's connection status and presence list up to date.
 */
export function startWorkspaceSession(options: SessionOptions): WorkspaceSession {
  const { store, workspace, role, user } = options;
  const connection = connectWorkspace({ serverUrl: syncUrlFor(options.location), workspace, token: options.token, serverReachable: serverAnswers });
  const library = createWorkspaceLibraryStore(connection, { by: user.name, role });
  setPresence(connection.awareness, { user, view: null, clause: null });

  store.getState().setWorkspace({ name: workspace, role, user });
  const statuses = createStatusPublisher((status) => store.getState().setConnection(status, connection.writeRefusal()));
  const showStatus = (): void => statuses.publish(connection.status());
  showStatus();
  const stopStatus = connection.onStatus((status) => {
    showStatus();
    if (status === 'refused') store.getState().openCredentialsPrompt({ reason: 'refused', workspace });
  });
  // Awareness changes on every keystroke in a draft (y-prosemirror publishes the caret); the list
  // only changes when someone comes, goes, or moves to another text or clause.
  const showPeople = (): void => {
    const people = readPresence(connection.awareness);
    if (!samePeople(store.getState().people, people)) store.getState().setPeople(people);
  };
  connection.awareness.on('change', showPeople);
  showPeople();

  // Presence follows what this tab shows: the open text or draft (the clause is set by the views).
  const showView = (state: AppState): void => {
    const view = state.openDraftId ? { kind: 'draft' as const, id: state.openDraftId } : state.selectedDocId ? { kind: 'document' as const, id: state.selectedDocId } : null;
    const current = connection.awareness.getLocalState()?.view as { kind?: string; id?: string } | null | undefined;
    if (current?.kind === view?.kind && current?.id === view?.id) return;
    setPresence(connection.awareness, { view, clause: state.openDraftId ? null : state.targetId });
  };
  showView(store.getState());
  const stopView = store.subscribe(showView);

  return {
    workspace,
    role,
    user,
    connection,
    library,
    async destroy() {
      stopView();
      stopStatus();
      statuses.stop();
      connection.awareness.off('change', showPeople);
      library.destroy();
      await connection.destroy();
    },
  };
}
