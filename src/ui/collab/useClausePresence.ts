import { useEffect } from 'react';
import { setPresence } from '../../collab/index.ts';
import { useWorkspaceSession } from './WorkspaceContext.tsx';

/**
 * Publishes the clause this person is on while reading: the reader's clause that has focus
 * (clicked, or reached with j / k). Drafts publish theirs from the editor's cursor.
 */
export function useClausePresence(): void {
  const session = useWorkspaceSession();
  useEffect(() => {
    if (!session) return;
    const onFocus = (event: FocusEvent): void => {
      const target = event.target instanceof Element ? event.target.closest('.reader [data-clause]') : null;
      if (target?.id) setPresence(session.connection.awareness, { clause: target.id });
    };
    document.addEventListener('focusin', onFocus);
    return () => document.removeEventListener('focusin', onFocus);
  }, [session]);
}
