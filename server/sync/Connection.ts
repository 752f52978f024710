import type { WebSocket } from 'ws';
import { decideWrite } from '../auth/index.ts';
import type { TokenRecord } from '../auth/index.ts';
import type { Limits } from '../limits/index.ts';
import { TokenBucket } from '../limits/index.ts';
import type { ServerLogger } from '../log.ts';
import { CLOSE } from './closeCodes.ts';
import type { CloseReason } from './closeCodes.ts';
import { MalformedMessage, parseClientMessage, permissionDeniedMessage } from './messages.ts';
import type { ClientMessage } from './messages.ts';
import type { Room, RoomMember } from './Room.ts';

/** After a close frame, a peer that does not answer is cut off after this long. */
const CLOSE_TIMEOUT_MS = 2_000;

/** Frames that may wait while a connection is over its rate; the socket is paused, so only a burst already read lands here. */
const MAX_QUEUED_FRAMES = 10_000;

/** A client has one presence ID per document; a few more allow for reloads sharing a socket's lifetime. */
const MAX_PRESENCE_PER_CONNECTION = 8;

/**
 * One client's WebSocket in one room, with its token's role. Decodes and checks every frame,
 * enforces the role (viewers' and out-of-bounds commenters' document updates are dropped, with
 * a permission-denied message), the message rate (a fast sender is paused, not dropped) and the
 * presence size. A malformed frame closes this socket only.
 */
export class Connection implements RoomMember {
  /** Answered the last ping: still there. */
  alive = true;
  private readonly rate: TokenBucket;
  private paused = false;
  private closed = false;
  /** Frames received but not yet handled (the rate is exceeded). */
  private readonly queue: Array<{ data: ArrayBuffer | Buffer | Buffer[]; isBinary: boolean }> = [];
  private resumeTimer: NodeJS.Timeout | null = null;
  private terminateTimer: NodeJS.Timeout | null = null;
  private toldDenied = false;
  private readonly closeListeners: Array<() => void> = [];
  private socketClosed = false;

  constructor(
    private readonly ws: WebSocket,
    readonly room: Room,
    readonly token: TokenRecord,
    readonly address: string,
    private readonly limits: Limits,
    private readonly logger: ServerLogger,
  ) {
    this.rate = new TokenBucket(limits.messageBurst, limits.messagesPerSecond);
  }

  get role(): TokenRecord['role'] {
    return this.token.role;
  }

  send(message: Uint8Array): void {
    if (this.closed) return;
    if (this.ws.bufferedAmount + message.length > this.limits.maxBufferedBytes) {
      this.logger.warn({ workspace: this.room.name, token: this.token.id, buffered: this.ws.bufferedAmount }, 'connection too far behind; closing it');
      this.close(CLOSE.tryAgainLater);
      return;
    }
    this.ws.send(message, (error) => {
      if (error) this.logger.debug({ workspace: this.room.name, err: error }, 'send failed');
    });
  }

  close(reason: CloseReason): void {
    if (this.closed) return;
    this.closed = true;
    this.queue.length = 0;
    if (this.resumeTimer !== null) clearTimeout(this.resumeTimer);
    if (this.paused) this.ws.resume();
    this.ws.close(reason.code, reason.reason);
    this.terminateTimer = setTimeout(() => this.ws.terminate(), CLOSE_TIMEOUT_MS);
    this.terminateTimer.unref();
  }

  /** Calls `listener` once the socket has closed (at once if it has). */
  onClosed(listener: () => void): void {
    if (this.socketClosed) listener();
    else this.closeListeners.push(listener);
  }

  /** The socket has closed: called by its owner from the socket's `close` event. */
  markClosed(): void {
    this.closed = true;
    this.queue.length = 0;
    if (this.resumeTimer !== null) clearTimeout(this.resumeTimer);
    if (this.terminateTimer !== null) clearTimeout(this.terminateTimer);
    this.socketClosed = true;
    this.closeListeners.splice(0).forEach((listener) => listener());
  }

  /** Cuts the socket without a closing handshake (dead peers). */
  terminate(): void {
    this.closed = true;
    this.ws.terminate();
  }

  ping(): void {
    this.alive = false;
    this.ws.ping();
  }

