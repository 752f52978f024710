import type { Proposal } from '../../core/model/index.ts';
import { proposerName } from './opNames.ts';

/** Checkboxes choosing which proposals the synoptic view shows. */
export function ProposalPicker({ proposals, hidden, onToggle }: {
  proposals: Proposal[];
  hidden: readonly string[];
  onToggle: (proposalId: string) => void;
}) {
  return (
    <fieldset className="proposal-picker">
      <legend>Proposals shown</legend>
      {proposals.map((proposal) => (
        <label key={proposal.id} className="check proposal-choice" title={`${proposal.id} · ${proposal.sourceDocument}`}>
          <input type="checkbox" checked={!hidden.includes(proposal.id)} onChange={() => onToggle(proposal.id)} />
          {proposal.proposer && <span className="proposal-choice-name">{proposerName(proposal.proposer)}</span>}
          <span className="proposal-choice-id">{proposal.id}</span>
        </label>
      ))}
    </fieldset>
  );
}
