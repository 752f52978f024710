import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from './index.ts';
import type { RunningServer } from './index.ts';
import { memoryLogger } from './testing/memoryLogger.ts';

/** A short resolution written for this test, in ITU layout. */
const GOOD_TEXT = [
  'RESOLUTION 901 (DUBAI, 2018)',
  'Testing the server',
  'The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),',
  'considering',
  'that servers should start even when a sample is broken,',
  'resolves',
  '1 to serve the texts it could read;',
  '2 to log the ones it could not.',
  '',
].join('\n');

let root: string;
let server: RunningServer;
const { logger, lines } = memoryLogger();

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'clausewatch-server-'));
  mkdirSync(join(root, 'fixtures', 'text'), { recursive: true });
  writeFileSync(join(root, 'fixtures', 'text', 'res901.txt'), GOOD_TEXT);
  // Bytes that are no text at all: the library must skip this file, not fail.
  writeFileSync(join(root, 'fixtures', 'text', 'broken.txt'), Buffer.from([0, 159, 146, 150, 0, 1, 2, 3, 0, 0, 255, 254, 0, 7, 8]));
  writeFileSync(join(root, 'fixtures', 'text', 'notes.md'), '# not a sample');
  mkdirSync(join(root, 'dist', 'assets'), { recursive: true });
  writeFileSync(join(root, 'dist', 'index.html'), '<!doctype html><title>Clausewatch test shell</title>');
  writeFileSync(join(root, 'dist', 'assets', 'app-1234.js'), 'console.log(1)');
  server = await startServer({ port: 0, fixturesDir: join(root, 'fixtures'), distDir: join(root, 'dist'), logger, handleSignals: false });
});

afterAll(async () => {
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('startServer', () => {
  it('logs one "listening on" line with the URL it bound', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(lines.filter((line) => line.msg === `listening on ${server.url}`)).toHaveLength(1);
  });

  it('answers /healthz', async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, rooms: 0, connections: 0 });
  });

  it('serves the sample library, skipping a fixture it cannot parse', async () => {
    const response = await fetch(`${server.url}/api/library`);
    expect(response.headers.get('content-type')).toContain('application/json');
    const body = (await response.json()) as { documents: Array<{ id: string; title: string }> };
    expect(body.documents.map((doc) => [doc.id, doc.title])).toEqual([['res901', 'Testing the server']]);
    const skipped = lines.find((line) => line.file === 'broken.txt');
    expect(skipped?.msg).toMatch(/^skipping sample broken\.txt: /);
  });

  it('serves the app, with index.html for any page path', async () => {
    for (const path of ['/', '/library/res130']) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status, path).toBe(200);
      expect(await response.text()).toContain('Clausewatch test shell');
    }
    const asset = await fetch(`${server.url}/assets/app-1234.js`);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${server.url}/assets/missing-5678.js`)).status).toBe(404);
  });

  it('sends security headers on every response', async () => {
    for (const path of ['/', '/api/library']) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.headers.get('content-security-policy'), path).toContain("script-src 'self'");
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
    }
  });

  it('refuses other methods and unknown API paths with a JSON error', async () => {
    const post = await fetch(`${server.url}/api/library`, { method: 'POST', body: '{}' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
    const missing = await fetch(`${server.url}/api/nothing`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: 'There is no /api/nothing here.' });
  });
});

describe('startServer without a built app', () => {
  it('says so in plain words instead of serving nothing', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'clausewatch-nodist-'));
    const { logger: quiet } = memoryLogger();
    const other = await startServer({ port: 0, fixturesDir: join(empty, 'fixtures'), distDir: join(empty, 'dist'), logger: quiet, handleSignals: false });
    try {
      const response = await fetch(`${other.url}/`);
      expect(response.status).toBe(503);
      expect(await response.text()).toContain('has not been built');
      expect(await (await fetch(`${other.url}/api/library`)).json()).toEqual({ documents: [] });
    } finally {
      await other.close();
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('stops accepting connections once closed', async () => {
    const { logger: quiet } = memoryLogger();
    const other = await startServer({ port: 0, fixturesDir: root, distDir: root, logger: quiet, handleSignals: false });
    await other.close();
    await expect(fetch(`${other.url}/healthz`)).rejects.toThrow();
  });
});

describe('request logs', () => {
  it('never contain a token from a query string', async () => {
    const { logger: captured, lines: logged } = memoryLogger();
    const other = await startServer({ port: 0, fixturesDir: root, distDir: join(root, 'dist'), logger: captured, handleSignals: false });
    try {
      await fetch(`${other.url}/ws/team?token=cwt_secretsecret&x=1`);
      await fetch(`${other.url}/?TOKEN=cwt_othersecret`);
      const text = JSON.stringify(logged);
      expect(text).toContain('token=[redacted]&x=1');
      expect(text).not.toContain('secretsecret');
      expect(text).not.toContain('othersecret');
    } finally {
      await other.close();
    }
  });
});
