import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApiHandler, isApiPath } from './http/api.ts';
import { setSecurityHeaders } from './http/securityHeaders.ts';
import { createStaticHandler } from './http/static.ts';
import { MemoryTokenStore, SqliteTokenStore } from './auth/index.ts';
import type { TokenStore } from './auth/index.ts';
import { DEFAULT_LIMITS } from './limits/index.ts';
import type { Limits } from './limits/index.ts';
import { demoReadyLine, loadSampleLibrary, loadSampleProposals, prepareDemoWorkspace, storeDemoWorkspace } from './library/index.ts';
import { redactUrl } from './log.ts';
import type { ServerLogger } from './log.ts';
import { Checkpointer, MemoryStorage, SqliteStorage, openDatabase } from './storage/index.ts';
import type { Storage, Synchronous } from './storage/index.ts';
import { SyncService } from './sync/index.ts';
import type { SyncStats } from './sync/index.ts';

export { ensureAppBuilt, appBuildReason } from './buildApp.ts';
export { createLogger } from './log.ts';
export type { ServerLogger } from './log.ts';
export { DEFAULT_LIMITS, limitsFromEnv, LIMIT_VARIABLES } from './limits/index.ts';
export type { Limits } from './limits/index.ts';
export type { TokenStore, TokenRecord, Role } from './auth/index.ts';
export type { SyncStats } from './sync/index.ts';
export { resolveDataDir, DataDirError, SYNCHRONOUS_MODES } from './storage/index.ts';
export type { Synchronous } from './storage/index.ts';

export interface StartServerOptions {
  /** TCP port; 0 picks a free one (the URL says which). */
  port: number;
  /** Interface to listen on; default 127.0.0.1. */
  host?: string;
  /** The fixtures folder; the sample library is `<fixturesDir>/text/*.txt`. */
  fixturesDir: string;
  /** The built app (Vite's outDir). */
  distDir: string;
  logger: ServerLogger;
  /**
   * Close and exit the process on SIGTERM / SIGINT (default true, as `npm start` needs).
   * Pass false when the server runs inside another program, such as a test.
   */
  handleSignals?: boolean;
  /**
   * Where workspaces and tokens are kept: `<dataDir>/clausewatch.sqlite`, created if missing.
   * Without it they live in memory and are gone when the server stops.
   */
  dataDir?: string;
  /** SQLite `synchronous` for the data directory: NORMAL (default) or FULL; see Synchronous. */
  synchronous?: Synchronous;
  /** Collaboration limits; any not given are DEFAULT_LIMITS. */
  limits?: Partial<Limits>;
  /** How often to look for tokens revoked by `clausewatch token revoke` (ms, default 1000). */
  revocationPollMs?: number;
  /** How often to ping WebSocket clients; silent ones are cut after two (ms, default 30000). */
  keepaliveMs?: number;
  /**
   * Create workspace `demo` (sample library, proposals, `<fixturesDir>/workspace/annotations.json`)
   * when the storage holds no workspace at all (default true); see ensureDemoWorkspace.
   */
  demo?: boolean;
  /**
   * Where the server prints lines meant for the person who started it (the demo workspace's
   * link); default: stdout.
   */
  announce?: (line: string) => void;
}

export interface RunningServer {
  /** `http://HOST:PORT`, with the port actually bound. */
  url: string;
  /**
   * Stops accepting connections, stores everything pending, closes WebSockets (1001) and the
   * data directory, drops idle HTTP connections and resolves once the server is closed.
   */
  close(): Promise<void>;
  /** The workspace tokens this server checks (the same store `clausewatch token` writes). */
  tokens: TokenStore;
  /** Open rooms and connections. */
  stats(): SyncStats;
}

/** After a signal, give open requests this long to finish before exiting anyway (well inside 10 s). */
const SHUTDOWN_GRACE_MS = 5_000;

/** Open HTTP requests get this long after close() before their sockets are cut. */
const CLOSE_REQUESTS_MS = 2_000;

/** The collaboration storage: SQLite in `dataDir` (checkpointed in the background), or memory. */
function openCollabStores(
  dataDir: string | undefined,
  synchronous: Synchronous | undefined,
  logger: ServerLogger,
): { storage: Storage; tokens: TokenStore; checkpointer: Checkpointer | null } {
  if (dataDir === undefined) return { storage: new MemoryStorage(), tokens: new MemoryTokenStore(), checkpointer: null };
  const db = openDatabase(dataDir, { synchronous });
  const checkpointer = new Checkpointer(db, (message) => logger.warn({ err: message }, 'background WAL checkpoint failed'));
  return { storage: new SqliteStorage(db, { ownsDatabase: true }), tokens: new SqliteTokenStore(db), checkpointer };
}

