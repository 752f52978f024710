/**
 * bench/sync: propagation latency of the collaboration server under N clients in one room, each
 * typing 2 edits per second, against the reference y-websocket server (y-websocket 2.1.0's
 * `bin/utils` setupWSConnection, in memory, no persistence) under the same load in the same run.
 * Ours stores every update (SQLite WAL, synchronous=NORMAL: safe from a killed process) before
 * broadcasting it; FULL=1 adds a row for synchronous=FULL (an fsync per commit).
 * Each server runs in its own process (CPU and RSS are its own); the clients are light raw
 * WebSocket clients in this process that time each edit from send to arrival at every other
 * client. Prints a table (medians of REPS runs) and a one-line verdict.
 *
 *   npx tsx bench/sync.ts              (REPS=3 SECONDS=8 CLIENTS=10,50,100 FULL=1 to change)
 *
 * Target: p99 latency no worse than the reference at every client count.
 */
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { WebSocket, WebSocketServer } from 'ws';
// Yjs is loaded in main() only: the reference server process must not load a second copy.
type YModule = typeof import('yjs');

type Kind = 'clausewatch' | 'clausewatch-full' | 'reference';
interface Stats {
  cpuMicros: number;
  rss: number;
  maxRss: number;
}

const WORKSPACE = 'bench';
const EDITS_PER_SECOND = 2;
const WARMUP_MS = 1_000;
/** p99 may exceed the reference by this factor and still pass: run-to-run noise on a shared machine. */
const TOLERANCE = 1.1;

/** Runs one server in this (child) process and answers `stats` requests over IPC. */
async function serve(kind: Kind): Promise<void> {
  let port: number;
  if (kind === 'reference') {
    const require = createRequire(import.meta.url);
    const { setupWSConnection } = require('y-websocket-ref/bin/utils') as {
      setupWSConnection: (ws: WebSocket, req: unknown, options: { docName: string }) => void;
    };
    const server = createServer((_req, res) => res.end('reference'));
    const wss = new WebSocketServer({ noServer: true });
    server.on('upgrade', (req, socket, head) => wss.handleUpgrade(req, socket, head, (ws) => setupWSConnection(ws, req, { docName: WORKSPACE })));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  } else {
    const { startServer, createLogger } = await import('../server/index.ts');
    const dir = process.env.BENCH_DIR!;
    const running = await startServer({
      port: 0,
      fixturesDir: join(dir, 'none'),
      distDir: join(dir, 'none'),
      logger: createLogger({ level: 'error' }),
      handleSignals: false,
      dataDir: join(dir, 'data'),
      synchronous: kind === 'clausewatch-full' ? 'FULL' : 'NORMAL',
      limits: { connectsPerMinutePerIp: 1_000_000 },
    });
    process.send!({ token: running.tokens.create(WORKSPACE, 'editor').token });
    port = Number(new URL(running.url).port);

  }
  const started = process.cpuUsage();
  process.on('message', (message: string) => {
    if (message !== 'stats') return;
    const cpu = process.cpuUsage(started);
    process.send!({ stats: { cpuMicros: cpu.user + cpu.system, rss: process.memoryUsage().rss, maxRss: process.resourceUsage().maxRSS * 1024 } satisfies Stats });
  });
  process.send!({ port });
}

/** A server process: its WebSocket URL (token included), its CPU and memory, and a way to stop it. */
interface ServerHandle {
  url: string;
  stats(): Promise<Stats>;
  stop(): Promise<void>;
}

function startServerProcess(kind: Kind): Promise<ServerHandle> {
  const dir = mkdtempSync(join(tmpdir(), 'clausewatch-bench-'));
  const child = fork(fileURLToPath(import.meta.url), ['--serve', kind], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    env: { ...process.env, BENCH_DIR: dir },
  });
  return new Promise((resolve, reject) => {
    let token = '';
    child.once('exit', (code) => reject(new Error(`${kind} server exited with ${code}`)));
    child.on('message', (message: { port?: number; token?: string }) => {
      if (message.token) token = message.token;
      if (message.port === undefined) return;
      resolve({
        url: `ws://127.0.0.1:${message.port}/ws/${WORKSPACE}${token ? `?token=${token}` : ''}`,
        stats: () =>
          new Promise((done) => {
            const listener = (reply: { stats?: Stats }): void => {
              if (!reply.stats) return;
              child.off('message', listener);
              done(reply.stats);
            };
            child.on('message', listener);
            child.send('stats');
          }),
        stop: () =>
          new Promise((done) => {
            child.removeAllListeners('exit');
            child.once('exit', () => {
              rmSync(dir, { recursive: true, force: true });
              done();
            });
            child.kill('SIGKILL');
          }),
      });
    });
  });
}

