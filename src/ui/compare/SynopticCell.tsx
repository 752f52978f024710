import type { ClauseChange } from '../../core/diff/types.ts';
import { proposalText } from '../../core/diff/index.ts';
import { clauseEdits, excerpt } from './clauseEdits.ts';
import { isRelabelOnly, movesSection } from './changeKinds.ts';
import { HunksText } from './HunksText.tsx';
import { OpBadge } from './OpBadge.tsx';

/** Characters of an added or deleted clause shown in compact mode. */
const COMPACT_TEXT = 70;

/** In compact mode: only the changed words, each edit on its own line. */
function CompactChange({ change }: { change: ClauseChange }) {
  if (change.op === 'ADD') return <ins>{excerpt(proposalText(change.hunks), COMPACT_TEXT)}</ins>;
  if (change.op === 'SUP') return null;
  const edits = clauseEdits(change.hunks);
  return (
    <>
      {edits.map((edit, i) => (
        <span key={i} className="syn-edit">
          {edit.kind === 'replace' ? (
            <>
              <del>{excerpt(edit.from, 40)}</del> <ins>{excerpt(edit.to, 40)}</ins>
            </>
          ) : edit.kind === 'insert' ? (
            <ins>{excerpt(edit.text, 40)}</ins>
          ) : (
            <del>{excerpt(edit.text, 40)}</del>
          )}
        </span>
      ))}
    </>
  );
}

/** What one proposal does to one clause, in the synoptic table. */
export function SynopticCell({ change, proposalId, proposer, movedTo, compact, explicitNoc }: {
  change: ClauseChange | null;
  proposalId: string;
  proposer: string;
  /** For a clause moved to another section: where it went, as cited in the proposal ("noting d)"). */
  movedTo: string | null;
  compact: boolean;
  /** The proposal itself says NOC for this clause. */
  explicitNoc: boolean;
}) {
  if (!change || change.op === 'NOC') {
    return (
      <td className="syn-cell syn-cell--none" data-proposal={proposalId}>
        {explicitNoc ? <OpBadge op="NOC" /> : <span aria-hidden="true">—</span>}
        {!explicitNoc && <span className="visually-hidden">no change by {proposer}</span>}
      </td>
    );
  }
  return (
    <td className={`syn-cell syn-cell--${change.op.toLowerCase()}${isRelabelOnly(change) ? ' syn-cell--relabel' : ''}`} data-proposal={proposalId}>
      <span className="syn-cell-head">
        <OpBadge op={change.op} />
        {change.op === 'MOVE' && change.modified && <OpBadge op="MOD" />}
        {change.op === 'MOVE' && (
          <span className="syn-move">{movedTo && movesSection(change) ? `→ ${movedTo}` : `${change.label.from ?? ''} → ${change.label.to ?? ''}`}</span>
        )}
        {change.op === 'ADD' && change.label.to && <span className="syn-move">new {change.label.to}</span>}
      </span>
      {compact ? (
        <span className="syn-text syn-text--compact">
          <CompactChange change={change} />
        </span>
      ) : (
        change.op !== 'MOVE' || change.modified ? (
          <span className="syn-text">
            <HunksText hunks={change.hunks} />
          </span>
        ) : (
          <span className="syn-note">{isRelabelOnly(change) ? 'relabelled only' : 'text unchanged'}</span>
        )
      )}
    </td>
  );
}
