import type { AnchorState } from '../../core/anchoring/index.ts';
import type { SummaryEntry } from '../../core/export/types.ts';
import { MarkdownNote } from '../annotations/index.ts';
import { HunksText } from '../compare/index.ts';

const ANCHOR_NOTES: Record<AnchorState, string> = {
  exact: '',
  moved: 'moved',
  fuzzy: 'words changed',
  orphaned: 'orphaned',
};

/** One annotation in the printed brief: the clause, the quote, what each proposal does to it (redlined), the note and the thread. */
export function BriefEntry({ entry }: { entry: SummaryEntry }) {
  const anchorNote = ANCHOR_NOTES[entry.anchor.state];
  const changes = entry.effects.filter((effect) => effect.op !== 'NOC');
  const unchanged = entry.effects.filter((effect) => effect.op === 'NOC');
  return (
    <article className="brief-entry">
      <h4>
        {entry.citation || entry.clause} <span className="brief-clause-id">{entry.clause}</span>
        {entry.severity && <span className={`brief-badge brief-severity--${entry.severity}`}>{entry.severity}</span>}
        <span className="brief-badge">{entry.status.replace('-', ' ')}</span>
        {anchorNote && <span className="brief-badge brief-badge--warn">{anchorNote}</span>}
      </h4>
      {anchorNote && entry.anchor.reason && <p className="brief-anchor">{entry.anchor.reason[0].toUpperCase() + entry.anchor.reason.slice(1)}.</p>}
      {entry.quote && <blockquote className="brief-quote">“{entry.quote}”</blockquote>}
      {entry.baseText && (
        <p className="brief-base">
          <span className="brief-label">{entry.label}</span> {entry.baseText}
        </p>
      )}
      {changes.length > 0 && (
        <ul className="brief-effects">
          {changes.map((effect) => (
            <li key={effect.proposal}>
              <strong>
                {effect.op} {effect.proposal}
              </strong>{' '}
              ({effect.proposer}, {effect.status}){effect.to ? ` → ${effect.toLabel ?? effect.to}` : ''}
              {effect.altersText && (
                <p className="brief-redline">
                  <HunksText hunks={effect.hunks} />
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      {unchanged.length > 0 && <p className="brief-meta">No change proposed by {unchanged.map((effect) => effect.proposer).join(', ')}.</p>}
      {entry.note && <MarkdownNote source={entry.note} />}
      <p className="brief-meta">
        {entry.author}
        {entry.assignee ? `, follow-up: ${entry.assignee}` : ''}
        {entry.thread.replies > 0 && `; ${entry.thread.replies} ${entry.thread.replies === 1 ? 'reply' : 'replies'} (${entry.thread.participants.join(', ')})`}
      </p>
      {entry.thread.latest && (
        <blockquote className="brief-latest">
          <strong>{entry.thread.latest.author}:</strong> {entry.thread.latest.text}
        </blockquote>
      )}
    </article>
  );
}
