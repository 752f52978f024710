import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ItuDocument } from '../../src/core/model/index.ts';
import type { ProposalImport } from '../../src/core/proposal/index.ts';

/** The JSON body of `GET /api/library`. */
export interface LibraryResponse {
  documents: ItuDocument[];
}

/** The JSON body of `GET /api/proposals`: each sample proposal with its comparison against its base. */
export interface ProposalsResponse {
  proposals: ProposalImport[];
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
 * Answers the API: `GET /api/library` → `{ documents }` (the sample library), `GET /api/proposals`
 * → `{ proposals }` (the sample proposals, each with its diff and import notes), `GET /healthz` →
 * `{ ok: true, ...health() }` (open rooms and connections). Other methods get 405, unknown API
 * paths 404, both with a JSON `error`.
 */
export function createApiHandler(
  documents: ItuDocument[],
  health: () => Record<string, number> = () => ({}),
  proposals: ProposalImport[] = [],
) {
  // The library and proposals are read once at start: serialise them once too.
  const bodies = {
    library: JSON.stringify({ documents } satisfies LibraryResponse),
    proposals: JSON.stringify({ proposals } satisfies ProposalsResponse),
  };
  return (req: IncomingMessage, res: ServerResponse, pathname: string): void => {
    const route = pathname === '/healthz' ? 'health' : pathname === '/api/library' ? 'library' : pathname === '/api/proposals' ? 'proposals' : null;
    if (route === null) {
      sendJson(res, 404, { error: `There is no ${pathname} here.` });
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendJson(res, 405, { error: `${pathname} only answers GET.` }, { Allow: 'GET, HEAD' });
      return;
    }
    if (route === 'health') {
      sendJson(res, 200, { ok: true, ...health() });
      return;
    }
    const body = bodies[route];
    res.writeHead(200, {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': Buffer.byteLength(body),
      'Cache-Control': 'no-cache',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
}
