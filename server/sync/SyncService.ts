import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import type { WebSocket } from 'ws';
import { RevocationWatcher, authenticateUpgrade } from '../auth/index.ts';
import type { TokenRecord, TokenStore } from '../auth/index.ts';
import { ConnectionAttempts } from '../limits/index.ts';
import type { Limits } from '../limits/index.ts';
import type { ServerLogger } from '../log.ts';
import type { Storage } from '../storage/index.ts';
import { CLOSE } from './closeCodes.ts';
import { Connection } from './Connection.ts';
import { RoomLoadError } from './Room.ts';
import type { CommitMode } from './Room.ts';
import { RoomRegistry } from './RoomRegistry.ts';

export interface SyncServiceOptions {
  storage: Storage;
  tokens: TokenStore;
  limits: Limits;
  logger: ServerLogger;
  /** How often to look for revoked tokens (ms). */
  revocationPollMs: number;
  /** How often to ping clients; one that missed the previous ping is cut off (ms). */
  keepaliveMs: number;
  /** `turn` (group commit) when every commit waits for an fsync, else `each`. */
  commit: CommitMode;
}

/** Counts for /healthz. */
export interface SyncStats {
  rooms: number;
  connections: number;
}

/** On shutdown, clients get this long to answer the close frame before their sockets are cut. */
const SHUTDOWN_CLOSE_MS = 1_500;

const STATUS_TEXT: Record<number, string> = { 400: 'Bad Request', 401: 'Unauthorized', 404: 'Not Found', 429: 'Too Many Requests', 503: 'Service Unavailable' };

/** Answers an upgrade request with a plain HTTP error and closes the socket: no WebSocket, nothing else sent. */
function refuseUpgrade(socket: Duplex, status: number, message: string): void {
  const body = `${message}\n`;
  socket.once('finish', () => socket.destroy());
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_TEXT[status] ?? 'Error'}\r\nConnection: close\r\nContent-Type: text/plain; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nCache-Control: no-store\r\n\r\n${body}`,
  );
}

/**
 * The collaboration server: y-websocket over `ws`, one room per workspace. Owns the rooms, the
 * live connections, the per-IP connection limit, keepalive pings and the revocation watcher.
 * Plug `handleUpgrade` into an HTTP server's `upgrade` event.
 */
export class SyncService {
  private readonly wss: WebSocketServer;
  private readonly rooms: RoomRegistry;
  private readonly connections = new Set<Connection>();
  private readonly attempts: ConnectionAttempts;
  private readonly watcher: RevocationWatcher;
  private readonly timers: NodeJS.Timeout[] = [];
  private closing: Promise<void> | null = null;

  constructor(private readonly options: SyncServiceOptions) {
    const { limits } = options;
    this.wss = new WebSocketServer({ noServer: true, maxPayload: limits.maxFrameBytes, perMessageDeflate: false, clientTracking: false });
    this.rooms = new RoomRegistry(options.storage, options.logger, options.commit);
    this.attempts = new ConnectionAttempts(limits.connectsPerMinutePerIp);
    this.watcher = new RevocationWatcher(options.tokens, () => [...this.connections].map((c) => c.token.id), (id) => this.closeToken(id), options.revocationPollMs, options.logger);
    this.timers.push(setInterval(() => this.keepalive(), options.keepaliveMs), setInterval(() => this.attempts.sweep(), 60_000));
    this.timers.forEach((timer) => timer.unref());
  }

  /** Handles an HTTP upgrade request: limit, path, token; then the WebSocket. */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const { logger } = this.options;
    socket.on('error', (error) => logger.debug({ err: error }, 'upgrade socket error'));
    const address = req.socket.remoteAddress ?? 'unknown';
    if (this.closing) {
      refuseUpgrade(socket, 503, 'The server is restarting; try again in a moment.');
      return;
    }
    if (!this.attempts.allow(address)) {
      logger.warn({ address }, 'too many connection attempts');
      refuseUpgrade(socket, 429, 'Too many connection attempts from this address; try again in a minute.');
      return;
    }
    const decision = authenticateUpgrade(req, this.options.tokens);
    if (!decision.ok) {
      logger.info({ address, status: decision.status, path: new URL(req.url ?? '/', 'http://x').pathname }, 'refused a WebSocket upgrade');
      refuseUpgrade(socket, decision.status, decision.message);
      return;
    }
    this.wss.handleUpgrade(req, socket, head, (ws) => this.onConnection(ws, decision.workspace, decision.token, address));
  }

  stats(): SyncStats {
    return { rooms: this.rooms.size, connections: this.connections.size };
  }

  /**
   * Shuts down: refuses new upgrades, stores everything pending, closes every socket (1001),
   * closes the rooms (compacting them) and the storage. Resolves once all sockets are closed.
   */
  close(): Promise<void> {
    this.closing ??= (async () => {
      this.timers.forEach(clearInterval);
      this.watcher.stop();
      this.rooms.flushAll();
      const closed = [...this.connections].map((connection) => new Promise<void>((resolve) => connection.onClosed(resolve)));
      for (const connection of this.connections) connection.close(CLOSE.goingAway);
      await Promise.race([Promise.all(closed), new Promise((resolve) => setTimeout(resolve, SHUTDOWN_CLOSE_MS))]);
      for (const connection of this.connections) connection.terminate();
      this.rooms.closeAll();
      this.options.storage.close();
      this.wss.close();
    })();
    return this.closing;
  }

  private onConnection(ws: WebSocket, workspace: string, token: TokenRecord, address: string): void {
    const { logger, limits } = this.options;
    ws.binaryType = 'arraybuffer';
    ws.on('error', (error) => logger.info({ workspace, token: token.id, err: error }, 'WebSocket error'));
    const room = this.closing ? null : this.rooms.open(workspace);
    if (room === null || room instanceof RoomLoadError) {
      const reason = room === null ? CLOSE.goingAway : CLOSE.loadFailed;
      ws.close(reason.code, reason.reason);
      return;
    }
    const connection = new Connection(ws, room, token, address, limits, logger);
    this.connections.add(connection);
    ws.on('message', (data, isBinary) => connection.receive(data, isBinary));
    ws.on('pong', () => (connection.alive = true));
    ws.on('close', (code) => {
      this.connections.delete(connection);
      room.leave(connection);
      if (!this.closing) this.rooms.release(room);
      connection.markClosed();
      logger.debug({ workspace, token: token.id, code }, 'connection closed');
    });
    room.join(connection);
    logger.debug({ workspace, token: token.id, role: token.role, address }, 'connection opened');
  }

  private closeToken(tokenId: string): void {
    for (const connection of this.connections) {
      if (connection.token.id !== tokenId) continue;
      this.options.logger.info({ workspace: connection.room.name, token: tokenId }, 'token revoked; closing its connection');
      connection.close(CLOSE.revoked);
    }
  }

  private keepalive(): void {
    for (const connection of this.connections) {
      try {
        if (!connection.alive) connection.terminate();
        else connection.ping();
      } catch (error) {
        this.options.logger.warn({ err: error }, 'keepalive failed for a connection');
      }
    }
  }
}
