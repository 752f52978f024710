import type { Footnote } from '../../core/model/index.ts';
import { Highlighted } from '../common/index.ts';
import type { TextMatcher } from '../common/index.ts';
import { hashFor } from '../routing/index.ts';

/**
 * The footnotes at the end of the document, each with a link back to the first clause that
 * cites it (`citedBy`: footnote number → clause ID).
 */
export function Footnotes({ footnotes, citedBy, targetId, matcher }: {
  footnotes: Footnote[];
  citedBy: ReadonlyMap<string, string>;
  targetId: string | null;
  matcher: TextMatcher | null;
}) {
  if (footnotes.length === 0) return null;
  return (
    <section className="footnotes" aria-label="Footnotes">
      <hr className="footnote-rule" />
      {footnotes.map((note) => {
        const clauseId = citedBy.get(note.number);
        const isTarget = note.id === targetId;
        return (
          <p
            key={note.id}
            id={note.id}
            className={`footnote${isTarget ? ' is-target' : ''}`}
            tabIndex={-1}
            aria-current={isTarget ? 'location' : undefined}
          >
            <sup className="footnote-number">{note.number}</sup>
            <span className="footnote-text">
              <Highlighted text={note.text} matcher={matcher} />
            </span>
            {clauseId && (
              <a className="footnote-back" href={hashFor(clauseId)} aria-label={`Back to the text citing footnote ${note.number}`}>
                ↩
              </a>
            )}
          </p>
        );
      })}
    </section>
  );
}
