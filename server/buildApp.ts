import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
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
/**
 * Runs `vite build` into `outDir` in a child process with NODE_ENV=production. Vite and the React
 * plugin decide between React's development and production builds from the process's NODE_ENV, so
 * a build started from a test (NODE_ENV=test) would otherwise ship the development build — and
 * whatever built last is what `npm start` serves. Rejects with Vite's own output when it fails.
 */
function viteBuild(root: string, outDir: string): Promise<void> {
  const vite = join(createRequire(join(root, 'package.json')).resolve('vite/package.json'), '..', 'bin', 'vite.js');
  const args = [vite, 'build', '--config', join(root, 'vite.config.ts'), '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, NODE_ENV: 'production' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => void (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => void (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`vite build failed (exit ${code}):\n${output.trim()}`))));
  });
}

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
    await viteBuild(root, fresh);
    const dist = join(root, 'dist');
    if (existsSync(dist)) renameSync(dist, old);
    renameSync(fresh, dist);
    rmSync(old, { recursive: true, force: true });
    logger.info({ ms: Date.now() - started }, 'app built');
  } finally {
    release();
  }
}
