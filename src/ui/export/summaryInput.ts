/** The summary's input from what the app holds: the workspace's texts, proposals and annotations. */
import type { SummaryInput } from '../../core/export/types.ts';
import type { Annotation, ItuDocument, Proposal } from '../../core/model/index.ts';
import { libraryTaxonomy } from '../../core/taxonomy/index.ts';

export interface SummarySources {
  workspace: string;
  documents: readonly ItuDocument[];
  /**
   * The proposals the tab shows, with their current status: in a workspace, the workspace's merged
   * with the server's samples (see the compare view's proposal store).
   */
  proposals: readonly Proposal[];
  annotations: readonly Annotation[];
}

/** Proposals in ID order (the last copy of an ID kept), so that the same proposals give the same summary. */
export function proposalsInIdOrder(proposals: readonly Proposal[]): Proposal[] {
  const byId = new Map<string, Proposal>();
  for (const proposal of proposals) byId.set(proposal.id, proposal);
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** A SummaryInput without a `generated` date (the outputs add none, so a preview matches the download byte for byte). */
export function summaryInputFrom(sources: SummarySources): SummaryInput {
  return {
    workspace: sources.workspace,
    documents: sources.documents,
    proposals: proposalsInIdOrder(sources.proposals),
    annotations: sources.annotations,
    taxonomy: libraryTaxonomy(sources.documents),
  };
}
