import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';

const ENTRY = fileURLToPath(new URL('./serverProcess.ts', import.meta.url));

/** The server running as a child process (tests/collab-server/serverProcess.ts). */
export interface ChildServer {
  pid: number;
  httpUrl: string;
  /** `ws://127.0.0.1:PORT/ws` */
  wsUrl: string;
  /** Every stdout line so far (JSON logs). */
  lines: string[];
  /** Resolves when the process has exited, with how and how long after `sinceMs` (performance.now()). */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>;
  kill(signal: NodeJS.Signals): void;
  /** Asks the process for its memory after garbage collection. */
  memory(): Promise<{ heapUsed: number; rss: number }>;
}

const LISTENING = /listening on (http:\/\/[^\s"]+)/;

/** Starts the server process on DATA_DIR=dataDir and waits for its `listening on` line. */
export function spawnServer(dataDir: string, env: Record<string, string> = {}, timeoutMs = 20_000): Promise<ChildServer> {
  const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', ENTRY], {
    env: { ...process.env, DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'info', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const stderr: string[] = [];
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => stderr.push(chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal, at: performance.now() })),
  );
  const waiters: Array<(line: string) => boolean> = [];
  createInterface({ input: child.stdout }).on('line', (line) => {
    lines.push(line);
    for (let i = waiters.length - 1; i >= 0; i--) if (waiters[i](line)) waiters.splice(i, 1);
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server process did not listen within ${timeoutMs} ms:\n${lines.join('\n')}\n${stderr.join('')}`)), timeoutMs);
    void exited.then(({ code, signal }) => reject(new Error(`server process exited (${code ?? signal}) before listening:\n${lines.join('\n')}\n${stderr.join('')}`)));
    waiters.push((line) => {
      const match = LISTENING.exec(line);
      if (!match) return false;
      clearTimeout(timer);
      const httpUrl = match[1];
      resolve({
        pid: child.pid!,
        httpUrl,
        wsUrl: `${httpUrl.replace(/^http/, 'ws')}/ws`,
        lines,
        exited,
        kill: (signal) => child.kill(signal),
        memory: () =>
          new Promise((resolveMemory) => {
            waiters.push((reply) => {
              if (!reply.startsWith('{"memory"')) return false;
              resolveMemory((JSON.parse(reply) as { memory: { heapUsed: number; rss: number } }).memory);
              return true;
            });
            child.stdin.write('memory\n');
          }),
      });
      return true;
    });
  });
}
