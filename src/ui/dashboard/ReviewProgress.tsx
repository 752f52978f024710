import type { Dashboard } from '../../core/export/types.ts';
import { STATUSES } from '../../core/taxonomy/index.ts';
import { STATUS_FILL } from './severityColors.ts';

const W = 520;
const BAR_H = 26;

const percent = (part: number, whole: number): string => (whole === 0 ? '0 %' : `${Math.round((part / whole) * 100)} %`);

/**
 * Review progress: of the clauses of the annotated texts, how many carry annotations and how many
 * of those are settled (every annotation agreed or resolved), as nested bars; below, annotations
 * by status as one stacked bar.
 */
export function ReviewProgress({ review }: { review: Dashboard['review'] }) {
  const { clauses, annotated, reviewed, byStatus } = review;
  const scale = (n: number): number => (clauses === 0 ? 0 : (n / clauses) * W);
  const total = STATUSES.reduce((n, s) => n + byStatus[s.id], 0);
  let x = 0;
  return (
    <div className="review-progress">
      <p className="dashboard-figure" aria-live="polite">
        <strong>{reviewed}</strong> of <strong>{annotated}</strong> annotated clauses reviewed ({percent(reviewed, annotated)}); {annotated} of {clauses} clauses annotated.
      </p>
      <svg viewBox={`0 0 ${W} ${BAR_H}`} width="100%" role="img" aria-label={`Clauses: ${clauses} in all, ${annotated} annotated, ${reviewed} reviewed`}>
        <rect width={W} height={BAR_H} rx={4} fill="#ece9e2" />
        <rect width={scale(annotated)} height={BAR_H} rx={4} fill="#9cb8da" />
        <rect width={scale(reviewed)} height={BAR_H} rx={4} fill="#2e7d4f" />
      </svg>
      <div className="plot-key">
        <span className="legend-item"><i style={{ background: '#2e7d4f' }} />reviewed {reviewed}</span>
        <span className="legend-item"><i style={{ background: '#9cb8da' }} />annotated {annotated}</span>
        <span className="legend-item"><i style={{ background: '#ece9e2' }} />all clauses {clauses}</span>
      </div>
      <h3>Annotations by status</h3>
      <svg viewBox={`0 0 ${W} ${BAR_H}`} width="100%" role="img" aria-label={STATUSES.map((s) => `${s.label}: ${byStatus[s.id]}`).join(', ')}>
        <rect width={W} height={BAR_H} rx={4} fill="#ece9e2" />
        {STATUSES.map((status) => {
          const w = total === 0 ? 0 : (byStatus[status.id] / total) * W;
          const rect = <rect key={status.id} x={x} width={w} height={BAR_H} fill={STATUS_FILL[status.id]} />;
          x += w;
          return rect;
        })}
      </svg>
      <div className="plot-key">
        {STATUSES.map((status) => (
          <span key={status.id} className="legend-item" data-status={status.id}>
            <i style={{ background: STATUS_FILL[status.id] }} />
            {status.label} {byStatus[status.id]}
          </span>
        ))}
      </div>
    </div>
  );
}
