import { useState } from 'react';
import { markKey } from './annotationMarks.ts';
import type { MarkedAnnotation } from './annotationMarks.ts';
import { RedlineClause } from './RedlineClause.tsx';
import type { RedlineEntry } from './redlineModel.ts';

const NO_MARKS: ReadonlyMap<string, MarkedAnnotation[]> = new Map();

/** A run of unchanged clauses folded into one line that opens to show them; it says how many carry annotations. */
export function UnchangedRun({ entries, layout, marks = NO_MARKS }: {
  entries: RedlineEntry[];
  layout: 'inline' | 'side-by-side';
  /** The base's annotations carried into the proposal, by markKey. */
  marks?: ReadonlyMap<string, MarkedAnnotation[]>;
}) {
  const [open, setOpen] = useState(false);
  const annotated = entries.filter((entry) => marks.has(markKey(entry.change))).length;
  const first = entries[0].citation;
  const last = entries.at(-1)?.citation ?? first;
  const range = entries.length === 1 ? first : `${first} – ${last}`;
  const relabelled = entries.filter((entry) => entry.change.op === 'MOVE').length;
  return (
    <div className={`unchanged-run${open ? ' is-open' : ''}`}>
      <button type="button" className="unchanged-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? 'Hide' : 'Show'} {entries.length === 1 ? '1 unchanged clause' : `${entries.length} unchanged clauses`}
        <span className="unchanged-range">
          {' '}
          ({range}
          {relabelled > 0 && `; ${relabelled} relabelled`})
        </span>
        {annotated > 0 && <span className="unchanged-annotated"> · {annotated} annotated</span>}
      </button>
      {open &&
        entries.map((entry) => (
          <RedlineClause key={entry.domId} entry={entry} layout={layout} current={false} total={0} marked={marks.get(markKey(entry.change))} />
        ))}
    </div>
  );
}
