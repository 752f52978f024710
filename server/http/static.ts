import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';

/** A request handler that answers every request it is given. */
export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** Vite puts content-hashed bundles under assets/: their names change whenever their bytes do. */
const HASHED_ASSET = /^\/assets\//;

/**
 * Serves the built app from `distDir` with sirv: hashed assets are cached for a year, everything
 * else is revalidated; any path without a file extension falls back to index.html (the app reads
 * its location itself). When the app has not been built, answers 503 with a plain explanation.
 */
export function createStaticHandler(distDir: string): Handler {
  if (!existsSync(join(distDir, 'index.html'))) {
    return (_req, res) => {
      res.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(`The Clausewatch app has not been built (no index.html in ${distDir}). Run "npm run build" or "npm start".\n`);
    };
  }
  const serve = sirv(distDir, {
    single: true,
    etag: true,
    setHeaders(res, pathname) {
      res.setHeader(
        'Cache-Control',
        HASHED_ASSET.test(pathname) ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  return (req, res) => serve(req, res);
}
