import type { KeyboardEvent } from 'react';
import type { Dashboard } from '../../core/export/types.ts';
import { SEVERITIES } from '../../core/taxonomy/index.ts';
import { SEVERITY_FILL, SEVERITY_INK } from './severityColors.ts';
import { shortName } from './shortName.ts';

const LABEL_W = 190;
const HEAD_H = 96;
const CELL_W = 96;
const CELL_H = 40;
const GAP = 3;
/** Room on the right for the last column's slanted heading. */
const HEAD_OVERHANG = 150;

export interface HeatmapProps {
  heatmap: Dashboard['heatmap'];
  /** Opens the annotations of one text in one category. */
  onOpen: (documentId: string, category: string) => void;
}

/** "Resolution 130 — Cybersecurity: 3 annotations, highest high": what a cell says to a screen reader. */
export function cellLabel(documentName: string, categoryName: string, count: number, highest: string | null): string {
  const annotations = `${count} ${count === 1 ? 'annotation' : 'annotations'}`;
  return `${documentName} — ${categoryName}: ${annotations}${count > 0 ? `, highest ${highest ?? 'unrated'}` : ''}`;
}

/**
 * Texts × risk categories: each cell the number of risk annotations, coloured by the highest
 * severity among them. Every cell with annotations is a button (click, Enter or Space) that opens
 * them in the annotation sidebar. Drawn in SVG at a fixed grid and scaled to the width available.
 */
export function Heatmap({ heatmap, onOpen }: HeatmapProps) {
  const { categories, rows } = heatmap;
  const width = LABEL_W + categories.length * (CELL_W + GAP) + HEAD_OVERHANG;
  const height = HEAD_H + rows.length * (CELL_H + GAP);
  const onKey = (event: KeyboardEvent, documentId: string, category: string): void => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    onOpen(documentId, category);
  };
  if (rows.length === 0) return <p className="dashboard-empty">No text has annotations or proposals yet.</p>;
  return (
    <figure className="heatmap">
      <svg viewBox={`0 0 ${width} ${height}`} width="100%" style={{ maxWidth: `${width * 1.4}px` }} role="group" aria-label="Risk annotations by text and category">
        {categories.map((category, c) => (
          <text key={category.id} className="heatmap-head" transform={`translate(${LABEL_W + c * (CELL_W + GAP) + CELL_W / 2}, ${HEAD_H - 8}) rotate(-28)`} textAnchor="start">
            <title>{category.name}</title>
            {category.name.length > 24 ? `${category.name.slice(0, 23)}…` : category.name}
          </text>
        ))}
        {rows.map((row, r) => {
          const y = HEAD_H + r * (CELL_H + GAP);
          const name = shortName(row.document);
          return (
            <g key={row.document.id}>
              <text className="heatmap-row" x={LABEL_W - 10} y={y + CELL_H / 2} textAnchor="end" dominantBaseline="central">
                {name}
              </text>
              {categories.map((category, c) => {
                const cell = row.cells[category.id] ?? { count: 0, highestSeverity: null };
                const tone = cell.count === 0 ? 'none' : (cell.highestSeverity ?? 'unrated');
                const x = LABEL_W + c * (CELL_W + GAP);
                const label = cellLabel(name, category.name, cell.count, cell.highestSeverity);
                const body = (
                  <>
                    <rect x={x} y={y} width={CELL_W} height={CELL_H} rx={4} fill={SEVERITY_FILL[tone]} />
                    <text x={x + CELL_W / 2} y={y + CELL_H / 2} textAnchor="middle" dominantBaseline="central" fill={SEVERITY_INK[tone]} className="heatmap-count" aria-hidden="true">
                      {cell.count === 0 ? '·' : cell.count}
                    </text>
                  </>
                );
                return cell.count === 0 ? (
                  <g key={category.id} role="img" aria-label={label}>
                    <title>{label}</title>
                    {body}
                  </g>
                ) : (
                  <g
                    key={category.id}
                    className="heatmap-cell"
                    role="button"
                    tabIndex={0}
                    aria-label={label}
                    data-document={row.document.id}
                    data-category={category.id}
                    onClick={() => onOpen(row.document.id, category.id)}
                    onKeyDown={(event) => onKey(event, row.document.id, category.id)}
                  >
                    <title>{label}</title>
                    {body}
                  </g>
                );
              })}
            </g>
          );
        })}
      </svg>
      <figcaption className="heatmap-legend">
        <span>Highest severity:</span>
        {[...SEVERITIES.map((s) => ({ id: s.id, label: s.label })), { id: 'unrated' as const, label: 'Not rated' }].map((entry) => (
          <span key={entry.id} className="legend-item">
            <svg width="14" height="14" aria-hidden="true">
              <rect width="14" height="14" rx="3" fill={SEVERITY_FILL[entry.id]} />
            </svg>
            {entry.label}
          </span>
        ))}
        <span className="legend-note">The number is how many risk annotations; click a cell to list them.</span>
      </figcaption>
    </figure>
  );
}
