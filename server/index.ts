import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApiHandler, isApiPath } from './http/api.ts';
import { setSecurityHeaders } from './http/securityHeaders.ts';
import { createStaticHandler } from './http/static.ts';
import { loadSampleLibrary } from './library/index.ts';
import type { ServerLogger } from './log.ts';

export { ensureAppBuilt, appBuildReason } from './buildApp.ts';
export { createLogger } from './log.ts';
export type { ServerLogger } from './log.ts';

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
}

export interface RunningServer {
  /** `http://HOST:PORT`, with the port actually bound. */
  url: string;
  /** Stops accepting connections, drops idle ones and resolves once the server is closed. */
  close(): Promise<void>;
}

/** After a signal, give open requests this long to finish before exiting anyway. */
const SHUTDOWN_GRACE_MS = 5_000;

function urlFor(address: AddressInfo): string {
  const wildcard = address.address === '0.0.0.0' || address.address === '::';
  const host = wildcard ? 'localhost' : address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}`;
}

/**
 * Starts the Clausewatch server: the built app from `distDir`, `GET /api/library` (the sample
 * library, read and parsed once here) and `GET /healthz`. Logs `listening on http://HOST:PORT`
 * once it accepts connections.
 */
export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const { logger } = options;
  const documents = await loadSampleLibrary(options.fixturesDir, logger);
  const api = createApiHandler(documents);
  const app = createStaticHandler(options.distDir);

  const server = createServer((req, res) => {
    const started = performance.now();
    res.on('finish', () => {
      const entry = { method: req.method, url: req.url, status: res.statusCode, ms: Math.round(performance.now() - started) };
      if (res.statusCode >= 500) logger.warn(entry, 'request failed');
      else logger.debug(entry, 'request');
    });
    try {
      setSecurityHeaders(res);
      const pathname = new URL(req.url ?? '/', 'http://clausewatch.invalid').pathname;
      if (isApiPath(pathname)) api(req, res, pathname);
      else app(req, res);
    } catch (error) {
      logger.error({ err: error, url: req.url }, 'request handler crashed');
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Clausewatch hit an internal error; the server log has the details.\n');
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const url = urlFor(server.address() as AddressInfo);
  logger.info({ url, documents: documents.length }, `listening on ${url}`);

  let closing: Promise<void> | null = null;
  const close = (): Promise<void> => {
    closing ??= new Promise<void>((resolve, reject) => {
      server.close((error) => (error ? reject(error) : resolve()));
      server.closeIdleConnections();
    });
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

  return { url, close };
}
