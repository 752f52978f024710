/**
 * y-websocket's reference server (y-websocket 2.1.0, `bin/utils` setupWSConnection) on a loopback
 * port, with the URL layout and token check of the Clausewatch server: `ws://HOST:PORT/ws/NAME?token=T`,
 * HTTP 401 at the upgrade without the right token. For client tests only; never in the app.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { WebSocketServer } from 'ws';
import type { Doc } from 'yjs';

interface ReferenceUtils {
  setupWSConnection(conn: unknown, req: unknown, options: { docName: string; gc?: boolean }): void;
  docs: Map<string, Doc>;
}

const utils = createRequire(import.meta.url)('y-websocket-ref/bin/utils') as ReferenceUtils;

export interface ReferenceServer {
  /** `ws://127.0.0.1:PORT/ws` */
  url: string;
  /** `http://127.0.0.1:PORT` (answers 200 to anything: "the server is up"). */
  httpUrl: string;
  /** The server's copy of a workspace, once someone connected to it. */
  doc(workspace: string): Doc | undefined;
  close(): Promise<void>;
}

/** Starts the reference server; only `token` opens a workspace. */
export async function startReferenceServer(token: string): Promise<ReferenceServer> {
  const http = createServer((_req, res) => res.writeHead(200).end('ok'));
  const wss = new WebSocketServer({ noServer: true });
  http.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const match = /^\/ws\/([^/]+)$/.exec(url.pathname);
    if (!match || url.searchParams.get('token') !== token) {
      socket.end('HTTP/1.1 401 Unauthorized\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (conn) => utils.setupWSConnection(conn, req, { docName: `test:${decodeURIComponent(match[1])}` }));
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;
  return {
    url: `ws://127.0.0.1:${port}/ws`,
    httpUrl: `http://127.0.0.1:${port}`,
    doc: (workspace) => utils.docs.get(`test:${workspace}`),
    async close() {
      for (const client of wss.clients) client.terminate();
      wss.close();
      http.closeAllConnections();
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}
