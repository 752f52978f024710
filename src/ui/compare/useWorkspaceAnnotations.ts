import type { Annotation } from '../../core/model/index.ts';
// The files themselves, not the folders' index.ts: those pull in the library, which shows this folder's flags.
import { useAnnotations } from '../annotations/index.ts';
import { useWorkspaceSession } from '../collab/WorkspaceContext.tsx';

/** The open workspace's annotations, live; none when working alone (annotations live in a workspace). */
export function useWorkspaceAnnotations(): readonly Annotation[] {
  const session = useWorkspaceSession();
  return useAnnotations(session?.connection.doc ?? null);
}
