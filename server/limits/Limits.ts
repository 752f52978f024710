/** The collaboration server's limits; every one can be lowered (or raised) at startup. */
export interface Limits {
  /** Largest WebSocket frame accepted; a larger one closes that socket with 1009. */
  maxFrameBytes: number;
  /** Largest stored size of one workspace; updates that would pass it are refused. */
  maxRoomBytes: number;
  /** Largest presence (awareness) message; a larger one closes that socket. */
  maxAwarenessBytes: number;
  /** Messages per second one connection may send on average; faster senders are slowed down. */
  messagesPerSecond: number;
  /** Messages one connection may send at once before the rate applies. */
  messageBurst: number;
  /** WebSocket connection attempts per minute from one IP address; beyond it the upgrade gets 429. */
  connectsPerMinutePerIp: number;
  /** Bytes waiting to be sent to one slow connection before it is closed (1013) to resync later. */
  maxBufferedBytes: number;
}

const MiB = 1024 * 1024;

/**
 * Defaults sized for a team at a conference: a whole Final Acts library fits in one frame and one
 * workspace many times over; the connection limit allows a room of analysts behind one venue NAT
 * to reconnect at once after the Wi-Fi drops.
 */
export const DEFAULT_LIMITS: Readonly<Limits> = Object.freeze({
  maxFrameBytes: 16 * MiB,
  maxRoomBytes: 128 * MiB,
  maxAwarenessBytes: 64 * 1024,
  messagesPerSecond: 200,
  messageBurst: 1000,
  connectsPerMinutePerIp: 600,
  maxBufferedBytes: 64 * MiB,
});

/** Environment variables that set limits, and the limit each sets. */
export const LIMIT_VARIABLES = {
  MAX_FRAME_BYTES: 'maxFrameBytes',
  MAX_ROOM_BYTES: 'maxRoomBytes',
  MAX_MESSAGES_PER_SECOND: 'messagesPerSecond',
  MAX_CONNECTS_PER_MINUTE: 'connectsPerMinutePerIp',
} as const satisfies Record<string, keyof Limits>;

/**
 * Reads limits from environment variables (LIMIT_VARIABLES), defaults for the rest.
 * Throws an Error naming the variable when a value is not a positive whole number.
 */
export function limitsFromEnv(env: Record<string, string | undefined>): Limits {
  const limits: Limits = { ...DEFAULT_LIMITS };
  for (const [variable, key] of Object.entries(LIMIT_VARIABLES)) {
    const raw = env[variable];
    if (raw === undefined || raw === '') continue;
    const value = Number(raw);
    if (!Number.isSafeInteger(value) || value <= 0) throw new Error(`${variable} must be a positive whole number, not "${raw}"`);
    limits[key] = value;
  }
  return limits;
}
