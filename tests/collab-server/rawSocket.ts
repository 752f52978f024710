import { WebSocket } from 'ws';

/** A bare WebSocket to the server, for sending frames no real client would. */
export interface RawSocket {
  ws: WebSocket;
  /** Binary messages received so far. */
  messages: Uint8Array[];
  /** Resolves when the socket closes, with the close code and reason the server sent. */
  closed: Promise<{ code: number; reason: string }>;
  /** Resolves with the first received message (already received or not) that matches. */
  next(match: (message: Uint8Array) => boolean, timeoutMs?: number): Promise<Uint8Array>;
}

/** Opens `wsUrl/WORKSPACE?token=TOKEN` and resolves once it is open (rejects on an HTTP refusal). */
export function openRaw(url: string): Promise<RawSocket> {
  const ws = new WebSocket(url);
  const messages: Uint8Array[] = [];
  const waiters: Array<(message: Uint8Array) => boolean> = [];
  ws.on('message', (data: Buffer) => {
    const message = new Uint8Array(data);
    messages.push(message);
    for (let i = waiters.length - 1; i >= 0; i--) if (waiters[i](message)) waiters.splice(i, 1);
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) => ws.once('close', (code, reason) => resolve({ code, reason: reason.toString() })));
  const socket: RawSocket = {
    ws,
    messages,
    closed,
    next: (match, timeoutMs = 5_000) => {
      const found = messages.find(match);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no matching message within ${timeoutMs} ms`)), timeoutMs);
        waiters.push((message) => {
          if (!match(message)) return false;
          clearTimeout(timer);
          resolve(message);
          return true;
        });
      });
    },
  };
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve(socket));
    ws.once('unexpected-response', (_req, res) => reject(new Error(`upgrade refused with HTTP ${res.statusCode}`)));
    ws.once('error', reject);
  });
}

/** What the server answered to an upgrade it refused: the status, the body, and any WebSocket traffic (there must be none). */
export function refusal(url: string): Promise<{ status: number; body: string; opened: boolean; messages: number }> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url);
    let opened = false;
    let messages = 0;
    ws.on('open', () => (opened = true));
    ws.on('message', () => messages++);
    ws.on('error', () => {});
    ws.once('unexpected-response', (_req, res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, opened, messages }));
    });
    ws.once('open', () => setImmediate(() => reject(new Error(`the upgrade was accepted (${messages} messages)`))));
  });
}
