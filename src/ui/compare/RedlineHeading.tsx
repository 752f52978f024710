import type { FrontChange } from '../../core/diff/types.ts';
import { HunksText } from './HunksText.tsx';
import { OpBadge } from './OpBadge.tsx';
import type { RedlineSection } from './redlineModel.ts';

/** A section heading in the redline; a reworded, added or deleted heading carries revision marks. */
export function RedlineHeading({ section }: { section: RedlineSection }) {
  const change = section.headingChange;
  if (!change || change.op === 'NOC' || (change.op === 'MOVE' && change.heading.from === change.heading.to)) {
    return <h3 className="section-heading">{section.heading}</h3>;
  }
  const { from, to } = change.heading;
  return (
    <h3 className="section-heading rl-heading-changed">
      {from && change.op !== 'ADD' && from !== to && <del>{from}</del>}
      {from && to && from !== to && ' '}
      {to && change.op !== 'SUP' && (from === to ? to : <ins>{to}</ins>)} <OpBadge op={change.op} />
    </h3>
  );
}

const FRONT_NAMES: Record<FrontChange['field'], string> = {
  titleLine: 'Title line',
  title: 'Subject',
  preamble: 'Opening formula',
};

/** Changes to the lines above the first heading: title line, subject, opening formula. */
export function FrontChanges({ front }: { front: readonly FrontChange[] }) {
  const changed = front.filter((item) => item.op !== 'NOC');
  if (changed.length === 0) return null;
  return (
    <dl className="rl-front">
      {changed.map((item) => (
        <div key={item.field} className="rl-front-item">
          <dt>
            {FRONT_NAMES[item.field]} <OpBadge op={item.op} />
          </dt>
          <dd>
            <HunksText hunks={item.hunks} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
