import { useMemo } from 'react';
import type { SummaryInput } from '../../core/export/types.ts';
import { useAnnotations } from '../annotations/index.ts';
import { useWorkspaceSession } from '../collab/index.ts';
import { statusOf, useProposals } from '../compare/index.ts';
import { useLibrary } from '../library/index.ts';
import { summaryInputFrom } from './summaryInput.ts';

/**
 * What a risk summary of the open workspace is built from: its library texts, the proposals the
 * tab shows (the workspace's merged with the server's samples, live: a teammate's import or status
 * change shows at once), its annotations and taxonomy. Null when working alone: annotations live
 * in a workspace. Memoised: a new object only when one of those changes.
 */
export function useSummaryInput(): SummaryInput | null {
  const session = useWorkspaceSession();
  const doc = session?.connection.doc ?? null;
  const { documents } = useLibrary();
  const snapshot = useProposals();
  const annotations = useAnnotations(doc);
  return useMemo(() => {
    if (!session) return null;
    const proposals = snapshot.proposals.map((entry) => ({ ...entry.proposal, status: statusOf(snapshot, entry.proposal) }));
    return summaryInputFrom({ workspace: session.workspace, documents, proposals, annotations });
  }, [session, documents, snapshot, annotations]);
}
