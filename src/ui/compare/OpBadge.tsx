import type { ChangeOp } from '../../core/diff/types.ts';
import type { ProposalMarker } from '../../core/model/index.ts';
import { MARKER_NAMES, OP_NAMES } from './opNames.ts';

/** A clause operation (MOD, ADD, SUP, MOVE, NOC) or a proposal marker (ADD*, (MOD) ...) as a badge. */
export function OpBadge({ op, marker }: { op?: ChangeOp; marker?: ProposalMarker }) {
  const text = marker ?? op ?? 'NOC';
  const kind = (marker ?? op ?? 'NOC').replace(/[^A-Z]/g, '').toLowerCase();
  const meaning = marker ? MARKER_NAMES[marker] : OP_NAMES[op ?? 'NOC'];
  return (
    <span className={`op-badge op-badge--${kind}`} title={meaning} data-op={text}>
      {text}
      <span className="visually-hidden"> ({meaning})</span>
    </span>
  );
}
