/**
 * `clausewatch export` on a data directory made by the real server (its demo workspace): the real
 * bin for each format, the filters, the errors, and an export while a server holds the database
 * open and a client has just added an annotation.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAnnotation, readAnnotations } from '../src/collab/index.ts';
import { main } from '../src/cli/main.ts';
import type { CliIo } from '../src/cli/io.ts';
import { fromJsonLd } from '../src/core/export/index.ts';
import type { Annotation } from '../src/core/model/index.ts';
import { startServer } from '../server/index.ts';
import type { RunningServer } from '../server/index.ts';
import { loadDemoAnnotations } from '../server/library/index.ts';
import { DATABASE_FILE } from '../server/storage/index.ts';
import { memoryLogger } from '../server/testing/memoryLogger.ts';
import { connectClient, whenDocs } from './collab-server/testClient.ts';
import { ROOT, runBin, scratchFiles } from './support/cli.ts';
import type { Run } from './support/cli.ts';
import { FIXTURES } from './support/fixtureWorkspace.ts';

const scratch = scratchFiles('clausewatch-cli-export-');
const dataDir = join(scratch.dir, 'data');
let demo: Annotation[];
let token = '';

/** Starts the real server on the data directory (with the real fixtures: a fresh one gets the demo). */
async function serve(printed: string[] = []): Promise<RunningServer> {
  return startServer({
    port: 0,
    fixturesDir: FIXTURES,
    distDir: join(scratch.dir, 'no-app'),
    logger: memoryLogger().logger,
    handleSignals: false,
    dataDir,
    announce: (line) => printed.push(line),
  });
}

beforeAll(async () => {
  demo = await loadDemoAnnotations(FIXTURES);
  const printed: string[] = [];
  const server = await serve(printed);
  await server.close();
  token = decodeURIComponent(/#token=([^&]+)/.exec(printed[0] ?? '')?.[1] ?? '');
});
afterAll(() => rmSync(scratch.dir, { recursive: true, force: true }));

/** Runs the command in this process with a chosen environment and terminal; stdout as text. */
async function run(args: string[], options: { env?: Record<string, string>; tty?: boolean; bytes?: boolean } = {}): Promise<Run & { raw: Uint8Array[] }> {
  let stdout = '';
  let stderr = '';
  const raw: Uint8Array[] = [];
  const io: CliIo = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    env: options.env ?? {},
    cwd: ROOT,
    stdoutIsTTY: options.tty ?? false,
    ...(options.bytes ? { stdoutBytes: (bytes: Uint8Array) => void raw.push(bytes) } : {}),
  };
  const code = await main(args, io);
  return { code, stdout, stderr, raw };
}

const exportArgs = (...rest: string[]): string[] => ['export', '--data-dir', dataDir, '--workspace', 'demo', ...rest];

/** The rows of a CSV export (header excluded), parsed with a real CSV parser. */
function csvRows(text: string): string[][] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  const rows = parseCsv(text, { bom: true, relax_column_count: false }) as string[][];
  return rows.slice(1);
}

/** Expects a failure: exit code 1, nothing on stdout, one line on stderr matching `message`. */
function expectError(result: Run, message: RegExp): void {
  expect(result.stdout).toBe('');
  expect(result.stderr).toMatch(/^clausewatch: [^\n]*\n$/);
  expect(result.stderr).toMatch(message);
  expect(result.code).toBe(1);
}

