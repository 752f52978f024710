import type { Dashboard } from '../../core/export/types.ts';
import { OP_FILL } from './severityColors.ts';

const OPS = ['MOD', 'ADD', 'SUP', 'MOVE'] as const;
const LABEL_W = 170;
const PLOT_W = 260;
const ROW_H = 34;

/** Proposals by proposer: one stacked bar each, the clauses it changes by op (MOD, ADD, SUP, MOVE). */
export function ProposalBars({ proposals }: { proposals: Dashboard['proposals'] }) {
  if (proposals.length === 0) return <p className="dashboard-empty">No proposals in this workspace.</p>;
  const totals = proposals.map((p) => OPS.reduce((n, op) => n + (p.ops[op] ?? 0), 0));
  const most = Math.max(1, ...totals);
  const width = LABEL_W + PLOT_W + 40;
  return (
    <div className="proposal-bars">
      <svg viewBox={`0 0 ${width} ${proposals.length * ROW_H}`} width="100%" role="group" aria-label="Clauses changed by each proposer">
        {proposals.map((row, r) => {
          let x = LABEL_W;
          const y = r * ROW_H;
          const words = OPS.filter((op) => (row.ops[op] ?? 0) > 0).map((op) => `${op} ${row.ops[op]}`);
          const label = `${row.proposer}: ${row.proposals} ${row.proposals === 1 ? 'proposal' : 'proposals'}, ${words.length > 0 ? words.join(', ') : 'no change'}`;
          return (
            <g key={row.proposer} role="img" aria-label={label}>
              <title>{label}</title>
              <text x={LABEL_W - 8} y={y + ROW_H / 2} textAnchor="end" dominantBaseline="central" className="bars-label">
                {row.proposer} ({row.proposals})
              </text>
              {OPS.map((op) => {
                const w = ((row.ops[op] ?? 0) / most) * PLOT_W;
                const bar = w > 0 ? <rect key={op} x={x} y={y + 5} width={w} height={ROW_H - 10} fill={OP_FILL[op]} /> : null;
                x += w;
                return bar;
              })}
              <text x={x + 6} y={y + ROW_H / 2} dominantBaseline="central" className="bars-total">
                {totals[r]}
              </text>
            </g>
          );
        })}
      </svg>
      <div className="plot-key">
        {OPS.map((op) => (
          <span key={op} className="legend-item">
            <i style={{ background: OP_FILL[op] }} />
            {op}
          </span>
        ))}
        <span className="legend-note">clauses changed (NOC left out)</span>
      </div>
    </div>
  );
}
