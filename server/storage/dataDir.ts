import { resolve } from 'node:path';

/** The data directory when neither `--data-dir` nor DATA_DIR says: `data` in the working directory. */
export const DEFAULT_DATA_DIR = 'data';

/** The absolute data directory: the flag, else DATA_DIR, else ./data, relative to `cwd`. */
export function resolveDataDir(flag: string | undefined, env: Record<string, string | undefined>, cwd: string): string {
  const chosen = flag ?? (env.DATA_DIR || undefined) ?? DEFAULT_DATA_DIR;
  return resolve(cwd, chosen);
}
