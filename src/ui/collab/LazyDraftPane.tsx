import { lazy, Suspense } from 'react';

// The editor (Tiptap, ProseMirror) is loaded the first time a draft is opened, not with the app.
const DraftPaneModule = lazy(async () => ({ default: (await import('./DraftPane.tsx')).DraftPane }));

/** The draft pane, loaded on first use; says so while it loads. */
export function LazyDraftPane({ draftId }: { draftId: string }) {
  return (
    <Suspense
      fallback={
        <main className="reader draft-pane" aria-label="Draft">
          <p className="reader-notice" role="status">
            Loading the editor…
          </p>
        </main>
      }
    >
      <DraftPaneModule draftId={draftId} />
    </Suspense>
  );
}