/** A typing client: its own Y.Doc (only its own edits), a raw socket, and arrival times of others' edits. */
class BenchClient {
  readonly doc: InstanceType<YModule['Doc']>;
  private readonly ws: WebSocket;
  readonly opened: Promise<void>;
  readonly synced: Promise<void>;

  constructor(
    private readonly Y: YModule,
    url: string,
    onEdit: (client: number, clock: number, at: number) => void,
  ) {
    this.doc = new Y.Doc();
    this.ws = new WebSocket(url);
    this.ws.binaryType = 'nodebuffer';
    this.opened = new Promise((resolve, reject) => {
      this.ws.once('open', () => resolve());
      this.ws.once('error', reject);
    });
    let onSynced: () => void = () => {};
    this.synced = new Promise((resolve) => (onSynced = resolve));
    this.ws.on('message', (data: Buffer) => {
      const at = performance.now();
      const decoder = decoding.createDecoder(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
      if (decoding.readVarUint(decoder) !== 0) return;
      const step = decoding.readVarUint(decoder);
      if (step === 1) onSynced();
      if (step !== 2) return;
      decoding.readVarUint(decoder); // update length
      if (decoding.readVarUint(decoder) !== 1) return; // one client per typed edit
      decoding.readVarUint(decoder); // number of structs
      const client = decoding.readVarUint(decoder);
      if (client !== this.doc.clientID) onEdit(client, decoding.readVarUint(decoder), at);
    });
  }

  sync(): void {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 0);
    encoding.writeVarUint(encoder, 0);
    encoding.writeVarUint8Array(encoder, this.Y.encodeStateVector(this.doc));
    this.ws.send(encoding.toUint8Array(encoder));
  }

  /** Types one character; returns the clock that identifies the edit. */
  type(): number {
    const clock = this.Y.getState(this.doc.store, this.doc.clientID);
    let update: Uint8Array | null = null;
    const capture = (u: Uint8Array): void => void (update = u);
    this.doc.once('update', capture);
    const text = this.doc.getText('draft');
    text.insert(text.length, 'x');
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 0);
    encoding.writeVarUint(encoder, 2);
    encoding.writeVarUint8Array(encoder, update!);
    this.ws.send(encoding.toUint8Array(encoder));
    return clock;
  }

  close(): void {
    this.ws.terminate();
  }
}

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

interface RunResult {
  p50: number;
  p99: number;
  cpu: number;
  rss: number;
  maxRss: number;
  delivered: number;
}

/** One run: N clients against one fresh server process for `seconds`, after a warm-up. */
async function run(Y: YModule, kind: Kind, clients: number, seconds: number): Promise<RunResult> {
  const server = await startServerProcess(kind);
  const sent = new Map<string, number>();
  const latencies: number[] = [];
  let measuring = false;
  let expected = 0;
  let delivered = 0;
  const onEdit = (client: number, clock: number, at: number): void => {
    const sentAt = sent.get(`${client}:${clock}`);
    if (sentAt === undefined) return;
    delivered++;
    if (measuring) latencies.push(at - sentAt);
  };
  const pool = Array.from({ length: clients }, () => new BenchClient(Y, server.url, onEdit));
  await Promise.all(pool.map((client) => client.opened));
  pool.forEach((client) => client.sync());
  await Promise.all(pool.map((client) => client.synced));

  const timers: NodeJS.Timeout[] = [];
  const interval = 1000 / EDITS_PER_SECOND;
  pool.forEach((client, i) => {
    const start = setTimeout(() => {
      timers.push(
        setInterval(() => {
          const clock = client.type();
          sent.set(`${client.doc.clientID}:${clock}`, performance.now());
          expected += clients - 1;
        }, interval),
      );
    }, (i / clients) * interval);
    timers.push(start);
  });
  await new Promise((resolve) => setTimeout(resolve, WARMUP_MS));
  const before = await server.stats();
  measuring = true;
  delivered = 0;
  expected = 0;
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  measuring = false;
  const after = await server.stats();
  timers.forEach(clearInterval);
  timers.forEach(clearTimeout);
  // Let the edits still in flight arrive before counting what was delivered.
  for (const deadline = performance.now() + 5_000; delivered < expected && performance.now() < deadline; ) await new Promise((resolve) => setTimeout(resolve, 20));
  pool.forEach((client) => client.close());
  await server.stop();

  latencies.sort((a, b) => a - b);
  return {
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    cpu: ((after.cpuMicros - before.cpuMicros) / 1000 / (seconds * 1000)) * 100,
    rss: after.rss,
    maxRss: after.maxRss,
    delivered: expected === 0 ? 0 : Math.min(1, delivered / expected),
  };
}

