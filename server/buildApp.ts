import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ServerLogger } from './log.ts';

/** Inputs of the browser bundle, besides everything under src/. */
const ROOT_INPUTS = ['index.html', 'vite.config.ts'];

/** Unit tests sit beside their modules in src/ but never reach the bundle. */
const TEST_FILE = /\.test\.tsx?$/;

interface Newest {
  file: string;
  mtimeMs: number;
}

function newestInput(root: string): Newest | null {
  let newest: Newest | null = null;
  const consider = (file: string): void => {
    const { mtimeMs } = statSync(file);
    if (!newest || mtimeMs > newest.mtimeMs) newest = { file, mtimeMs };
  };
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && !TEST_FILE.test(entry.name)) consider(path);
    }
  };
  for (const name of ROOT_INPUTS) {
    const path = join(root, name);
    if (existsSync(path)) consider(path);
  }
  const src = join(root, 'src');
  if (existsSync(src)) walk(src);
  return newest;
}

/**
 * Why the app in `root/dist` must be (re)built, or null when it is up to date: dist/index.html is
 * missing, or older than index.html, vite.config.ts or a file under src/ (unit tests excepted).
 */
export function appBuildReason(root: string): string | null {
  const built = join(root, 'dist', 'index.html');
  if (!existsSync(built)) return 'dist/index.html is missing';
  const builtAt = statSync(built).mtimeMs;
  const newest = newestInput(root);
  if (newest && newest.mtimeMs > builtAt) {
    return `${relative(root, newest.file)} changed after the last build`;
  }
  return null;
}

/**
 * Builds the browser app with Vite when dist/ is missing or stale (see appBuildReason); logs what
 * it does. Throws when the build fails, with Vite's message.
 */
export async function ensureAppBuilt(root: string, logger: ServerLogger): Promise<void> {
  const reason = appBuildReason(root);
  if (reason === null) {
    logger.info({ dist: join(root, 'dist') }, 'app is up to date, not rebuilding');
    return;
  }
  logger.info({ reason }, `building the app: ${reason}`);
  const started = Date.now();
  // Vite is loaded only when a build is needed: serving a built app never pays for it.
  const { build } = await import('vite');
  await build({ root, configFile: join(root, 'vite.config.ts'), logLevel: 'warn' });
  logger.info({ ms: Date.now() - started }, 'app built');
}
