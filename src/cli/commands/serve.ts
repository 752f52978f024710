import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { createLogger, ensureAppBuilt, startServer } from '../../../server/index.ts';
import { CliError } from '../CliError.ts';
import type { CliIo } from '../io.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Reads a port from a flag or PORT; 0 asks the system for a free one. */
function port(value: string | undefined): number {
  const n = Number(value ?? 8080);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new CliError(`PORT must be a number from 0 to 65535, not "${value}"`);
  return n;
}

/** `clausewatch serve`: what `npm start` runs. Builds the app when it is missing or stale, then serves it with the API. */
export async function serveCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args, options: { port: { type: 'string' }, host: { type: 'string' } } });
  const logger = createLogger();
  await ensureAppBuilt(ROOT, logger);
  await startServer({
    port: port(values.port ?? io.env.PORT),
    host: values.host ?? io.env.HOST,
    fixturesDir: `${ROOT}fixtures`,
    distDir: `${ROOT}dist`,
    logger,
  });
  // The server keeps the process alive until SIGTERM / SIGINT.
  return 0;
}
