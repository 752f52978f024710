import { useId } from 'react';
import { canEdit, createDraft } from '../../collab/index.ts';
import { useAppStore } from '../../store/index.ts';
import { documentName } from '../common/index.ts';
import { useLibrary } from '../library/index.ts';
import { draftHash } from './draftRoute.ts';
import { usePopover } from './usePopover.ts';
import { useWorkspaceDrafts } from './useWorkspaceDrafts.ts';
import { useWorkspaceSession } from './WorkspaceContext.tsx';

/** The drafts panel: the workspace's drafts, and starting a new one from the open text. */
export function DraftsMenu() {
  const session = useWorkspaceSession();
  const drafts = useWorkspaceDrafts();
  const selectedDocId = useAppStore((state) => state.selectedDocId);
  const openDraftId = useAppStore((state) => state.openDraftId);
  const { documents } = useLibrary();
  const { open, setOpen, root, button } = usePopover<HTMLDivElement>();
  const id = useId();
  if (!session) return null;
  const base = documents.find((doc) => doc.id === selectedDocId) ?? null;
  const mayEdit = canEdit(session.role);
  const names = new Map(documents.map((doc) => [doc.id, documentName(doc)]));

  const start = async (): Promise<void> => {
    if (!base) return;
    // The editor's schema comes with the editor, loaded on first use.
    const { documentToDraft, draftSchema } = await import('../../editor/index.ts');
    const meta = createDraft(
      session.connection.doc,
      { title: `Our draft of ${documentName(base)}`, base: { documentId: base.id, revision: base.revision }, createdBy: session.user.name },
      draftSchema().nodeFromJSON(documentToDraft(base)),
    );
    setOpen(false);
    window.location.hash = draftHash(meta.id);
  };

  return (
    <div className="popover-root" ref={root}>
      <button type="button" className="button" ref={button} aria-expanded={open} aria-controls={`${id}-panel`} onClick={() => setOpen(!open)}>
        Drafts <span className="button-count">{drafts.length}</span>
      </button>
      {open && (
        <div className="popover drafts-panel" id={`${id}-panel`} role="region" aria-label="Drafts">
          {drafts.length === 0 ? (
            <p className="drafts-empty">No drafts yet in this workspace.</p>
          ) : (
            <ul className="drafts-list">
              {drafts.map((draft) => (
                <li key={draft.id}>
                  <a className="draft-link" href={draftHash(draft.id)} aria-current={draft.id === openDraftId ? 'page' : undefined} onClick={() => setOpen(false)}>
                    <span className="draft-link-title">{draft.title}</span>
                    <span className="draft-link-meta">
                      {draft.base ? (names.get(draft.base.documentId) ?? draft.base.documentId) : 'blank'}
                      {draft.createdBy ? ` · started by ${draft.createdBy}` : ''}
                    </span>
                  </a>
                </li>
              ))}
            </ul>
          )}
          {mayEdit ? (
            base ? (
              <button type="button" className="button button--primary drafts-new" onClick={() => void start()}>
                Start a draft from {documentName(base)}
              </button>
            ) : (
              <p className="drafts-hint">Open a text from the library to start a draft from it.</p>
            )
          ) : (
            <p className="drafts-hint">You {session.role === 'viewer' ? 'can read' : 'can comment on'} drafts; only editors start and edit them.</p>
          )}
        </div>
      )}
    </div>
  );
}
