import { useCallback, useMemo } from 'react';
import { canEdit, draftContent, draftFragment, draftHighlightSource, setPresence } from '../../collab/index.ts';
import { DraftEditor } from '../../editor/index.ts';
import { useAppStore } from '../../store/index.ts';
import { documentName } from '../common/index.ts';
import { useLibrary } from '../library/index.ts';
import { hashFor } from '../routing/index.ts';
import { DraftActions } from './DraftActions.tsx';
import { useWorkspaceDrafts } from './useWorkspaceDrafts.ts';
import { useWorkspaceSession } from './WorkspaceContext.tsx';

/** Shown instead of the reader while a draft is open (`#draft/ID`): its title, its base text and the editor. */
export function DraftPane({ draftId }: { draftId: string }) {
  const session = useWorkspaceSession();
  const drafts = useWorkspaceDrafts();
  const { documents } = useLibrary();
  const awareness = session?.connection.awareness ?? null;
  const onClauseChange = useCallback((clause: string | null) => awareness && setPresence(awareness, { clause }), [awareness]);
  const highlights = useMemo(() => (session ? draftHighlightSource(session.connection.doc) : null), [session]);

  const meta = drafts.find((draft) => draft.id === draftId) ?? null;
  const fragment = session && meta ? draftFragment(session.connection.doc, draftId) : null;
  // The status goes syncing → saved on every keystroke: subscribe only to what this pane shows,
  // so that typing never re-renders the pane and its editor.
  const readOnly = useAppStore((state) => state.connection === 'read-only');
  const waiting = useAppStore((state) => !fragment && (state.connection === 'connecting' || state.connection === 'syncing'));
  // What the draft says when it opens (read once per draft; the editor follows Yjs from then on).
  const initialContent = useMemo(() => (fragment && session ? draftContent(session.connection.doc, draftId) : null), [fragment, session, draftId]);
  let body;
  if (!session) {
    body = <p className="reader-notice">Drafts live in a shared workspace. Use “Work together” to join one.</p>;
  } else if (!meta || !fragment) {
    body = (
      <p className="reader-notice" role="status">
        {waiting ? 'Loading the draft…' : `This workspace has no draft “${draftId}”. It may have been deleted; the Drafts menu lists the others.`}
      </p>
    );
  } else {
    const base = meta.base ? documents.find((doc) => doc.id === meta.base?.documentId) : undefined;
    const editable = canEdit(session.role) && !readOnly;
    body = (
      <article className="draft">
        <header className="draft-pane-header">
          <p className="draft-kicker">Draft</p>
          <h2 className="draft-title">{meta.title}</h2>
          <p className="draft-meta">
            {meta.base ? (
              <>
                Based on <a href={hashFor(meta.base.documentId)}>{base ? documentName(base) : meta.base.documentId}</a>
                {meta.base.revision ? ` (${meta.base.revision})` : ''}
              </>
            ) : (
              'A blank draft'
            )}
            {meta.createdBy ? ` · started by ${meta.createdBy}` : ''}
          </p>
          {editable && <DraftActions key={meta.id} meta={meta} session={session} />}
          {!editable && (
            <p className="draft-readonly" role="note">
              {readOnly
                ? 'The server does not accept changes from this token, so the draft is read-only here.'
                : `You can follow this draft as others edit it; as a ${session.role} you cannot change it.`}
            </p>
          )}
        </header>
        <DraftEditor
          key={draftId}
          fragment={fragment}
          awareness={session.connection.awareness}
          user={session.user}
          editable={editable}
          label={`Draft: ${meta.title}`}
          initialContent={initialContent}
          onClauseChange={onClauseChange}
          highlights={highlights}
        />
      </article>
    );
  }
  return (
    <main className="reader draft-pane" tabIndex={-1} aria-label="Draft">
      {body}
    </main>
  );
}
