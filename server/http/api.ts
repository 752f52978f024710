import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ItuDocument } from '../../src/core/model/index.ts';

/** The JSON body of `GET /api/library`. */
export interface LibraryResponse {
  documents: ItuDocument[];
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const payload = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(payload),
    'Cache-Control': 'no-cache',
    ...headers,
  });
  res.end(payload);
}

/** True for the paths the API owns: `/healthz` and everything under `/api/`. */
export function isApiPath(pathname: string): boolean {
  return pathname === '/healthz' || pathname === '/api' || pathname.startsWith('/api/');
}

/**
 * Answers the API: `GET /api/library` → `{ documents }` (the sample library), `GET /healthz` →
 * `{ ok: true }`. Other methods get 405, unknown API paths 404, both with a JSON `error`.
 */
export function createApiHandler(documents: ItuDocument[]) {
  // The library is read once at start: serialise it once too.
  const library = JSON.stringify({ documents } satisfies LibraryResponse);
  return (req: IncomingMessage, res: ServerResponse, pathname: string): void => {
    const route = pathname === '/healthz' ? 'health' : pathname === '/api/library' ? 'library' : null;
    if (route === null) {
      sendJson(res, 404, { error: `There is no ${pathname} here.` });
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendJson(res, 405, { error: `${pathname} only answers GET.` }, { Allow: 'GET, HEAD' });
      return;
    }
    if (route === 'health') {
      sendJson(res, 200, { ok: true });
      return;
    }
    res.writeHead(200, {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': Buffer.byteLength(library),
      'Cache-Control': 'no-cache',
    });
    res.end(req.method === 'HEAD' ? undefined : library);
  };
}
