import { useRef } from 'react';
import { isImporting, useAppStore } from '../../store/index.ts';

/** File types the importers read. */
const ACCEPTED = '.txt,.text,.xml,.akn,.docx,text/plain,application/xml,text/xml,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The "Import" button: opens the file picker. */
export function ImportButton({ onFiles }: { onFiles: (files: File[]) => void }) {
  const input = useRef<HTMLInputElement>(null);
  const busy = useAppStore((state) => isImporting(state.importStatus));
  return (
    <>
      <button type="button" className="button button--primary" onClick={() => input.current?.click()} disabled={busy}>
        Import<span className="wide-only"> a file</span>…
      </button>
      <input
        ref={input}
        id="import-file"
        type="file"
        accept={ACCEPTED}
        multiple
        className="visually-hidden"
        tabIndex={-1}
        aria-label="Import a file (plain text, Word or Akoma Ntoso XML)"
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          // Clear the field so that choosing the same file again imports it again.
          event.target.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
    </>
  );
}
