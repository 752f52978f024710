import type { Hunk } from '../../core/diff/types.ts';

/**
 * A clause's word diff as revision marks, ITU style: insertions underlined (<ins>), deletions struck
 * through (<del>). `side` shows one text only: the base (with its deletions) or the proposal (with its
 * insertions). Text stays text.
 */
export function HunksText({ hunks, side = 'both' }: { hunks: readonly Hunk[]; side?: 'both' | 'base' | 'proposal' }) {
  return (
    <>
      {hunks.map((hunk, i) => {
        if (hunk.type === 'equal') return <span key={i}>{hunk.text}</span>;
        if (hunk.type === 'insert') return side === 'base' ? null : <ins key={i}>{hunk.text}</ins>;
        return side === 'proposal' ? null : <del key={i}>{hunk.text}</del>;
      })}
    </>
  );
}
