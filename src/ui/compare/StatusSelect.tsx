import type { ProposalStatus } from '../../core/model/index.ts';
import { STATUS_NAMES, STATUS_ORDER } from './opNames.ts';

/** The outcome of a proposal, editable. */
export function StatusSelect({ proposalId, status, onChange }: {
  proposalId: string;
  status: ProposalStatus;
  onChange: (status: ProposalStatus) => void;
}) {
  const id = `status-${proposalId.replace(/[^A-Za-z0-9]+/g, '-')}`;
  return (
    <div className="status-field">
      <label htmlFor={id}>Status</label>
      <select
        id={id}
        value={status}
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
    </div>
  );
}
