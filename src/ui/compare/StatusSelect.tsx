import type { ProposalStatus } from '../../core/model/index.ts';
import { STATUS_NAMES, STATUS_ORDER } from './opNames.ts';
import type { StatusNote } from './proposalStore.ts';

/** "29 Nov 2026, 10:05" in the reader's locale; the text itself when it is not a date. */
function when(at: string): string {
  const date = new Date(at);
  return Number.isNaN(date.getTime()) ? at : date.toLocaleString(undefined, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}

/**
 * The outcome of a proposal: editable, or shown read-only (a workspace viewer or commenter); in a
 * workspace, with who set it and when.
 */
export function StatusSelect({ proposalId, status, note = null, readOnly = false, onChange }: {
  proposalId: string;
  status: ProposalStatus;
  note?: StatusNote | null;
  readOnly?: boolean;
  onChange: (status: ProposalStatus) => void;
}) {
  const id = `status-${proposalId.replace(/[^A-Za-z0-9]+/g, '-')}`;
  const hintId = `${id}-hint`;
  return (
    <div className="status-field">
      <label htmlFor={id}>Status</label>
      <select
        id={id}
        value={status}
        disabled={readOnly}
        aria-describedby={note || readOnly ? hintId : undefined}
        onChange={(event) => {
          const next = STATUS_ORDER.find((known) => known === event.target.value);
          if (next) onChange(next);
        }}
      >
        {STATUS_ORDER.map((value) => (
          <option key={value} value={value}>
            {STATUS_NAMES[value]}
          </option>
        ))}
      </select>
      {(note || readOnly) && (
        <p id={hintId} className="status-note">
          {note && (
            <>
              Set by <span className="status-by">{note.by}</span>
              {note.at && (
                <>
                  {', '}
                  <time dateTime={note.at}>{when(note.at)}</time>
                </>
              )}
              {readOnly ? '. ' : null}
            </>
          )}
          {readOnly && 'Only editors can change it.'}
        </p>
      )}
    </div>
  );
}