const LABELS: Record<Kind, string> = {
  clausewatch: 'Clausewatch (SQLite WAL, NORMAL)',
  'clausewatch-full': 'Clausewatch (SQLite WAL, FULL)',
  reference: 'reference y-websocket 2.1.0 (memory)',
};

async function main(): Promise<void> {
  const Y = await import('yjs');
  const reps = Number(process.env.REPS ?? 3);
  const seconds = Number(process.env.SECONDS ?? 8);
  const counts = (process.env.CLIENTS ?? '10,50,100').split(',').map(Number);
  const kinds: Kind[] = process.env.FULL === '1' ? ['clausewatch', 'clausewatch-full', 'reference'] : ['clausewatch', 'reference'];
  const mb = (bytes: number): string => (bytes / 1024 / 1024).toFixed(0);
  console.log(`sync: ${counts.join(' / ')} clients in one room, ${EDITS_PER_SECOND} edits/s each, ${seconds} s per run, median of ${reps} runs\n`);
  console.log('| clients | server | p50 (ms) | p99 (ms) | server CPU (% of a core) | RSS (MB) | peak RSS (MB) | edits delivered |');
  console.log('| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  const ratios: Array<[number, number]> = [];
  for (const clients of counts) {
    const results = new Map<Kind, RunResult[]>(kinds.map((kind) => [kind, []]));
    for (let rep = 0; rep < reps; rep++) {
      // Rotate which goes first, so drift on a shared machine hits all alike.
      const order = kinds.map((_, i) => kinds[(i + rep) % kinds.length]);
      for (const kind of order) results.get(kind)!.push(await run(Y, kind, clients, seconds));
    }
    const summary = (kind: Kind) => {
      const r = results.get(kind)!;
      return { p50: median(r.map((x) => x.p50)), p99: median(r.map((x) => x.p99)), cpu: median(r.map((x) => x.cpu)), rss: median(r.map((x) => x.rss)), maxRss: Math.max(...r.map((x) => x.maxRss)), delivered: Math.min(...r.map((x) => x.delivered)) };
    };
    for (const kind of kinds) {
      const s = summary(kind);
      console.log(`| ${clients} | ${LABELS[kind]} | ${s.p50.toFixed(2)} | ${s.p99.toFixed(2)} | ${s.cpu.toFixed(0)} | ${mb(s.rss)} | ${mb(s.maxRss)} | ${(s.delivered * 100).toFixed(1)} % |`);
    }
    const ratio = summary('clausewatch').p99 / summary('reference').p99;
    ratios.push([clients, ratio]);
    const full = kinds.includes('clausewatch-full') ? `; FULL: ${(summary('clausewatch-full').p99 / summary('reference').p99).toFixed(2)}` : '';
    console.log(`| ${clients} | **p99 ratio, Clausewatch / reference** | | **${ratio.toFixed(2)}**${full} | | | | |`);
  }
  console.log(`\nbench process peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
  const worst = ratios.reduce((a, b) => (b[1] > a[1] ? b : a));
  const verdict = worst[1] <= TOLERANCE ? 'PASS' : 'FAIL';
  console.log(
    `verdict: ${verdict} — worst p99 ratio ${worst[1].toFixed(2)} at ${worst[0]} clients (target: p99 no worse than the reference, within ${Math.round((TOLERANCE - 1) * 100)} % run-to-run noise), with every update stored before it is broadcast`,
  );
}

const serveAt = process.argv.indexOf('--serve');
if (serveAt >= 0) await serve(process.argv[serveAt + 1] as Kind);
else await main();