describe('clausewatch export (the bin, on the demo workspace)', () => {
  it('writes every format: Markdown, CSV, JSON-LD and Word', async () => {
    const docx = join(scratch.dir, 'out', 'brief.docx');
    mkdirSync(join(scratch.dir, 'out'));
    const [md, csv, jsonld, word] = await Promise.all([
      runBin(...exportArgs('--format', 'md')),
      runBin(...exportArgs('--format', 'csv')),
      runBin(...exportArgs('--format', 'jsonld')),
      runBin(...exportArgs('--format', 'docx', '-o', docx)),
    ]);
    for (const result of [md, csv, jsonld, word]) expect(result).toMatchObject({ code: 0, stderr: '' });

    expect(md.stdout).toMatch(/^#{1,4} .*Cybersecurity/m);
    expect(md.stdout).toMatch(/^#{1,4} .*Privacy/m);
    expect(md.stdout).toContain('EUR/44A7/1');
    expect(md.stdout).toMatch(/workspace demo/);

    expect(csvRows(csv.stdout)).toHaveLength(demo.length);

    const parsed: unknown = JSON.parse(jsonld.stdout);
    expect(parsed).toBeTypeOf('object');
    const back = fromJsonLd(jsonld.stdout, 'demo.jsonld');
    expect(back.map((a) => a.id).sort()).toEqual(demo.map((a) => a.id).sort());

    expect(word.stdout).toContain(docx);
    const bytes = readFileSync(docx);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const { value: text } = await mammoth.extractRawText({ buffer: bytes });
    expect(text).toContain('Cybersecurity');
    expect(text).toContain('EUR/44A7/1');
    // Written whole: nothing else (no temporary file) is left in the folder.
    expect(readdirSync(join(scratch.dir, 'out'))).toEqual(['brief.docx']);
  });

  it('writes a Word file to stdout when stdout is not a terminal', async () => {
    const result = await run(exportArgs('--format', 'docx'), { tty: false, bytes: true });
    expect(result).toMatchObject({ code: 0, stdout: '', stderr: '' });
    const out = Buffer.concat(result.raw);
    expect(out.subarray(0, 2).toString('latin1')).toBe('PK');
    expect((await mammoth.extractRawText({ buffer: out })).value).toContain('Cybersecurity');
  });
});

describe('clausewatch export filters', () => {
  it('keeps the annotations of the chosen categories only', async () => {
    const result = await run(exportArgs('--format', 'csv', '--category', 'privacy-surveillance'));
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const expected = demo.filter((a) => a.categories.includes('privacy-surveillance'));
    expect(expected.length).toBeGreaterThan(0);
    expect(csvRows(result.stdout)).toHaveLength(expected.length);
    const two = await run(exportArgs('--format', 'csv', '--category', 'privacy-surveillance,ott'));
    expect(csvRows(two.stdout)).toHaveLength(demo.filter((a) => a.categories.some((c) => c === 'privacy-surveillance' || c === 'ott')).length);
  });

  it('takes repeated flags and comma lists alike, and ANDs different flags', async () => {
    const repeated = await run(exportArgs('--format', 'csv', '--status', 'open', '--status', 'agreed', '--kind', 'risk'));
    const listed = await run(exportArgs('--format', 'csv', '--status', 'open,agreed', '--kind', 'risk'));
    expect(repeated.code).toBe(0);
    expect(listed.stdout).toBe(repeated.stdout);
    expect(csvRows(listed.stdout)).toHaveLength(demo.filter((a) => (a.status === 'open' || a.status === 'agreed') && a.kind === 'risk').length);
  });

  it('gives the same bytes for the same workspace and filters', async () => {
    const [a, b] = [await run(exportArgs('--format', 'md')), await run(exportArgs('--format', 'md'))];
    expect(a.stdout.length).toBeGreaterThan(1000);
    expect(a.stdout).toBe(b.stdout);
  });

  it('reads DATA_DIR when there is no --data-dir', async () => {
    const result = await run(['export', '--workspace', 'demo', '--format', 'csv', '--kind', 'note'], { env: { DATA_DIR: dataDir } });
    expect(csvRows(result.stdout)).toHaveLength(demo.filter((a) => a.kind === 'note').length);
  });
});

describe('clausewatch export errors', () => {
  it('names a data directory without Clausewatch data', async () => {
    const missing = join(scratch.dir, 'nowhere');
    expectError(await run(['export', '--data-dir', missing, '--workspace', 'demo', '--format', 'md']), new RegExp(`${missing}: no Clausewatch data here \\(no ${DATABASE_FILE}\\)`));
    expect(existsSync(missing)).toBe(false);
  });

  it('lists the workspaces there when the one asked for is not', async () => {
    expectError(await run(['export', '--data-dir', dataDir, '--workspace', 'team', '--format', 'md']), /--workspace: there is no workspace "team" in .*; it holds "demo"/);
  });

  it('lists the formats, categories, severities, statuses and kinds it knows', async () => {
    expectError(await run(exportArgs('--format', 'pdf')), /--format: unknown format "pdf"; choose md, csv, jsonld or docx/);
    expectError(await run(exportArgs()), /--format is missing: choose md, csv, jsonld or docx/);
    expectError(await run(exportArgs('--format', 'md', '--category', 'cybersecurity,spam')), /--category: unknown category "spam"; use cybersecurity, iot-doa, .* or internet-governance/);
    expectError(await run(exportArgs('--format', 'md', '--severity', 'severe')), /--severity: unknown value "severe"; use low, medium, high or critical/);
    expectError(await run(exportArgs('--format', 'md', '--status', 'closed')), /--status: unknown value "closed"; use open, in-review, agreed or resolved/);
    expectError(await run(exportArgs('--format', 'md', '--kind', 'risks')), /--kind: unknown value "risks"; use risk, opportunity or note/);
    expectError(await run(exportArgs('--format', 'md', '--sdg', '18')), /--sdg: "18" is neither an SDG target .* nor a goal from 1 to 17/);
    expectError(await run(exportArgs('--format', 'md', '--status', 'open,')), /--status needs a value/);
    expectError(await run(['export', '--data-dir', dataDir, '--format', 'md']), /--workspace NAME is missing/);
  });

  it('names a database file it cannot read', async () => {
    const bad = join(scratch.dir, 'bad');
    mkdirSync(bad);
    writeFileSync(join(bad, DATABASE_FILE), 'not a database: our notes'.repeat(300));
    expectError(await run(['export', '--data-dir', bad, '--workspace', 'demo', '--format', 'md']), new RegExp(`${DATABASE_FILE}: `));
  });

  it('asks for -o rather than write a Word file to a terminal', async () => {
    const result = await run(exportArgs('--format', 'docx'), { tty: true, bytes: true });
    expectError(result, /--format docx writes a Word file.*pass -o FILE/);
    expect(result.raw).toEqual([]);
  });

  it('writes nothing when -o names a folder that does not exist, and keeps an existing file when the export fails', async () => {
    const target = join(scratch.dir, 'missing-folder', 'brief.md');
    expectError(await run(exportArgs('--format', 'md', '-o', target)), /brief\.md: cannot write the export: the folder .*missing-folder does not exist/);
    expect(existsSync(target)).toBe(false);
    const kept = scratch.file('kept.md', 'the previous brief');
    expectError(await run(exportArgs('--format', 'md', '--severity', 'huge', '-o', kept)), /--severity/);
    expect(readFileSync(kept, 'utf8')).toBe('the previous brief');
  });
});

describe('clausewatch export while the server runs', () => {
  let server: RunningServer | null = null;
  afterAll(async () => server?.close());

  it('reads the stored state, including an annotation a client has just added', async () => {
    expect(token).not.toBe('');
    server = await serve();
    const wsUrl = `${server.url.replace(/^http/, 'ws')}/ws`;
    const writer = connectClient(wsUrl, 'demo', token);
    const reader = connectClient(wsUrl, 'demo', token);
    try {
      await whenDocs([writer.doc], () => readAnnotations(writer.doc).annotations.length === demo.length, 'the demo annotations to arrive');
      const added: Annotation = {
        ...demo[0],
        id: 'live-export-1',
        target: { clause: 'res130/resolves/4' },
        categories: ['ott'],
        note: 'Added while the server runs.',
        thread: [],
        created: '2026-11-28T15:00:00Z',
        modified: '2026-11-28T15:00:00Z',
      };
      addAnnotation(writer.doc, added);
      // The server stores an update before passing it on: once the other client has it, it is on disk.
      await whenDocs([reader.doc], () => readAnnotations(reader.doc).annotations.some((a) => a.id === added.id), 'the new annotation to reach the other client');
      const result = await runBin(...exportArgs('--format', 'csv'));
      expect(result).toMatchObject({ code: 0, stderr: '' });
      const rows = csvRows(result.stdout);
      expect(rows).toHaveLength(demo.length + 1);
      expect(rows.some((row) => row.includes('live-export-1'))).toBe(true);
    } finally {
      writer.destroy();
      reader.destroy();
    }
  });
});
