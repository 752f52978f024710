import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { addAnnotation, readAnnotations } from '../../src/collab/index.ts';
import type { Role } from '../../src/collab/index.ts';
import type { Annotation } from '../../src/core/model/index.ts';
import { createLogger, ensureAppBuilt } from '../../server/index.ts';

/** The app under test: where it listens and how to stop it. */
export interface RunningApp {
  url: string;
  /** Sends SIGTERM; resolves with the exit code. Calling it again waits for the same exit. */
  stop(): Promise<number | null>;
  /** The first line the server printed on stdout (already, or within `timeoutMs`) that matches `pattern`. */
  waitForLine(pattern: RegExp, timeoutMs?: number): Promise<string>;
}

const LISTENING = /listening on (http:\/\/[^\s"]+)/;

/**
 * Builds the app if needed, then starts it on a free port (PORT=0) exactly as `npm start` does,
 * `node bin/clausewatch.mjs serve`, and waits for its `listening on` line. `options.env` is added to
 * the server's environment (e.g. `DATA_DIR` for a temporary data directory).
 */
export async function startApp(root: string, options: { env?: Record<string, string> } = {}): Promise<RunningApp> {
  await ensureAppBuilt(root, createLogger({ level: 'warn' }));
  const bin = join(root, 'bin', 'clausewatch.mjs');
  const child = spawn(process.execPath, [bin, 'serve'], {
    cwd: root,
    // `options.env` adds to the environment (DATA_DIR, limits, ...); PORT stays 0.
    env: { ...process.env, LOG_LEVEL: 'info', ...options.env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => output.push(chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  // Every stdout line, and who waits for one (waitForLine).
  const stdoutLines: string[] = [];
  const lineWaiters = new Set<(line: string) => void>();
  const waitForLine = (pattern: RegExp, timeoutMs = 15_000): Promise<string> => {
    const seen = stdoutLines.find((line) => pattern.test(line));
    if (seen !== undefined) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        lineWaiters.delete(check);
        reject(new Error(`clausewatch serve printed no line matching ${pattern} within ${timeoutMs} ms`));
      }, timeoutMs);
      const check = (line: string): void => {
        if (!pattern.test(line)) return;
        clearTimeout(timer);
        lineWaiters.delete(check);
        resolve(line);
      };
      lineWaiters.add(check);
    });
  };
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      output.push(line);
      stdoutLines.push(line);
      lineWaiters.forEach((check) => check(line));
      const match = LISTENING.exec(line);
      if (!match) return;
      let stopping: Promise<number | null> | null = null;
      resolve({
        url: match[1],
        stop: () => {
          stopping ??= (child.kill('SIGTERM'), exited);
          return stopping;
        },
        waitForLine,
      });
    });
    void exited.then((code) => reject(new Error(`clausewatch serve exited (code ${code}) before listening:\n${output.join('\n')}`)));
  });
}

/** Makes a token for `role` in `workspace` in `dataDir` with `clausewatch token create`, as the README shows. */
export function createToken(root: string, dataDir: string, workspace: string, role: Role): string {
  const run = spawnSync(process.execPath, [join(root, 'bin', 'clausewatch.mjs'), 'token', 'create', '--workspace', workspace, '--role', role, '--data-dir', dataDir], { cwd: root, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`clausewatch token create failed (exit ${run.status}): ${run.stderr.trim() || run.stdout.trim()}`);
  const token = run.stdout.trim().split(/\s+/).pop() ?? '';
  if (!token) throw new Error('clausewatch token create printed no token');
  return token;
}

/** Makes an editor token for `workspace` in `dataDir` (see createToken). */
export function createEditorToken(root: string, dataDir: string, workspace: string): string {
  return createToken(root, dataDir, workspace, 'editor');
}

/** Connects a Node y-websocket client to a workspace of the running app and waits for its first sync. */
async function connectClient(url: string, workspace: string, token: string): Promise<{ doc: Y.Doc; provider: WebsocketProvider }> {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(`${url.replace(/^http/, 'ws')}/ws`, workspace, doc, { params: { token }, WebSocketPolyfill: WebSocket as never, disableBc: true });
  await new Promise<void>((done) => provider.once('sync', () => done()));
  return { doc, provider };
}

/**
 * Puts annotations into a workspace through the server, as a teammate's client would, and returns
 * once the server holds them all: a second client, connected afterwards, reads them back.
 */
export async function putAnnotations(url: string, workspace: string, token: string, annotations: readonly Annotation[], timeoutMs = 15_000): Promise<void> {
  const writer = await connectClient(url, workspace, token);
  writer.doc.transact(() => annotations.forEach((annotation) => addAnnotation(writer.doc, annotation)));
  const reader = await connectClient(url, workspace, token);
  try {
    await new Promise<void>((done, fail) => {
      const timer = setTimeout(() => fail(new Error(`the server held ${readAnnotations(reader.doc).annotations.length} of ${annotations.length} annotations after ${timeoutMs} ms`)), timeoutMs);
      const check = (): void => {
        if (readAnnotations(reader.doc).annotations.length < annotations.length) return;
        clearTimeout(timer);
        done();
      };
      reader.doc.on('update', check);
      check();
    });
  } finally {
    writer.provider.destroy();
    reader.provider.destroy();
  }
}
