import { ImportError } from '../core/import/index.ts';
import type { ImportOptions } from '../core/import/index.ts';
import type { ItuDocument } from '../core/model/index.ts';
import type { ImportResponse } from './importProtocol.ts';
import { unexpectedFailure } from './importProtocol.ts';

/** The importer the worker runs: `importFile` from core/import. */
export type FileImporter = (name: string, bytes: Uint8Array, options: ImportOptions) => Promise<{ documents: ItuDocument[] }>;

/**
 * Imports one file and reports each step through `post`. An ImportError's message (which names
 * the file) goes to the user as is; any other error is reported as an internal error.
 */
export async function runImport(importer: FileImporter, file: string, bytes: Uint8Array, post: (message: ImportResponse) => void): Promise<void> {
  post({ type: 'parsing', file, fraction: 0 });
  try {
    const { documents } = await importer(file, bytes, { onProgress: (fraction) => post({ type: 'parsing', file, fraction }) });
    if (documents.length === 0) {
      post({ type: 'error', file, message: `${file}: no resolution, decision, recommendation or Strategic Plan was found in this file.` });
      return;
    }
    post({ type: 'done', file, documents });
  } catch (error) {
    const message = error instanceof ImportError ? error.message : unexpectedFailure(file, error);
    post({ type: 'error', file, message });
  }
}
