import { readFile, stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { checkSize, importFile, MAX_FILE_BYTES } from '../core/import/index.ts';
import type { ItuDocument } from '../core/model/index.ts';
import { CliError } from './CliError.ts';

/** Reads and imports one file; every failure becomes a one-line CliError naming the file. */
export async function readImport(path: string, cwd: string): Promise<ItuDocument[]> {
  const full = resolve(cwd, path);
  const name = basename(path);
  let bytes: Uint8Array;
  try {
    const info = await stat(full);
    if (info.isDirectory()) throw new CliError(`${path}: is a folder, not a file`);
    // Check the size before reading, so a huge file is never loaded into memory.
    checkSize(info.size, MAX_FILE_BYTES, name);
    bytes = await readFile(full);
  } catch (error) {
    if (!(error as NodeJS.ErrnoException).code) throw asCliError(error, name, path);
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
    throw new CliError(`${path}: cannot read the file (${why})`);
  }
  try {
    const result = await importFile(name, bytes);
    return result.documents;
  } catch (error) {
    throw asCliError(error, name, path);
  }
}

/** ImportError messages start with the file's name; the CLI shows the path the user typed. */
function asCliError(error: unknown, name: string, path: string): CliError {
  if (error instanceof CliError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new CliError(message.startsWith(`${name}:`) ? path + message.slice(name.length) : `${path}: ${message}`);
}
