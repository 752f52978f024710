import './dashboard.css';
import { useEffect, useRef } from 'react';
import { useSummaryInput } from '../export/index.ts';
import { Heatmap } from './Heatmap.tsx';
import { openAnnotations } from './openAnnotations.ts';
import { ProposalBars } from './ProposalBars.tsx';
import { ReviewProgress } from './ReviewProgress.tsx';
import { useDashboard } from './useDashboard.ts';

/**
 * The workspace at a glance (`#dashboard`): risks by text and category, review progress, and the
 * proposals by proposer and op. A heatmap cell opens its annotations in the sidebar.
 */
export function Dashboard() {
  const input = useSummaryInput();
  const { dashboard, error, pending } = useDashboard(input);
  const main = useRef<HTMLElement>(null);
  useEffect(() => main.current?.focus(), []);
  return (
    <main ref={main} className="dashboard" tabIndex={-1} aria-labelledby="dashboard-title" aria-busy={pending}>
      <header className="dashboard-head">
        <h2 id="dashboard-title">Dashboard{input ? `: ${input.workspace}` : ''}</h2>
        {input && (
          <span className="dashboard-sub">
            {input.annotations.length} annotations on {input.documents.length} texts; {input.proposals.length} proposals
          </span>
        )}
      </header>
      {!input && <p className="export-problem">Open a workspace first: the dashboard shows a workspace’s annotations.</p>}
      {error && (
        <p className="export-problem" role="alert">
          {error}
        </p>
      )}
      {dashboard && (
        <div className="dashboard-grid">
          <section className="dashboard-panel dashboard-panel--wide" aria-labelledby="heatmap-title">
            <h3 id="heatmap-title">Risks by text and category</h3>
            <Heatmap heatmap={dashboard.heatmap} onOpen={openAnnotations} />
          </section>
          <section className="dashboard-panel" aria-labelledby="review-title">
            <h3 id="review-title">Review progress</h3>
            <ReviewProgress review={dashboard.review} />
          </section>
          <section className="dashboard-panel" aria-labelledby="proposals-title">
            <h3 id="proposals-title">Proposals by proposer</h3>
            <ProposalBars proposals={dashboard.proposals} />
          </section>
        </div>
      )}
    </main>
  );
}