  /**
   * Takes one frame from the socket. Frames are handled in order, at most `messagesPerSecond`
   * (after a burst of `messageBurst`): past that they wait in a queue while the socket is paused,
   * so a fast sender is slowed down, never dropped. Never throws: whatever goes wrong closes this
   * socket only.
   */
  receive(data: ArrayBuffer | Buffer | Buffer[], isBinary: boolean): void {
    if (this.closed) return;
    this.queue.push({ data, isBinary });
    if (this.queue.length > MAX_QUEUED_FRAMES) {
      this.reject(CLOSE.flooding, `${this.queue.length} frames waiting`);
      return;
    }
    if (this.resumeTimer === null) this.drain();
  }

  private drain(): void {
    while (this.queue.length > 0 && !this.closed) {
      if (!this.rate.take()) {
        if (!this.paused) {
          this.paused = true;
          this.ws.pause();
        }
        this.resumeTimer = setTimeout(() => {
          this.resumeTimer = null;
          this.drain();
        }, this.rate.waitMs());
        this.resumeTimer.unref();
        return;
      }
      const { data, isBinary } = this.queue.shift()!;
      this.handleFrame(data, isBinary);
    }
    if (this.paused && !this.closed) {
      this.paused = false;
      this.ws.resume();
    }
  }

  private handleFrame(data: ArrayBuffer | Buffer | Buffer[], isBinary: boolean): void {
    if (!isBinary) {
      this.reject(CLOSE.unsupportedData, 'text frame');
      return;
    }
    let message: ClientMessage;
    try {
      message = parseClientMessage(ownBytes(data));
    } catch (error) {
      this.reject(CLOSE.protocolError, (error as Error).message);
      return;
    }
    try {
      this.handle(message);
    } catch (error) {
      if (error instanceof MalformedMessage) {
        this.reject(CLOSE.protocolError, error.message);
        return;
      }
      this.logger.error({ workspace: this.room.name, token: this.token.id, err: error }, 'handling a message failed');
      this.close(CLOSE.internalError);
    }
  }

  private handle(message: ClientMessage): void {
    switch (message.type) {
      case 'sync-step-1':
        this.room.answerSyncStep1(this, message.stateVector);
        return;
      case 'sync-step-2':
      case 'update':
        if (message.empty) return;
        this.write(message.update);
        return;
      case 'awareness':
        if (message.update.length > this.limits.maxAwarenessBytes) {
          this.reject(CLOSE.tooBig, `presence message of ${message.update.length} bytes`);
          return;
        }
        this.room.applyAwareness(this, message.update);
        if (this.room.presenceOf(this).size > MAX_PRESENCE_PER_CONNECTION) {
          this.reject(CLOSE.protocolError, `presence for more than ${MAX_PRESENCE_PER_CONNECTION} clients`);
        }
        return;
      case 'query-awareness':
        this.room.sendPresence(this);
        return;
    }
  }

  private write(update: Uint8Array): void {
    const decision = decideWrite(this.role, update, this.room.doc);
    if (decision.action === 'refuse') {
      this.deny(decision.reason);
      return;
    }
    if (this.room.storedBytes + decision.update.length > this.limits.maxRoomBytes) {
      this.deny(`the workspace has reached its size limit (${this.limits.maxRoomBytes} bytes); the change was not saved`);
      return;
    }
    if (decision.dropped) this.deny(decision.dropped);
    this.room.applyUpdate(this, decision.update);
  }

  /** Reports a change (or part) not applied; tells the client once per connection, logs each. */
  private deny(reason: string): void {
    this.logger.info({ workspace: this.room.name, token: this.token.id, role: this.role, reason }, 'dropped a change');
    if (this.toldDenied) return;
    this.toldDenied = true;
    this.send(permissionDeniedMessage(reason));
  }

  private reject(reason: CloseReason, detail: string): void {
    this.logger.info({ workspace: this.room.name, token: this.token.id, address: this.address, detail }, `closing a connection: ${reason.reason}`);
    this.close(reason);
  }
}

/** The frame as its own exact-size bytes, so no decoder can read past its end into other data. */
function ownBytes(data: ArrayBuffer | Buffer | Buffer[]): Uint8Array {
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  const buffer = Array.isArray(data) ? Buffer.concat(data) : data;
  return new Uint8Array(buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength));
}
