import { AnnotationMarker } from './AnnotationMarker.tsx';
import type { MarkedAnnotation } from './annotationMarks.ts';
import { ClauseEditList } from './ClauseEditList.tsx';
import { HunksText } from './HunksText.tsx';
import { OpBadge } from './OpBadge.tsx';
import { OP_NAMES } from './opNames.ts';
import type { RedlineEntry } from './redlineModel.ts';

/** One clause of the two-way redline: label, operation, text with revision marks, its edits, and the base's annotations on it. */
export function RedlineClause({ entry, layout, current, total, marked }: {
  entry: RedlineEntry;
  layout: 'inline' | 'side-by-side';
  current: boolean;
  /** Number of changes, for "change 2 of 7". */
  total: number;
  /** The base's annotations on this clause, carried into the proposal. */
  marked?: readonly MarkedAnnotation[];
}) {
  const { change, citation, was, depth, index } = entry;
  const label = change.label.to ?? change.label.from ?? '';
  const changed = change.op !== 'NOC';
  // Relabelled only (c) → d)): shown as moved, but not one of the changes a reader steps through.
  const stepped = index >= 0;
  const name = [citation, stepped || !changed ? OP_NAMES[change.op] : 'relabelled', was && `was ${was}`, stepped && `change ${index + 1} of ${total}`]
    .filter(Boolean)
    .join(', ');
  const showEdits = change.op === 'MOD' || (change.op === 'MOVE' && change.modified);
  return (
    <div
      id={entry.domId}
      className={`rl-clause rl-clause--${change.op.toLowerCase()}${current ? ' is-current' : ''}`}
      style={depth > 0 ? { marginLeft: `${depth * 2.2}em` } : undefined}
      role="group"
      aria-label={name}
      aria-current={current ? 'true' : undefined}
      tabIndex={stepped ? -1 : undefined}
      data-change-index={stepped ? index : undefined}
    >
      <span className="clause-label">{change.op === 'SUP' ? <del>{label}</del> : label}</span>
      <div className="clause-body">
        {marked && marked.length > 0 && <AnnotationMarker items={marked} citation={citation} />}
        {changed && (
          <p className="rl-meta">
            <OpBadge op={change.op} />
            {change.op === 'MOVE' && change.modified && <OpBadge op="MOD" />}
            {was && <span className="rl-was">was {was}</span>}
            {change.op === 'MOVE' && !change.modified && <span className="rl-note">{stepped ? 'text unchanged' : 'relabelled only, text unchanged'}</span>}
          </p>
        )}
        {layout === 'side-by-side' && stepped ? (
          <div className="rl-sides">
            <div className="rl-side rl-side--base">
              <span className="rl-side-name">Base</span>
              {change.op === 'ADD' ? <p className="rl-empty">(not in the base)</p> : <p className="clause-text"><HunksText hunks={change.hunks} side="base" /></p>}
            </div>
            <div className="rl-side rl-side--proposal">
              <span className="rl-side-name">Proposal</span>
              {change.op === 'SUP' ? <p className="rl-empty">(deleted)</p> : <p className="clause-text"><HunksText hunks={change.hunks} side="proposal" /></p>}
            </div>
          </div>
        ) : (
          <p className="clause-text">
            <HunksText hunks={change.hunks} />
          </p>
        )}
        {showEdits && <ClauseEditList hunks={change.hunks} citation={citation} />}
      </div>
    </div>
  );
}
