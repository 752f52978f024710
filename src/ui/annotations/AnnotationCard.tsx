import { useState } from 'react';
import type { FormEvent } from 'react';
import type { Anchor } from '../../core/anchoring/index.ts';
import type { Annotation, AnnotationStatus, Severity } from '../../core/model/index.ts';
import { DEFAULT_TAXONOMY, SEVERITIES, STATUSES, findCategory } from '../../core/taxonomy/index.ts';
import { hashFor } from '../routing/index.ts';
import { MarkdownNote } from './MarkdownNote.tsx';

export interface AnnotationActions {
  setStatus: (id: string, status: AnnotationStatus) => void;
  setSeverity: (id: string, severity: Severity | null) => void;
  reply: (id: string, text: string) => void;
}

/** What the anchoring state says on the card: "exact", "moved — was considering c)", "orphaned". */
export function anchorLabel(found: Anchor | undefined): string {
  if (!found) return 'orphaned';
  if (found.state === 'moved' && found.from) return `moved — was ${found.from.citation}`;
  if (found.state === 'orphaned') return `orphaned — ${found.reason}`;
  return found.state;
}

/** One annotation in the sidebar: its tags, where it stands, its note, status, severity and thread. */
export function AnnotationCard({ annotation, anchor, citation, canWrite, actions }: { annotation: Annotation; anchor: Anchor | undefined; citation: string; canWrite: boolean; actions: AnnotationActions }) {
  const [draft, setDraft] = useState('');
  const tags = [
    ...annotation.categories.map((id) => findCategory(DEFAULT_TAXONOMY, id)?.label ?? id),
    ...annotation.sdgTargets.map((id) => `SDG ${id}`),
    ...annotation.planTargets,
  ];
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (draft.trim() === '') return;
    actions.reply(annotation.id, draft);
    setDraft('');
  };
  const state = anchor?.state ?? 'orphaned';
  return (
    <li className={`annotation-card annotation-card--${annotation.kind}`} data-annotation={annotation.id} aria-label={`${annotation.kind} on ${citation}`}>
      <div className="annotation-head">
        <span className={`annotation-kind annotation-kind--${annotation.kind}`}>{annotation.kind}</span>
        <span className="annotation-tags">{tags.join(', ')}</span>
      </div>
      <div className="annotation-where">
        <a href={hashFor(anchor?.clause ?? annotation.target.clause)}>{citation}</a>
        {annotation.target.quote && annotation.target.quote.exact.length < 120 && <q className="annotation-quote">{annotation.target.quote.exact}</q>}
        <span className={`anchor-state anchor-state--${state}`}>{anchorLabel(anchor)}</span>
      </div>
      {annotation.note && <MarkdownNote source={annotation.note} />}
      <div className="annotation-fields">
        <label>
          Status{' '}
          <select className="annotation-status" value={annotation.status} disabled={!canWrite} onChange={(event) => actions.setStatus(annotation.id, event.target.value as AnnotationStatus)}>
            {STATUSES.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Severity{' '}
          <select value={annotation.severity ?? ''} disabled={!canWrite} onChange={(event) => actions.setSeverity(annotation.id, (event.target.value || null) as Severity | null)}>
            <option value="">not rated</option>
            {SEVERITIES.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
        <span className="annotation-by">by {annotation.author}</span>
      </div>
      {annotation.thread.length > 0 && (
        <ol className="annotation-thread" aria-label="Replies">
          {annotation.thread.map((reply) => (
            <li key={reply.id} className="annotation-reply">
              <span className="annotation-reply-author">{reply.author}</span>
              <MarkdownNote source={reply.text} />
            </li>
          ))}
        </ol>
      )}
      {canWrite && (
        <form className="annotation-reply-form" onSubmit={submit}>
          <input aria-label="Reply" placeholder="Reply…" value={draft} onChange={(event) => setDraft(event.target.value)} />
          <button type="submit" className="button">
            Reply
          </button>
        </form>
      )}
    </li>
  );
}
