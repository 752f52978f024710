import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createLogger, ensureAppBuilt } from '../../server/index.ts';

/** The app under test: where it listens and how to stop it. */
export interface RunningApp {
  url: string;
  /** Sends SIGTERM; resolves with the exit code. Calling it again waits for the same exit. */
  stop(): Promise<number | null>;
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
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      output.push(line);
      const match = LISTENING.exec(line);
      if (!match) return;
      let stopping: Promise<number | null> | null = null;
      resolve({
        url: match[1],
        stop: () => {
          stopping ??= (child.kill('SIGTERM'), exited);
          return stopping;
        },
      });
    });
    void exited.then((code) => reject(new Error(`clausewatch serve exited (code ${code}) before listening:\n${output.join('\n')}`)));
  });
}