function urlFor(address: AddressInfo): string {
  const wildcard = address.address === '0.0.0.0' || address.address === '::';
  const host = wildcard ? 'localhost' : address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}`;
}

/**
 * Starts the Clausewatch server: the built app from `distDir`, `GET /api/library` (the sample
 * library, read and parsed once here), `GET /healthz`, and the collaboration WebSocket at
 * `/ws/WORKSPACE?token=TOKEN` (y-websocket protocol, stored in `dataDir`). Logs
 * `listening on http://HOST:PORT` once it accepts connections.
 */
export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const { logger } = options;
  const documents = await loadSampleLibrary(options.fixturesDir, logger);
  const proposals = await loadSampleProposals(options.fixturesDir, documents, logger);
  const { storage, tokens, checkpointer } = openCollabStores(options.dataDir, options.synchronous, logger);
  if (options.dataDir === undefined) logger.warn('no data directory: workspaces are kept in memory only and lost when the server stops');
  // A fresh data directory gets the demo workspace, made now and stored once the port is bound.
  const demo =
    (options.demo ?? true)
      ? await prepareDemoWorkspace({ storage, tokens, fixturesDir: options.fixturesDir, documents, proposals: proposals.map((p) => p.proposal), logger })
      : null;
  const sync = new SyncService({
    storage,
    tokens,
    limits: { ...DEFAULT_LIMITS, ...options.limits },
    logger,
    revocationPollMs: options.revocationPollMs ?? 1_000,
    keepaliveMs: options.keepaliveMs ?? 30_000,
    // An fsync per commit is worth sharing between the updates of one event-loop turn.
    commit: options.synchronous === 'FULL' ? 'turn' : 'each',
  });
  const api = createApiHandler(documents, () => ({ ...sync.stats() }), proposals);
  const app = createStaticHandler(options.distDir);

  const server = createServer((req, res) => {
    const started = performance.now();
    res.on('finish', () => {
      const entry = { method: req.method, url: redactUrl(req.url), status: res.statusCode, ms: Math.round(performance.now() - started) };
      if (res.statusCode >= 500) logger.warn(entry, 'request failed');
      else logger.debug(entry, 'request');
    });
    try {
      setSecurityHeaders(res);
      const pathname = new URL(req.url ?? '/', 'http://clausewatch.invalid').pathname;
      if (isApiPath(pathname)) api(req, res, pathname);
      else app(req, res);
    } catch (error) {
      logger.error({ err: error, url: redactUrl(req.url) }, 'request handler crashed');
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Clausewatch hit an internal error; the server log has the details.\n');
    }
  });

  server.on('upgrade', (req, socket, head) => {
    try {
      sync.handleUpgrade(req, socket, head);
    } catch (error) {
      logger.error({ err: error }, 'upgrade handler crashed');
      socket.destroy();
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  // Stored in the same turn as the 'listening' callback, before the event loop hands over any
  // connection: no room can open `demo` empty first. After binding, so that a port already in use
  // leaves no demo behind whose link was never printed.
  const demoToken = demo ? storeDemoWorkspace(demo, { storage, tokens, logger }) : null;
  const url = urlFor(server.address() as AddressInfo);
  logger.info({ url, documents: documents.length, dataDir: options.dataDir ?? null }, `listening on ${url}`);
  if (demoToken) (options.announce ?? ((line: string) => process.stdout.write(`${line}\n`)))(demoReadyLine(url, demoToken.token));

  let closing: Promise<void> | null = null;
  const close = (): Promise<void> => {
    closing ??= (async () => {
      const stopped = new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
      server.closeIdleConnections();
      const cut = setTimeout(() => server.closeAllConnections(), CLOSE_REQUESTS_MS);
      await sync.close();
      await checkpointer?.stop();
      logger.info('collaboration data stored and closed');
      await stopped;
      clearTimeout(cut);
    })();
    return closing;
  };

  if (options.handleSignals ?? true) {
    const onSignal = (signal: NodeJS.Signals): void => {
      logger.info({ signal }, `received ${signal}, closing`);
      setTimeout(() => {
        logger.warn('open requests did not finish in time, exiting anyway');
        process.exit(1);
      }, SHUTDOWN_GRACE_MS).unref();
      close().then(
        () => process.exit(0),
        (error: unknown) => {
          logger.error({ err: error }, 'error while closing');
          process.exit(1);
        },
      );
    };
    process.once('SIGTERM', onSignal);
    process.once('SIGINT', onSignal);
  }

  return { url, close, tokens, stats: () => sync.stats() };
}
