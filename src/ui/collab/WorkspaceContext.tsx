import { createContext, useContext } from 'react';
import type { WorkspaceSession } from './workspaceSession.ts';

/** The workspace open in this tab; null when working alone. */
export const WorkspaceContext = createContext<WorkspaceSession | null>(null);

/** The open workspace session, or null when working alone. */
export function useWorkspaceSession(): WorkspaceSession | null {
  return useContext(WorkspaceContext);
}
