import { useMemo } from 'react';
import { readProposals } from '../../collab/index.ts';
import type { SummaryInput } from '../../core/export/types.ts';
import { useAnnotations } from '../annotations/index.ts';
import { useWorkspaceSession } from '../collab/index.ts';
import { statusOf, useProposals } from '../compare/index.ts';
import { useLibrary } from '../library/index.ts';
import { summaryInputFrom } from './summaryInput.ts';

/**
 * What a risk summary of the open workspace is built from: its library texts, the proposals (this
 * tab's, with the status set here, and the workspace's own), its annotations and taxonomy. Null
 * when working alone: annotations live in a workspace. Memoised: a new object only when one of
 * those changes.
 */
export function useSummaryInput(): SummaryInput | null {
  const session = useWorkspaceSession();
  const doc = session?.connection.doc ?? null;
  const { documents } = useLibrary();
  const proposals = useProposals();
  const annotations = useAnnotations(doc);
  return useMemo(() => {
    if (!session || !doc) return null;
    const sessionProposals = proposals.proposals.map((entry) => ({ ...entry.proposal, status: statusOf(proposals, entry.proposal) }));
    // The workspace's proposals are read again whenever the texts, proposals or annotations change.
    const workspaceProposals = readProposals(doc).proposals;
    return summaryInputFrom({ workspace: session.workspace, documents, sessionProposals, workspaceProposals, annotations });
  }, [session, doc, documents, proposals, annotations]);
}
