import type { Hunk } from '../../core/diff/types.ts';
import { clauseEdits, excerpt } from './clauseEdits.ts';

/** Edits listed under a clause before "and N more". */
const MAX_LISTED = 8;

/** The edits inside one clause, as a short list a reader can scan ("replaced “shall” with “should”"). */
export function ClauseEditList({ hunks, citation }: { hunks: readonly Hunk[]; citation: string }) {
  const edits = clauseEdits(hunks);
  if (edits.length === 0) return null;
  const shown = edits.slice(0, MAX_LISTED);
  return (
    <ul className="edit-list" aria-label={`Changes in ${citation}`}>
      {shown.map((edit, i) => (
        <li key={i}>
          {edit.kind === 'replace' ? (
            <>
              replaced <del>{excerpt(edit.from)}</del> with <ins>{excerpt(edit.to)}</ins>
            </>
          ) : edit.kind === 'insert' ? (
            <>
              inserted <ins>{excerpt(edit.text)}</ins>
            </>
          ) : (
            <>
              deleted <del>{excerpt(edit.text)}</del>
            </>
          )}
        </li>
      ))}
      {edits.length > shown.length && <li className="edit-list-more">and {edits.length - shown.length} more</li>}
    </ul>
  );
}
