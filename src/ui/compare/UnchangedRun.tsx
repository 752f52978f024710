import { useState } from 'react';
import { RedlineClause } from './RedlineClause.tsx';
import type { RedlineEntry } from './redlineModel.ts';

/** A run of unchanged clauses folded into one line that opens to show them. */
export function UnchangedRun({ entries, layout }: { entries: RedlineEntry[]; layout: 'inline' | 'side-by-side' }) {
  const [open, setOpen] = useState(false);
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
      </button>
      {open && entries.map((entry) => <RedlineClause key={entry.domId} entry={entry} layout={layout} current={false} total={0} />)}
    </div>
  );
}
