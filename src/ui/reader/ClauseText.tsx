import { Fragment } from 'react';
import type { ReactNode } from 'react';
import type { Clause } from '../../core/model/index.ts';
import type { TextMatcher } from '../common/index.ts';
import { hashFor } from '../routing/index.ts';
import { textPieces } from './textPieces.ts';
import type { TextPiece } from './textPieces.ts';

/** Footnote number → footnote element ID, for the document being read. */
export type FootnoteIds = ReadonlyMap<string, string>;

type TextRun = Extract<TextPiece, { kind: 'text' }>;

function runContent(run: TextRun): ReactNode {
  return run.marked ? <mark>{run.text}</mark> : run.text;
}

/**
 * A clause's text as text (never as HTML): cross-references become links to their target's
 * permalink, footnote markers become superscript links to the footnote, search hits are marked.
 */
export function ClauseText({ clause, matcher, footnotes }: { clause: Clause; matcher: TextMatcher | null; footnotes: FootnoteIds }) {
  const pieces = textPieces(clause.text, clause.notes, clause.refs, matcher?.ranges(clause.text));
  const out: ReactNode[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i];
    if (piece.kind === 'note') {
      const target = footnotes.get(piece.number);
      out.push(
        <sup key={`n${i}`} className="note-marker">
          {target ? (
            <a href={hashFor(target)} aria-label={`footnote ${piece.number}`}>
              {piece.number}
            </a>
          ) : (
            piece.number
          )}
        </sup>,
      );
      continue;
    }
    const ref = piece.ref;
    if (!ref || !ref.target) {
      out.push(
        ref ? (
          <span key={`t${i}`} className="xref xref--unresolved" title="Clausewatch could not tell which clause this refers to">
            {runContent(piece)}
          </span>
        ) : (
          <Fragment key={`t${i}`}>{runContent(piece)}</Fragment>
        ),
      );
      continue;
    }
    // Runs of the same reference (split only by search marks) form one link.
    const runs: TextRun[] = [piece];
    while (i + 1 < pieces.length) {
      const next = pieces[i + 1];
      if (next.kind !== 'text' || next.ref !== ref) break;
      runs.push(next);
      i++;
    }
    out.push(
      <a key={`r${i}`} className="xref" href={hashFor(ref.target)}>
        {runs.map((run) => (
          <span key={run.start}>{runContent(run)}</span>
        ))}
      </a>,
    );
  }
  return <>{out}</>;
}
