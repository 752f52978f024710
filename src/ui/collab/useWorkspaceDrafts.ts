import { useCallback, useMemo, useRef, useSyncExternalStore } from 'react';
import { observeDrafts, readDrafts } from '../../collab/index.ts';
import type { DraftMeta } from '../../collab/index.ts';
import { useWorkspaceSession } from './WorkspaceContext.tsx';

const NONE: DraftMeta[] = [];

/** The open workspace's drafts, oldest first; re-renders when one is added, renamed or deleted. */
export function useWorkspaceDrafts(): DraftMeta[] {
  const session = useWorkspaceSession();
  const doc = session?.connection.doc ?? null;
  const snapshot = useRef<{ key: string; drafts: DraftMeta[] }>({ key: '', drafts: NONE });
  const read = useCallback((): DraftMeta[] => {
    if (!doc) return NONE;
    const drafts = readDrafts(doc);
    const key = JSON.stringify(drafts);
    if (key !== snapshot.current.key) snapshot.current = { key, drafts };
    return snapshot.current.drafts;
  }, [doc]);
  const subscribe = useMemo(() => (listener: () => void) => (doc ? observeDrafts(doc, listener) : () => {}), [doc]);
  return useSyncExternalStore(subscribe, read, read);
}
