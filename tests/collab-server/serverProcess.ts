/**
 * The server as its own process, for tests that kill it: `node --expose-gc --import tsx
 * tests/collab-server/serverProcess.ts`. Runs startServer exactly as `clausewatch serve` does
 * (signal handling included) but without building the app. Environment: DATA_DIR (required),
 * PORT (default 0) and the limit variables. Logs JSON lines on stdout, the first being
 * `listening on URL`. Writing `memory` on stdin makes it collect garbage (when --expose-gc is
 * given) and print one line `{"memory":{"heapUsed":…,"rss":…}}`.
 */
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createLogger, limitsFromEnv, startServer } from '../../server/index.ts';

const dataDir = process.env.DATA_DIR;
if (!dataDir) throw new Error('serverProcess needs DATA_DIR');
// No app and no sample library: paths that do not exist (the server says so and goes on).
await startServer({
  port: Number(process.env.PORT ?? 0),
  fixturesDir: join(dataDir, 'no-fixtures'),
  distDir: join(dataDir, 'no-app'),
  logger: createLogger(),
  dataDir,
  limits: limitsFromEnv(process.env),
  revocationPollMs: 100,
});

const gc = (globalThis as { gc?: () => void }).gc;
createInterface({ input: process.stdin }).on('line', (line) => {
  if (line.trim() !== 'memory') return;
  gc?.();
  gc?.();
  const { heapUsed, rss } = process.memoryUsage();
  process.stdout.write(`${JSON.stringify({ memory: { heapUsed, rss } })}\n`);
});
