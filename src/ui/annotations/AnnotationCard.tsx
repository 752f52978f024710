import { useState } from 'react';
import type { FormEvent } from 'react';
import type { EditResult } from '../../collab/index.ts';
import type { Anchor } from '../../core/anchoring/index.ts';
import type { Annotation } from '../../core/model/index.ts';
import { tagLabels } from '../../core/taxonomy/index.ts';
import { useAppStore } from '../../store/index.ts';
import { hashFor } from '../routing/index.ts';
import { AnnotationFields } from './AnnotationFields.tsx';
import { ConfirmButton } from './ConfirmButton.tsx';
import { MarkdownEditor } from './MarkdownEditor.tsx';
import { MarkdownNote } from './MarkdownNote.tsx';
import { ReplyItem } from './ReplyItem.tsx';
import type { AnnotationWriter } from './useAnnotationActions.ts';

/** What the anchoring state says on the card: "exact", "moved — was considering c)", "orphaned". */
export function anchorLabel(found: Anchor | undefined): string {
  if (!found) return 'orphaned';
  if (found.state === 'moved' && found.from) return `moved — was ${found.from.citation}`;
  if (found.state === 'orphaned') return `orphaned — ${found.reason}`;
  return found.state;
}

const problemOf = (result: EditResult): string | null => (result.ok ? null : result.problem);

export interface AnnotationCardProps {
  annotation: Annotation;
  anchor: Anchor | undefined;
  citation: string;
  /** Null for a viewer: the card then shows no edit controls at all. */
  writer: AnnotationWriter | null;
  /** Names offered for the assignee. */
  people: readonly string[];
}

/**
 * One annotation in the sidebar: its tags, where it stands, its note, kind, status, severity,
 * assignee and thread. Whoever may annotate can edit each of these after the fact (the tags in the
 * tag picker's edit mode), delete the annotation, and edit or delete their own replies.
 */
export function AnnotationCard({ annotation, anchor, citation, writer, people }: AnnotationCardProps) {
  const [draft, setDraft] = useState('');
  const [editingNote, setEditingNote] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const openTagEditor = useAppStore((state) => state.openTagEditor);
  const id = annotation.id;
  const tags = tagLabels(annotation);
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (!writer || draft.trim() === '') return;
    writer.reply(id, draft);
    setDraft('');
  };
  const state = anchor?.state ?? 'orphaned';
  const edited = annotation.modified !== annotation.created;
  return (
    <li className={`annotation-card annotation-card--${annotation.kind}`} data-annotation={id} aria-label={`${annotation.kind} on ${citation}`}>
      <div className="annotation-head">
        <span className={`annotation-kind annotation-kind--${annotation.kind}`}>{annotation.kind}</span>
        <span className={tags.length > 0 ? 'annotation-tags' : 'annotation-tags annotation-tags--none'}>{tags.length > 0 ? tags.join(', ') : 'no tags'}</span>
        {writer && (
          <span className="annotation-card-actions">
            <button type="button" className="button button--quiet annotation-small annotation-edit-tags" onClick={() => openTagEditor(id)} title="Change the categories and SDG targets">
              Edit tags
            </button>
            <ConfirmButton label="Delete" question="Delete this annotation and its replies?" confirmLabel="Delete annotation" onConfirm={() => writer.remove(id)} />
          </span>
        )}
      </div>
      <div className="annotation-where">
        <a href={hashFor(anchor?.clause ?? annotation.target.clause)}>{citation}</a>
        {annotation.target.quote && annotation.target.quote.exact.length < 120 && <q className="annotation-quote">{annotation.target.quote.exact}</q>}
        <span className={`anchor-state anchor-state--${state}`}>{anchorLabel(anchor)}</span>
      </div>
      {writer && editingNote ? (
        <MarkdownEditor
          label="Note"
          saved={annotation.note}
          onCancel={() => setEditingNote(false)}
          onSave={(text) => {
            const refused = problemOf(writer.edit(id, { note: text }));
            if (refused === null) setEditingNote(false);
            return refused;
          }}
        />
      ) : (
        <div className="annotation-note">
          {annotation.note && <MarkdownNote source={annotation.note} />}
          {writer && (
            <button type="button" className="button button--quiet annotation-small annotation-edit-note" onClick={() => setEditingNote(true)}>
              {annotation.note ? 'Edit note' : 'Add a note'}
            </button>
          )}
        </div>
      )}
      <AnnotationFields annotation={annotation} editing={writer && { me: writer.by, suggestions: people, change: (patch) => setProblem(problemOf(writer.edit(id, patch))) }} />
      {problem && (
        <p className="annotation-problem" role="alert">
          {problem}
        </p>
      )}
      <p className="annotation-meta">
        <span className="annotation-by">by {annotation.author}</span>
        {edited && <span title={annotation.modified}> · changed {new Date(annotation.modified).toLocaleString()}</span>}
      </p>
      {annotation.thread.length > 0 && (
        <ol className="annotation-thread" aria-label="Replies">
          {annotation.thread.map((reply) => (
            <ReplyItem
              key={reply.id}
              reply={reply}
              own={
                writer && reply.author === writer.by
                  ? {
                      edit: (text) => problemOf(writer.editReply(id, reply.id, text)),
                      remove: () => setProblem(problemOf(writer.deleteReply(id, reply.id))),
                    }
                  : null
              }
            />
          ))}
        </ol>
      )}
      {writer && (
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
