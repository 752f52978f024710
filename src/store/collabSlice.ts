import type { StateCreator } from 'zustand/vanilla';
import type { ConnectionStatus, Person, Role } from '../collab/index.ts';
import type { AppState } from './appStore.ts';

/** The workspace this tab works in, as the UI shows it. */
export interface WorkspaceInfo {
  /** The workspace name from the URL (`?workspace=demo`). */
  name: string;
  /** The role claimed by the share link or chosen in the token prompt (the server enforces the real one). */
  role: Role;
  /** This person, as others see them. */
  user: { name: string; color: string };
}

/** Why the token prompt is open, and what it starts with. */
export interface CredentialsPrompt {
  /**
   * missing: the URL names a workspace this browser has no token (or name) for; refused: the
   * server turned the stored token away; join: working alone, the user asked to join one.
   */
  reason: 'missing' | 'refused' | 'join';
  workspace: string;
  /** A token from a share link, when there was one. */
  token?: string;
  role?: Role;
  /** Something to tell the user first (a workspace name in the URL that is not valid, say). */
  message?: string;
}

/** Collaboration state the screen shows. The shared document itself lives in Yjs (src/collab). */
export interface CollabSlice {
  /** Null when working alone: no workspace in the URL. */
  workspace: WorkspaceInfo | null;
  /** The connection's status; 'local' when working alone. */
  connection: ConnectionStatus | 'local';
  /** Why the server dropped a change made here, when it did. */
  writeRefusal: string | null;
  /** Who is in the workspace, this tab first. */
  people: Person[];
  /** The draft open in the main pane (`#draft/ID`), or null. */
  openDraftId: string | null;
  credentialsPrompt: CredentialsPrompt | null;
  setWorkspace: (workspace: WorkspaceInfo | null) => void;
  setConnection: (connection: ConnectionStatus | 'local', writeRefusal?: string | null) => void;
  setPeople: (people: Person[]) => void;
  setOpenDraft: (draftId: string | null) => void;
  openCredentialsPrompt: (prompt: CredentialsPrompt | null) => void;
}

export const createCollabSlice: StateCreator<AppState, [], [], CollabSlice> = (set) => ({
  workspace: null,
  connection: 'local',
  writeRefusal: null,
  people: [],
  openDraftId: null,
  credentialsPrompt: null,
  setWorkspace: (workspace) => set({ workspace }),
  setConnection: (connection, writeRefusal = null) => set({ connection, writeRefusal }),
  setPeople: (people) => set({ people }),
  setOpenDraft: (openDraftId) => set({ openDraftId }),
  openCredentialsPrompt: (credentialsPrompt) => set({ credentialsPrompt }),
});
