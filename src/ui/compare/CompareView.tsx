import { useMemo } from 'react';
import type { CompareMode, CompareRoute } from '../../store/index.ts';
import { appStore, useAppStore } from '../../store/index.ts';
import { documentName } from '../common/index.ts';
import { useLibrary } from '../library/index.ts';
import { navigateTo } from '../routing/index.ts';
import './compare.css';
import { compareHash } from './compareRoute.ts';
import { proposerName } from './opNames.ts';
import { useProposals, useProposalStore } from './ProposalContext.tsx';
import { ImportNotes } from './ImportNotes.tsx';
import { ProposalImportButton } from './ProposalImportButton.tsx';
import { ProposalSummary } from './ProposalSummary.tsx';
import { RedlineView } from './RedlineView.tsx';
import { SynopticView } from './SynopticView.tsx';
import { useComparison } from './useComparison.ts';
import { useWorkspaceAnnotations } from './useWorkspaceAnnotations.ts';
import type { Comparison } from './useComparison.ts';

const MODE_NAMES: Record<CompareMode, string> = { synoptic: 'Synoptic', redline: 'Redline', summary: 'Summary' };
const MODES: readonly CompareMode[] = ['synoptic', 'redline', 'summary'];

/** The redline and summary show one proposal: the one the route names, or the first. */
function chosen(comparison: Comparison, route: CompareRoute) {
  return comparison.proposals.find((item) => item.proposal.id === route.proposalId) ?? comparison.proposals[0] ?? null;
}

/** The comparison screen: a base text and its proposals, as a synoptic table, a redline or a summary. */
export function CompareView({ route }: { route: CompareRoute }) {
  const comparison = useComparison(route.baseId);
  const library = useLibrary();
  const proposals = useProposals();
  const store = useProposalStore();
  const hidden = useAppStore((state) => state.hiddenProposals);
  const collapse = useAppStore((state) => state.collapseUnchanged);
  const compact = useAppStore((state) => state.compact);
  const layout = useAppStore((state) => state.redlineLayout);
  const focus = useAppStore((state) => state.changeFocus);
  const annotations = useWorkspaceAnnotations();
  // Kept across renders: the synoptic table and its annotations are memoised on this list.
  const comparable = useMemo(() => comparison?.proposals.filter((item) => !item.error) ?? [], [comparison]);

  if (!comparison) {
    return (
      <main className="compare compare--empty" aria-label="Compare proposals">
        {/* Still a drop target: while comparing, the app's own import does not take dropped files. */}
        <div className="compare-header">
          <ProposalImportButton defaultBaseId={route.baseId} />
        </div>
        <p className="reader-notice" role="status">
          {library.status === 'loading' ? 'Loading the library…' : `There is no text “${route.baseId}” in the library to compare proposals with.`}
        </p>
      </main>
    );
  }
  const { base, baseIndex } = comparison;
  const current = chosen(comparison, route);
  const count = comparison.proposals.length;

  let body;
  if (count === 0) {
    body = (
      <div className="compare-notice compare-notice--empty">
        <p>
          {proposals.status === 'loading'
            ? 'Loading the sample proposals…'
            : `No proposal amends ${documentName(base)} yet. Import one: an ITU proposal document (MOD / ADD / SUP / NOC blocks), a Word file with tracked changes, or a full revised text.`}
        </p>
        {proposals.status === 'error' && <p role="alert">{proposals.error}</p>}
      </div>
    );
  } else if (route.mode === 'synoptic') {
    body = (
      <SynopticView
        base={base}
        baseIndex={baseIndex}
        compared={comparable}
        options={{ hidden, collapse, compact }}
        annotations={annotations}
        onToggleProposal={(id) => appStore.getState().toggleProposal(id)}
        onOptions={(change) => {
          if (change.collapse !== undefined) appStore.getState().setCollapseUnchanged(change.collapse);
          if (change.compact !== undefined) appStore.getState().setCompact(change.compact);
        }}
      />
    );
  } else if (current && route.mode === 'redline') {
    const proposalId = current.proposal.id;
    body = (
      <RedlineView
        key={proposalId}
        proposal={current.proposal}
        diff={current.diff}
        baseIndex={baseIndex}
        proposalIndex={current.index}
        options={{ layout, collapse, focus }}
        annotated={{ base, annotations }}
        onOptions={(change) => {
          if (change.layout) appStore.getState().setRedlineLayout(change.layout);
          if (change.collapse !== undefined) appStore.getState().setCollapseUnchanged(change.collapse);
        }}
        onFocusChange={(index) => appStore.getState().focusChange(proposalId, index)}
      />
    );
  } else if (current) {
    body = (
      <ProposalSummary
        base={base}
        proposal={current.proposal}
        diff={current.diff}
        baseIndex={baseIndex}
        proposalIndex={current.index}
        status={current.status}
        statusNote={current.statusNote}
        canSetStatus={proposals.canSetStatus}
        onStatus={(status) => store.setStatus(current.proposal.id, status)}
        onOpenChange={(index) => appStore.getState().focusChange(current.proposal.id, index)}
      />
    );
  }

  const selectId = 'compare-proposal';
  return (
    <main className={`compare compare--${route.mode}`} aria-labelledby="compare-title" tabIndex={-1}>
      <header className="compare-header">
        <div className="compare-title-row">
          <h2 id="compare-title" className="compare-title">
            {documentName(base)} <span className="compare-revision">{base.revision}</span>
            <span className="compare-count">{count === 1 ? '1 proposal' : `${count} proposals`}</span>
          </h2>
          <ProposalImportButton defaultBaseId={base.id} />
        </div>
        <div className="compare-nav">
          <nav className="compare-tabs" aria-label="Comparison views">
            {MODES.map((mode) => (
              <a
                key={mode}
                href={compareHash({ baseId: base.id, mode, proposalId: mode === 'synoptic' ? null : current?.proposal.id })}
                aria-current={route.mode === mode ? 'page' : undefined}
              >
                {MODE_NAMES[mode]}
              </a>
            ))}
          </nav>
          {route.mode !== 'synoptic' && current && (
            <div className="compare-proposal-choice">
              <label htmlFor={selectId}>Proposal</label>
              <select
                id={selectId}
                value={current.proposal.id}
                onChange={(event) => navigateTo(compareHash({ baseId: base.id, mode: route.mode, proposalId: event.target.value }))}
              >
                {comparison.proposals.map(({ proposal }) => (
                  <option key={proposal.id} value={proposal.id}>
                    {proposal.id} — {proposerName(proposal.proposer)}
                  </option>
                ))}
              </select>
            </div>
          )}
        </div>
      </header>
      {comparison.proposals
        .filter((item) => item.error)
        .map((item) => (
          <p key={item.proposal.id} className="import-alert" role="alert">
            {item.error}
          </p>
        ))}
      <div className={`compare-body compare-body--${route.mode}`}>
        {route.mode !== 'synoptic' && current && <ImportNotes notes={current.notes} proposalId={current.proposal.id} />}
        {body}
      </div>
    </main>
  );
}
