import type { ItuDocument } from '../core/model/index.ts';

/** Page → worker: one file to import. The buffer is transferred, not copied. */
export interface ImportRequest {
  file: string;
  bytes: ArrayBuffer;
}

/**
 * Worker → page: how far the parse is (`fraction` from 0 to 1), then the documents, or the failure
 * (message in plain words, naming the file).
 */
export type ImportResponse =
  | { type: 'parsing'; file: string; fraction: number }
  | { type: 'done'; file: string; documents: ItuDocument[] }
  | { type: 'error'; file: string; message: string };

/** The message shown for a failure that is not an ImportError: a bug, not a bad file. */
export function unexpectedFailure(file: string, error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error);
  return `${file}: Clausewatch could not import this file because of an internal error (${detail}). Please report it with the file.`;
}
