import type { KeyboardEvent } from 'react';
import type { Clause } from '../../core/model/index.ts';
import type { TextMatcher } from '../common/index.ts';
import { hashFor, navigateTo } from '../routing/index.ts';
import { ClauseText } from './ClauseText.tsx';
import type { FootnoteIds } from './ClauseText.tsx';
import { CopyLinkButton } from './CopyLinkButton.tsx';

export interface ClauseViewProps {
  clause: Clause;
  /** How the clause is cited, without its own label: "resolves", "resolves 2". */
  citedAs: string;
  targetId: string | null;
  matcher: TextMatcher | null;
  footnotes: FootnoteIds;
}

/** One clause: its label in a hanging column, its text, then its sub-items, indented. */
export function ClauseView({ clause, citedAs, targetId, matcher, footnotes }: ClauseViewProps) {
  const name = clause.label ? `${citedAs} ${clause.label}` : citedAs;
  const isTarget = clause.id === targetId;
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.key === 'Enter' && event.target === event.currentTarget) {
      event.preventDefault();
      navigateTo(hashFor(clause.id));
    }
  };
  return (
    <div
      id={clause.id}
      className={`clause${isTarget ? ' is-target' : ''}`}
      data-clause=""
      tabIndex={0}
      role="group"
      aria-label={name}
      aria-current={isTarget ? 'location' : undefined}
      onKeyDown={onKeyDown}
    >
      <span className="clause-label" aria-hidden={clause.label === '' ? true : undefined}>
        {clause.label}
      </span>
      <div className="clause-body">
        <p className="clause-text">
          <ClauseText clause={clause} matcher={matcher} footnotes={footnotes} />
          <CopyLinkButton id={clause.id} name={name} />
        </p>
        {clause.children.length > 0 && (
          <div className="clause-children">
            {clause.children.map((child) => (
              <ClauseView key={child.id} clause={child} citedAs={name} targetId={targetId} matcher={matcher} footnotes={footnotes} />
            ))}
          </div>
        )}
      </div>
    </div>
  );
}
