import pino from 'pino';
import type { DestinationStream, Logger } from 'pino';

/** The server's logger type: structured JSON lines (pino). */
export type ServerLogger = Logger;

/**
 * Creates the server logger: one JSON object per line on stdout, level from `LOG_LEVEL`
 * (default "info"). Pass a destination to capture lines, e.g. in tests.
 */
export function createLogger(
  options: { level?: string; destination?: DestinationStream } = {},
): ServerLogger {
  const level = options.level ?? process.env.LOG_LEVEL ?? 'info';
  const settings = { level, base: { service: 'clausewatch' } };
  return options.destination ? pino(settings, options.destination) : pino(settings);
}

/** A request URL fit for the log: the value of any `token` query parameter is replaced. */
export function redactUrl(url: string | undefined): string | undefined {
  return url?.replace(/([?&]token=)[^&#]*/gi, '$1[redacted]');
}
