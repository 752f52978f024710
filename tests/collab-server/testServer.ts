import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../../server/index.ts';
import type { Limits, RunningServer, Role } from '../../server/index.ts';
import { memoryLogger } from '../../server/testing/memoryLogger.ts';
import type { LogLine } from '../../server/testing/memoryLogger.ts';

/** A real server on 127.0.0.1, port 0, with its data in a fresh temp dir. */
export interface TestServer {
  server: RunningServer;
  /** `ws://127.0.0.1:PORT/ws`: what WebsocketProvider takes as its server URL. */
  wsUrl: string;
  httpUrl: string;
  dataDir: string;
  logs: LogLine[];
  /** Creates a token for a workspace, returns its secret. */
  token(workspace: string, role: Role): string;
  /** Stops the server (as SIGTERM would) and starts a new one on the same port and data dir. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

export interface TestServerOptions {
  limits?: Partial<Limits>;
  /** Reuse this data dir instead of a fresh one (it is not deleted on close). */
  dataDir?: string;
}

/**
 * Starts the server in-process as a test needs it: the app is a stub (no build), the sample
 * library empty, revocations polled every 50 ms.
 */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const root = mkdtempSync(join(tmpdir(), 'clausewatch-collab-'));
  mkdirSync(join(root, 'fixtures'));
  const dataDir = options.dataDir ?? join(root, 'data');
  const { logger, lines } = memoryLogger();
  const start = (port = 0): Promise<RunningServer> =>
    startServer({
      port,
      fixturesDir: join(root, 'fixtures'),
      distDir: join(root, 'dist'),
      logger,
      handleSignals: false,
      dataDir,
      limits: options.limits,
      revocationPollMs: 50,
    });
  const test: TestServer = {
    server: await start(),
    get wsUrl() {
      return `${this.server.url.replace(/^http/, 'ws')}/ws`;
    },
    get httpUrl() {
      return this.server.url;
    },
    dataDir,
    logs: lines,
    token: (workspace, role) => test.server.tokens.create(workspace, role).token,
    async restart() {
      const port = Number(new URL(test.server.url).port);
      await test.server.close();
      test.server = await start(port);
    },
    async close() {
      await test.server.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
  return test;
}
