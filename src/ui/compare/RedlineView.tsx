import { useCallback, useEffect, useMemo, useRef } from 'react';
import { carryToProposal } from '../../core/anchoring/index.ts';
import type { CarriedAnnotation } from '../../core/anchoring/index.ts';
import type { DocumentDiff } from '../../core/diff/types.ts';
import type { Annotation, ItuDocument, Proposal } from '../../core/model/index.ts';
import type { ChangeFocus } from '../../store/index.ts';
import { changeKeyDirection, stepChange } from './changeNavigation.ts';
import { ChangeIndex } from './ChangeIndex.tsx';
import type { ClauseIndex } from './clauseIndex.ts';
import { ProvenanceBanner } from './ProvenanceBanner.tsx';
import { RedlineClause } from './RedlineClause.tsx';
import { FrontChanges, RedlineHeading } from './RedlineHeading.tsx';
import { markKey, marksByClause } from './annotationMarks.ts';
import { buildRedline } from './redlineModel.ts';
import { UnchangedRun } from './UnchangedRun.tsx';
import { useCarriedHighlights } from './useCarriedHighlights.ts';

const NOT_CARRIED: readonly CarriedAnnotation[] = [];

/** How the redline is shown (UI state, kept in the app store). */
export interface RedlineOptions {
  layout: 'inline' | 'side-by-side';
  collapse: boolean;
  /** The change in focus, for whichever proposal it was set. */
  focus: ChangeFocus | null;
}

/**
 * The two-way redline of one proposal against its base, clause by clause: inline or side by side,
 * unchanged clauses folded, `n` / `p` (or the buttons) to step through the changes, and a list of
 * every change to jump to. With `annotated`, the base's annotations follow their clauses into the
 * proposal: a marker on each clause that carries some, and their quoted words highlighted.
 */
export function RedlineView({ proposal, diff, baseIndex, proposalIndex, options, onOptions, onFocusChange, annotated }: {
  proposal: Proposal;
  diff: DocumentDiff;
  baseIndex: ClauseIndex;
  proposalIndex: ClauseIndex;
  options: RedlineOptions;
  onOptions: (change: { layout?: RedlineOptions['layout']; collapse?: boolean }) => void;
  /** Puts a change (its index among the changes) in focus. */
  onFocusChange: (index: number) => void;
  /** The base text and the workspace's annotations on it (none outside a workspace). */
  annotated?: { base: ItuDocument; annotations: readonly Annotation[] };
}) {
  const { layout, collapse, focus } = options;
  const model = useMemo(() => buildRedline(diff, baseIndex, proposalIndex, collapse), [diff, baseIndex, proposalIndex, collapse]);
  const carried = useMemo(
    () => (annotated && annotated.annotations.length > 0 ? carryToProposal(annotated.annotations, annotated.base, proposal.document, diff) : NOT_CARRIED),
    [annotated?.base, annotated?.annotations, proposal, diff],
  );
  const marks = useMemo(() => marksByClause(carried), [carried]);
  const text = useRef<HTMLElement>(null);
  useCarriedHighlights(text, carried, proposalIndex);
  const total = model.changes.length;
  const current = focus?.proposalId === proposal.id && focus.index < total ? focus.index : -1;

  const step = useCallback(
    (forward: boolean) => {
      const next = stepChange(current, total, forward);
      if (next !== null) onFocusChange(next);
    },
    [current, total, onFocusChange],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      const direction = changeKeyDirection(event);
      if (!direction) return;
      event.preventDefault();
      step(direction === 'next');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [step]);

  // Scrolls to the change in focus whenever it is asked for (and on arriving from the summary).
  const currentId = current >= 0 ? model.changes[current].domId : null;
  const seq = focus?.seq ?? 0;
  useEffect(() => {
    if (!currentId) return;
    const element = document.getElementById(currentId);
    element?.scrollIntoView({ block: 'center' });
    element?.focus({ preventScroll: true });
  }, [seq]);

  return (
    <div className={`redline redline--${layout}`}>
      <ProvenanceBanner provenance={proposal.provenance} proposalId={proposal.id} />
      <div className="compare-toolbar" role="toolbar" aria-label="Redline options">
        <div className="segmented" role="group" aria-label="Layout">
          <button type="button" className="button" aria-pressed={layout === 'inline'} onClick={() => onOptions({ layout: 'inline' })}>
            Inline
          </button>
          <button type="button" className="button" aria-pressed={layout === 'side-by-side'} onClick={() => onOptions({ layout: 'side-by-side' })}>
            Side by side
          </button>
        </div>
        <label className="check">
          <input type="checkbox" checked={collapse} onChange={(event) => onOptions({ collapse: event.target.checked })} /> Fold unchanged clauses
        </label>
        <div className="change-stepper">
          <button type="button" className="button" onClick={() => step(false)} disabled={total === 0 || current <= 0} aria-keyshortcuts="p">
            ← Previous<span className="wide-only"> change</span> <kbd>p</kbd>
          </button>
          <span className="change-position" role="status" aria-live="polite">
            {total === 0 ? 'No changes' : current < 0 ? `${total} ${total === 1 ? 'change' : 'changes'}` : `Change ${current + 1} of ${total}`}
          </span>
          <button type="button" className="button" onClick={() => step(true)} disabled={total === 0 || current >= total - 1} aria-keyshortcuts="n">
            Next<span className="wide-only"> change</span> <kbd>n</kbd> →
          </button>
        </div>
      </div>
      <div className="redline-body">
        <article ref={text} className="redline-text document" aria-label={`${proposal.id} against the base text`}>
          <FrontChanges front={diff.front ?? []} />
          {model.sections.map((section, s) => (
            <section key={`${section.id}:${s}`} className="rl-section">
              <RedlineHeading section={section} />
              {section.items.map((item) =>
                item.kind === 'clause' ? (
                  <RedlineClause
                    key={item.entry.domId}
                    entry={item.entry}
                    layout={layout}
                    current={item.entry.index === current && current >= 0}
                    total={total}
                    marked={marks.get(markKey(item.entry.change))}
                  />
                ) : (
                  <UnchangedRun key={item.key} entries={item.entries} layout={layout} marks={marks} />
                ),
              )}
            </section>
          ))}
        </article>
        <ChangeIndex entries={model.changes} current={current} onJump={onFocusChange} />
      </div>
    </div>
  );
}
