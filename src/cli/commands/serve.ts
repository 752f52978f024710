import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { DataDirError, SYNCHRONOUS_MODES, createLogger, ensureAppBuilt, limitsFromEnv, resolveDataDir, startServer } from '../../../server/index.ts';
import type { Limits, Synchronous } from '../../../server/index.ts';
import { CliError } from '../CliError.ts';
import type { CliIo } from '../io.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Reads a port from a flag or PORT; 0 asks the system for a free one. */
function port(value: string | undefined): number {
  const n = Number(value ?? 8080);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new CliError(`PORT must be a number from 0 to 65535, not "${value}"`);
  return n;
}

/** Reads the collaboration limits from the environment (MAX_FRAME_BYTES, ...). */
function limits(env: Record<string, string | undefined>): Limits {
  try {
    return limitsFromEnv(env);
  } catch (error) {
    throw new CliError((error as Error).message);
  }
}

/** Reads SQLITE_SYNCHRONOUS (NORMAL or FULL). */
function synchronous(value: string | undefined): Synchronous | undefined {
  if (value === undefined || value === '') return undefined;
  const mode = SYNCHRONOUS_MODES.find((m) => m === value.toUpperCase());
  if (!mode) throw new CliError(`SQLITE_SYNCHRONOUS must be NORMAL or FULL, not "${value}"`);
  return mode;
}

/**
 * `clausewatch serve`: what `npm start` runs. Builds the app when it is missing or stale, then
 * serves it with the API and the collaboration WebSocket, storing workspaces in the data directory.
 */
export async function serveCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args, options: { port: { type: 'string' }, host: { type: 'string' }, 'data-dir': { type: 'string' } } });
  const serverPort = port(values.port ?? io.env.PORT);
  const serverLimits = limits(io.env);
  const serverSynchronous = synchronous(io.env.SQLITE_SYNCHRONOUS);
  const logger = createLogger();
  await ensureAppBuilt(ROOT, logger);
  try {
    await startServer({
      port: serverPort,
      host: values.host ?? io.env.HOST,
      fixturesDir: `${ROOT}fixtures`,
      distDir: `${ROOT}dist`,
      logger,
      dataDir: resolveDataDir(values['data-dir'], io.env, io.cwd),
      limits: serverLimits,
      synchronous: serverSynchronous,
    });
  } catch (error) {
    if (error instanceof DataDirError) throw new CliError(error.message);
    throw error;
  }
  // The server keeps the process alive until SIGTERM / SIGINT.
  return 0;
}
