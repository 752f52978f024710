import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { CliError } from './CliError.ts';

/** Plain words for the errors a user can cause when choosing where to write. */
function reason(error: unknown, path: string): string {
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return `the folder ${dirname(path)} does not exist`;
  if (code === 'EISDIR' || code === 'ENOTEMPTY' || code === 'EEXIST') return 'it is a folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOTDIR') return `${dirname(path)} is not a folder`;
  return error instanceof Error ? error.message : String(error);
}

/**
 * Writes `bytes` to `path` all or nothing: into a temporary file beside it, then renamed over it,
 * so that an interrupted or failed write never leaves a half-written file (an existing file stays
 * as it was). Errors (CliError) name the file.
 */
export async function writeFileAtomic(path: string, bytes: Uint8Array): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temp, bytes, { flag: 'wx' });
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw new CliError(`${path}: cannot write the export: ${reason(error, path)}`);
  }
}
