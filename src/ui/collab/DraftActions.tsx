import { useState } from 'react';
import type { FormEvent } from 'react';
import { deleteDraft, renameDraft } from '../../collab/index.ts';
import type { DraftMeta } from '../../collab/index.ts';
import { hashFor } from '../routing/index.ts';
import type { WorkspaceSession } from './workspaceSession.ts';

/** Rename and delete, for editors: deleting asks once more, since it deletes the draft for everyone. */
export function DraftActions({ meta, session }: { meta: DraftMeta; session: WorkspaceSession }) {
  const [mode, setMode] = useState<'idle' | 'rename' | 'delete'>('idle');
  const [title, setTitle] = useState(meta.title);
  const { doc } = session.connection;

  const rename = (event: FormEvent): void => {
    event.preventDefault();
    if (title.trim() !== '' && title.trim() !== meta.title) renameDraft(doc, meta.id, title.trim(), session.user.name);
    setMode('idle');
  };
  const remove = (): void => {
    deleteDraft(doc, meta.id, session.user.name);
    window.location.hash = meta.base ? hashFor(meta.base.documentId) : '';
  };

  if (mode === 'rename') {
    return (
      <form className="draft-actions" onSubmit={rename}>
        <label className="visually-hidden" htmlFor={`rename-${meta.id}`}>
          New name of the draft
        </label>
        <input id={`rename-${meta.id}`} className="draft-rename" value={title} maxLength={120} autoFocus onChange={(event) => setTitle(event.target.value)} onKeyDown={(event) => event.key === 'Escape' && setMode('idle')} />
        <button type="submit" className="button button--primary">
          Save
        </button>
        <button type="button" className="button button--quiet" onClick={() => setMode('idle')}>
          Cancel
        </button>
      </form>
    );
  }
  if (mode === 'delete') {
    return (
      <div className="draft-actions" role="alert">
        <span>Delete “{meta.title}” for everyone in the workspace?</span>
        <button type="button" className="button button--danger" onClick={remove}>
          Delete the draft
        </button>
        <button type="button" className="button button--quiet" onClick={() => setMode('idle')}>
          Keep it
        </button>
      </div>
    );
  }
  return (
    <div className="draft-actions">
      <button type="button" className="button button--quiet" onClick={() => (setTitle(meta.title), setMode('rename'))}>
        Rename
      </button>
      <button type="button" className="button button--quiet" onClick={() => setMode('delete')}>
        Delete
      </button>
    </div>
  );
}
