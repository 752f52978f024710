import type { Section } from '../../core/model/index.ts';
import { Highlighted } from '../common/index.ts';
import type { TextMatcher } from '../common/index.ts';
import type { FootnoteIds } from './ClauseText.tsx';
import { ClauseView } from './ClauseView.tsx';

/** Longest heading used when naming a clause ("instructs the Secretary-General 2"). */
const MAX_CITED_HEADING = 60;

/** How the section's clauses are cited: "resolves", "instructs the Secretary-General", "Annex 1". */
function citedHeading(section: Section): string {
  if (section.part === 'annex') {
    const kind = section.kind.replace(/#\d+$/, '').replace(/-/g, ' ');
    return kind.charAt(0).toUpperCase() + kind.slice(1);
  }
  const heading = section.heading.replace(/[,:]\s*$/, '').trim();
  return heading.length > MAX_CITED_HEADING ? `${heading.slice(0, MAX_CITED_HEADING - 1)}…` : heading;
}

/**
 * A section as the ITU typesets it: preamble and operative headings in italics on their own line;
 * an annex with its centred heading and title.
 */
export function SectionView({ section, targetId, matcher, footnotes }: {
  section: Section;
  targetId: string | null;
  matcher: TextMatcher | null;
  footnotes: FootnoteIds;
}) {
  const isAnnex = section.part === 'annex';
  const isTarget = section.id === targetId;
  return (
    <section
      id={section.id}
      className={`section section--${section.part}${isTarget ? ' is-target' : ''}`}
      aria-current={isTarget ? 'location' : undefined}
      tabIndex={isTarget ? -1 : undefined}
    >
      {isAnnex ? (
        <header className="annex-header">
          <h3 className="annex-heading">
            <Highlighted text={section.heading} matcher={matcher} />
          </h3>
          {section.title && (
            <p className="annex-title">
              <Highlighted text={section.title} matcher={matcher} />
            </p>
          )}
        </header>
      ) : (
        <h3 className="section-heading">
          <Highlighted text={section.heading} matcher={matcher} />
        </h3>
      )}
      {section.clauses.map((clause) => (
        <ClauseView key={clause.id} clause={clause} citedAs={citedHeading(section)} targetId={targetId} matcher={matcher} footnotes={footnotes} />
      ))}
    </section>
  );
}
