import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
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

/** A build takes well under this; an older lock was left by a process that died. */
const STALE_LOCK_MS = 5 * 60_000;
const LOCK_POLL_MS = 250;

/**
 * Takes the build lock (a directory: mkdir is atomic), so that two processes starting at once
 * (a test and `npm start`) never write dist/ together. Returns the release function.
 */
async function lockBuild(root: string, logger: ServerLogger): Promise<() => void> {
  const lock = join(root, '.build.lock');
  for (;;) {
    try {
      mkdirSync(lock);
      return () => rmSync(lock, { recursive: true, force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (Date.now() - statSync(lock).mtimeMs > STALE_LOCK_MS) {
        logger.warn({ lock }, 'removing a stale build lock');
        rmSync(lock, { recursive: true, force: true });
        continue;
      }
      await new Promise((resolve) => setTimeout(resolve, LOCK_POLL_MS));
    }
  }
}

/**
 * Builds the browser app with Vite when dist/ is missing or stale (see appBuildReason); logs what
 * it does. The new build is written beside dist/ and swapped in whole, so a server never serves a
 * half-written app. Throws when the build fails, with Vite's message.
 */
export async function ensureAppBuilt(root: string, logger: ServerLogger): Promise<void> {
  if (appBuildReason(root) === null) {
    logger.info({ dist: join(root, 'dist') }, 'app is up to date, not rebuilding');
    return;
  }
  const release = await lockBuild(root, logger);
  try {
    // Another process may have built it while this one waited for the lock.
    const reason = appBuildReason(root);
    if (reason === null) return;
    logger.info({ reason }, `building the app: ${reason}`);
    const started = Date.now();
    const fresh = join(root, `.dist-build-${process.pid}`);
    const old = join(root, `.dist-old-${process.pid}`);
    // Vite is loaded only when a build is needed: serving a built app never pays for it.
    const { build } = await import('vite');
    // Always React's production build: a build started from a test runs with NODE_ENV=test, which
    // Vite would otherwise carry into the bundle, and whatever built last is what `npm start` serves.
    await build({
      root,
      configFile: join(root, 'vite.config.ts'),
      logLevel: 'warn',
      mode: 'production',
      define: { 'process.env.NODE_ENV': '"production"' },
      build: { outDir: fresh, emptyOutDir: true },
    });
    const dist = join(root, 'dist');
    if (existsSync(dist)) renameSync(dist, old);
    renameSync(fresh, dist);
    rmSync(old, { recursive: true, force: true });
    logger.info({ ms: Date.now() - started }, 'app built');
  } finally {
    release();
  }
}
