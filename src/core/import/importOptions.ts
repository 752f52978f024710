import type { ItuDocument, SourceFormat } from '../model/index.ts';

/** Limits and progress reporting for an import. */
export interface ImportOptions {
  /** Largest input accepted, in bytes (default MAX_FILE_BYTES, 20 MB). */
  maxBytes?: number;
  /** Most bytes a Word file may unpack to (default MAX_UNPACKED_BYTES, 50 MB). */
  maxUnpackedBytes?: number;
  /** Called with the share of the work done, from 0 to 1, never going back. */
  onProgress?: (fraction: number) => void;
}

/** Every document of the file, each with `source` set; an import never returns part of a file. */
export interface ImportResult {
  documents: ItuDocument[];
  format: SourceFormat;
}
