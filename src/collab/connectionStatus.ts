/**
 * The connection status the UI shows, derived from plain facts about the connection so that every
 * transition can be tested without a network.
 */

/**
 * - connecting: the first attempt to reach the server is under way;
 * - syncing: connected, exchanging changes, or waiting for the server to confirm this device's;
 * - connected: in step with the server, and this device has changed nothing;
 * - saved: in step with the server, which has confirmed every change made here;
 * - offline: no connection; changes are kept on this device and sent on reconnecting;
 * - read-only: connected, but the server dropped a change made here (the token does not allow it);
 * - refused: the server turned this device away (the token is wrong, revoked or for another workspace).
 */
export type ConnectionStatus = 'connecting' | 'syncing' | 'connected' | 'saved' | 'read-only' | 'offline' | 'refused';

/** What is known about the connection at a moment. */
export interface ConnectionFacts {
  /** The browser believes it has a network. */
  online: boolean;
  socket: 'connecting' | 'open' | 'closed';
  /** The socket was open at least once in this session. */
  everOpened: boolean;
  /** Attempts that failed since the last open socket. */
  failedAttempts: number;
  /** The server confirmed it holds everything this device has (see syncAck.ts). */
  confirmed: boolean;
  /** This device made changes in this session, or had unsent ones from before a reload. */
  changed: boolean;
  refused: boolean;
  /** The server said it dropped a change from this device (y-protocols permission-denied), and why. */
  writeRefused: string | null;
}

/** The status for a set of facts. */
export function deriveStatus(facts: ConnectionFacts): ConnectionStatus {
  if (facts.refused) return 'refused';
  if (!facts.online) return 'offline';
  if (facts.socket !== 'open') return facts.everOpened || facts.failedAttempts > 0 ? 'offline' : 'connecting';
  if (facts.writeRefused !== null) return 'read-only';
  if (!facts.confirmed) return 'syncing';
  return facts.changed ? 'saved' : 'connected';
}

/** The facts before anything happened. */
export const INITIAL_FACTS: ConnectionFacts = {
  online: true,
  socket: 'connecting',
  everOpened: false,
  failedAttempts: 0,
  confirmed: false,
  changed: false,
  refused: false,
  writeRefused: null,
};

/** What the badge says for each status. */
export const STATUS_TEXT: Record<ConnectionStatus, { label: string; detail: string }> = {
  connecting: { label: 'Connecting…', detail: 'Reaching the server.' },
  syncing: { label: 'Syncing…', detail: 'Exchanging changes with the server.' },
  connected: { label: 'Connected', detail: 'In step with the team.' },
  saved: { label: 'All changes saved', detail: 'The server has every change made here.' },
  offline: { label: 'Offline — changes are kept on this device', detail: 'They are sent when the connection is back.' },
  'read-only': { label: 'Read only: changes made here are not shared', detail: 'The server did not accept a change: this token does not allow it.' },
  refused: { label: 'Not connected: access refused', detail: 'The server did not accept the token for this workspace.' },
};
