/** Helpers for the server's tests: a logger whose lines can be read back. */
import { createLogger } from '../log.ts';
import type { ServerLogger } from '../log.ts';

/** A structured log line as pino writes it. */
export interface LogLine {
  level: number;
  msg: string;
  [key: string]: unknown;
}

/** A debug-level logger that keeps its lines in memory. */
export function memoryLogger(): { logger: ServerLogger; lines: LogLine[] } {
  const lines: LogLine[] = [];
  const logger = createLogger({
    level: 'debug',
    destination: { write: (line: string) => void lines.push(JSON.parse(line) as LogLine) },
  });
  return { logger, lines };
}
