import { useAppStore } from '../../store/index.ts';
import type { ImportStatus } from '../../store/index.ts';

/** The message without a leading "file.txt: ", which the alert's heading already says. */
function withoutFileName(message: string, file: string): string {
  return message.startsWith(`${file}: `) ? message.slice(file.length + 2) : message;
}

/** Shown names of imported texts before "and N more". */
const LISTED_NAMES = 3;

/** "Resolution 130", "Resolution 130 and Decision 5", "12 texts: Resolution 1, Resolution 2, Resolution 3 and 9 more". */
function importedNames(names: string[]): string {
  if (names.length <= LISTED_NAMES) return names.length === 2 ? names.join(' and ') : names.join(', ');
  return `${names.length} texts: ${names.slice(0, LISTED_NAMES).join(', ')} and ${names.length - LISTED_NAMES} more`;
}

function percent(loaded: number, total: number): number {
  return total > 0 ? Math.min(100, Math.round((loaded / total) * 100)) : 0;
}

/**
 * Where the current import stands: progress while reading and parsing, a confirmation when done,
 * and on failure the importer's message in a dismissable alert.
 */
export function ImportStatusView({ status, onDismiss }: { status: ImportStatus; onDismiss: () => void }) {
  switch (status.phase) {
    case 'idle':
      return null;
    case 'reading':
    case 'parsing':
      return (
        <div className="import-status" role="status" aria-live="polite">
          {status.phase === 'reading' ? (
            <>
              <span>Reading {status.file}… {percent(status.loaded, status.total)}%</span>
              <progress max={100} value={percent(status.loaded, status.total)} aria-label="Reading the file" />
            </>
          ) : (
            <>
              <span>Parsing {status.file}… {percent(status.fraction, 1)}%</span>
              <progress max={100} value={percent(status.fraction, 1)} aria-label="Parsing the file" />
            </>
          )}
        </div>
      );
    case 'done':
      return (
        <div className="import-status import-status--done" role="status" aria-live="polite">
          <span>
            Imported {importedNames(status.documents)} from {status.file}
            {status.replaced.length > 0 &&
              (status.replaced.length === 1
                ? ' (replacing the copy already in the library)'
                : ` (replacing ${status.replaced.length} copies already in the library)`)}
            .
          </span>
          <button type="button" className="button button--quiet" onClick={onDismiss}>
            Dismiss
          </button>
        </div>
      );
    case 'error':
      return (
        <div className="import-alert" role="alert">
          <div>
            <strong>Could not import {status.file}</strong>
            <p>{withoutFileName(status.message, status.file)}</p>
          </div>
          <button type="button" className="button button--quiet" onClick={onDismiss} aria-label={`Dismiss the message about ${status.file}`}>
            Dismiss
          </button>
        </div>
      );
  }
}

/** The import status of the app's store. */
export function ImportStatusBar() {
  const status = useAppStore((state) => state.importStatus);
  const dismiss = useAppStore((state) => state.dismissImport);
  return <ImportStatusView status={status} onDismiss={dismiss} />;
}
