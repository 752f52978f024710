import { baseText, proposalText } from '../../core/diff/index.ts';
import { clauseEdits, excerpt } from './clauseEdits.ts';
import { OpBadge } from './OpBadge.tsx';
import type { RedlineEntry } from './redlineModel.ts';

/** Characters of a change's text shown in the list. */
const PREVIEW = 60;
/** Edits of a modified clause shown in the list. */
const PREVIEW_EDITS = 2;

/** What a change is about, in a few words: its first edits as revision marks, or the clause's text. */
function Preview({ entry }: { entry: RedlineEntry }) {
  const { change } = entry;
  if (change.op === 'MOD' || (change.op === 'MOVE' && change.modified)) {
    const edits = clauseEdits(change.hunks);
    return (
      <>
        {edits.slice(0, PREVIEW_EDITS).map((edit, i) => (
          <span key={i} className="change-index-edit">
            {edit.kind === 'replace' ? (
              <>
                <del>{excerpt(edit.from, PREVIEW / 2)}</del> <ins>{excerpt(edit.to, PREVIEW / 2)}</ins>
              </>
            ) : edit.kind === 'insert' ? (
              <ins>{excerpt(edit.text, PREVIEW)}</ins>
            ) : (
              <del>{excerpt(edit.text, PREVIEW)}</del>
            )}
          </span>
        ))}
        {edits.length > PREVIEW_EDITS && <span className="change-index-edit">and {edits.length - PREVIEW_EDITS} more</span>}
      </>
    );
  }
  if (change.op === 'MOVE') return <>moved, text unchanged</>;
  return <>{excerpt(change.op === 'SUP' ? baseText(change.hunks) : proposalText(change.hunks), PREVIEW)}</>;
}

/** Every change of the redline, in order; choosing one scrolls to it. */
export function ChangeIndex({ entries, current, onJump }: { entries: RedlineEntry[]; current: number; onJump: (index: number) => void }) {
  return (
    <nav className="change-index" aria-label="All changes">
      <h3 className="change-index-title">
        All changes <span className="change-index-count">{entries.length}</span>
      </h3>
      {entries.length === 0 ? (
        <p className="change-index-empty">This proposal leaves every clause unchanged.</p>
      ) : (
        <ol className="change-index-list">
          {entries.map((entry) => (
            <li key={entry.domId}>
              <button
                type="button"
                className="change-index-item"
                aria-current={entry.index === current ? 'true' : undefined}
                onClick={() => onJump(entry.index)}
              >
                <OpBadge op={entry.change.op} />
                <span className="change-index-where">
                  {entry.citation}
                  {entry.was && <span className="change-index-was"> (was {entry.was})</span>}
                </span>
                <span className="change-index-preview">
                  <Preview entry={entry} />
                </span>
              </button>
            </li>
          ))}
        </ol>
      )}
    </nav>
  );
}
