import { useRef } from 'react';
import type { KeyboardEvent } from 'react';
import { STATUSES } from '../../core/taxonomy/index.ts';
import './carriedAnnotations.css';
import type { MarkedAnnotation } from './annotationMarks.ts';
import { anchorText, markerLabel, markerText, markerTone, stateClass, tagsOf } from './annotationMarks.ts';

/** Characters of an annotation's note shown in the marker's list. */
const NOTE_EXCERPT = 160;

const statusName = (id: string): string => STATUSES.find((s) => s.id === id)?.label ?? id;
const excerpt = (text: string): string => (text.length > NOTE_EXCERPT ? `${text.slice(0, NOTE_EXCERPT - 1)}…` : text);

/**
 * The team's annotations on one clause, as a compact marker coloured by the most serious rating:
 * a disclosure (Tab to it, Enter or Space opens it, Escape closes it) listing each annotation with
 * its tags, where it stands in the text shown, and, in the synoptic view, in each proposal.
 */
export function AnnotationMarker({ items, citation }: { items: readonly MarkedAnnotation[]; citation: string }) {
  const details = useRef<HTMLDetailsElement>(null);
  if (items.length === 0) return null;
  const onKey = (event: KeyboardEvent<HTMLDetailsElement>): void => {
    if (event.key !== 'Escape' || !details.current?.open) return;
    event.stopPropagation();
    details.current.open = false;
    details.current.querySelector('summary')?.focus();
  };
  const label = markerLabel(items, citation);
  return (
    <details ref={details} className={`ann-marker ann-marker--${markerTone(items)}`} onKeyDown={onKey}>
      <summary className="ann-marker-summary" aria-label={label} title={label}>
        <span className="ann-marker-flag" aria-hidden="true">⚑</span>
        <span className="ann-marker-text">{markerText(items)}</span>
      </summary>
      <ul className="ann-marker-list">
        {items.map(({ annotation, anchor, inProposals }) => (
          <li key={annotation.id} className={`ann-marker-item ann-marker-item--${annotation.kind}`} data-annotation={annotation.id}>
            <span className="ann-marker-head">
              <span className={`annotation-kind annotation-kind--${annotation.kind}`}>{annotation.kind}</span>{' '}
              <strong>{tagsOf(annotation).join(', ')}</strong>
              {annotation.severity && <span className={`ann-severity ann-severity--${annotation.severity}`}>{annotation.severity}</span>}
              <span className="ann-status">{statusName(annotation.status)}</span>
            </span>
            {annotation.target.quote && annotation.target.quote.prefix + annotation.target.quote.suffix !== '' && (
              <q className="annotation-quote">{excerpt(annotation.target.quote.exact)}</q>
            )}
            {inProposals ? (
              <span>
                <span className="ann-marker-proposal">base text</span> <span className={`ann-state ann-state--${stateClass(anchor)}`}>{anchorText(anchor)}</span>
              </span>
            ) : (
              <span className={`ann-state ann-state--${stateClass(anchor)}`}>{anchorText(anchor)}</span>
            )}
            {inProposals && inProposals.length > 0 && (
              <ul className="ann-marker-proposals" aria-label="In the proposals that change this clause">
                {inProposals.map(({ proposalId, anchor: there }) => (
                  <li key={proposalId}>
                    <span className="ann-marker-proposal">{proposalId}</span>{' '}
                    <span className={`ann-state ann-state--${stateClass(there)}`}>{anchorText(there)}</span>
                  </li>
                ))}
              </ul>
            )}
            {annotation.note && <span className="ann-note">{excerpt(annotation.note)}</span>}
            <span className="ann-by">by {annotation.author}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}
