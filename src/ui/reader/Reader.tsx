import { useEffect, useMemo, useRef } from 'react';
import { useAppStore } from '../../store/index.ts';
import { createMatcher, documentName } from '../common/index.ts';
import { useLibrary } from '../library/index.ts';
import { onClauseNavigationKey } from './clauseNavigation.ts';
import { DocumentView, targetIds } from './DocumentView.tsx';
import { useScrollToTarget } from './useScrollToTarget.ts';

/** The reading pane: the open document, or a welcome / not-found message. */
export function Reader() {
  const { documents, status } = useLibrary();
  const docId = useAppStore((state) => state.selectedDocId);
  const targetId = useAppStore((state) => state.targetId);
  const seq = useAppStore((state) => state.targetSeq);
  const query = useAppStore((state) => state.query);
  const matcher = useMemo(() => createMatcher(query), [query]);
  const doc = documents.find((candidate) => candidate.id === docId) ?? null;
  const known = useMemo(() => (doc ? targetIds(doc) : null), [doc]);
  const scroller = useRef<HTMLElement>(null);
  useScrollToTarget(scroller, docId, targetId, seq, doc !== null);
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (scroller.current) onClauseNavigationKey(scroller.current, event);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  let body;
  if (doc) {
    const missing = targetId !== null && known !== null && !known.has(targetId);
    body = (
      <>
        {missing && (
          <p className="reader-notice" role="status">
            {documentName(doc)} has no clause “{targetId}”. It may have been renumbered; showing the whole text.
          </p>
        )}
        <DocumentView doc={doc} targetId={targetId} matcher={matcher} />
      </>
    );
  } else if (docId !== null && status === 'loading') {
    body = <p className="reader-notice">Loading the library…</p>;
  } else if (docId !== null) {
    body = (
      <p className="reader-notice" role="status">
        There is no text “{docId}” in the library. Import it, or choose one from the list.
      </p>
    );
  } else {
    body = (
      <div className="welcome">
        <h2>Choose a text</h2>
        <p>Pick a resolution, decision or recommendation from the library, or import a file (plain text, Word or Akoma Ntoso XML) with the Import button or by dropping it on this window.</p>
        <p className="welcome-keys">
          Keys: <kbd>/</kbd> search · <kbd>j</kbd> <kbd>k</kbd> or arrows move between clauses · <kbd>Enter</kbd> opens
        </p>
      </div>
    );
  }
  return (
    <main className="reader" ref={scroller} tabIndex={-1} aria-label="Reader">
      {body}
    </main>
  );
}
