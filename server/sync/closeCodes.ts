/**
 * WebSocket close codes the server uses, and what a client should do. y-websocket stops
 * reconnecting on 4400-4499 (a decision reconnecting cannot change) and retries everything else,
 * 4500-4599 meaning "try again later". Reasons are at most 123 bytes (a WebSocket limit).
 */
export const CLOSE = {
  /** The server is shutting down (SIGTERM); reconnect. */
  goingAway: { code: 1001, reason: 'the server is restarting' },
  /** The frame was not a message of the y-websocket protocol. */
  protocolError: { code: 1002, reason: 'malformed message' },
  /** A text frame: the protocol is binary. */
  unsupportedData: { code: 1003, reason: 'text frames are not part of the protocol' },
  /** Far more messages than the rate allows, faster than pausing the socket can stop. */
  flooding: { code: 1008, reason: 'too many messages' },
  /** A frame or presence message over the limit (ws itself sends 1009 for oversize frames). */
  tooBig: { code: 1009, reason: 'message too big' },
  /** The server failed while handling a message; reconnect. */
  internalError: { code: 1011, reason: 'the server failed to handle a message' },
  /** The connection could not keep up with the room; reconnect and resync. */
  tryAgainLater: { code: 1013, reason: 'too far behind; reconnect to resync' },
  /** The token was revoked while connected: stop reconnecting. */
  revoked: { code: 4401, reason: 'this token has been revoked' },
  /** The server could not save an update; reconnect (the client still has it and resends it). */
  storageFailed: { code: 4500, reason: 'the server could not save; reconnecting' },
  /** The workspace's stored state could not be read; the server refuses to serve it. */
  loadFailed: { code: 4503, reason: 'the workspace could not be loaded; the server log says why' },
} as const;

export type CloseReason = (typeof CLOSE)[keyof typeof CLOSE];
