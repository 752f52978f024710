import { useState } from 'react';
import type { AnnotationReply } from '../../core/model/index.ts';
import { ConfirmButton } from './ConfirmButton.tsx';
import { MarkdownEditor } from './MarkdownEditor.tsx';
import { MarkdownNote } from './MarkdownNote.tsx';

export interface ReplyItemProps {
  reply: AnnotationReply;
  /** Present when this person wrote the reply: only its author may edit or delete it. */
  own: { edit: (text: string) => string | null; remove: () => void } | null;
}

const when = (iso: string): string => new Date(iso).toLocaleString();

/** One reply in a thread: its author, "edited" when it was changed after it was written, and for its author Edit and Delete. */
export function ReplyItem({ reply, own }: ReplyItemProps) {
  const [editing, setEditing] = useState(false);
  const edited = reply.modified !== reply.created;
  return (
    <li className="annotation-reply" data-reply={reply.id}>
      <div className="annotation-reply-head">
        <span className="annotation-reply-author">{reply.author}</span>
        {edited && (
          <span className="annotation-edited" title={`edited ${when(reply.modified)}`}>
            edited
          </span>
        )}
        {own && !editing && (
          <span className="annotation-reply-actions">
            <button type="button" className="button button--quiet annotation-small" onClick={() => setEditing(true)}>
              Edit
            </button>
            <ConfirmButton label="Delete" question="Delete your reply?" confirmLabel="Delete reply" onConfirm={own.remove} />
          </span>
        )}
      </div>
      {editing && own ? (
        <MarkdownEditor
          label="Your reply"
          saved={reply.text}
          onCancel={() => setEditing(false)}
          onSave={(text) => {
            const problem = own.edit(text);
            if (problem === null) setEditing(false);
            return problem;
          }}
        />
      ) : (
        <MarkdownNote source={reply.text} />
      )}
    </li>
  );
}
