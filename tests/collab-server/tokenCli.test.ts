import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { connectClient } from './testClient.ts';
import { startTestServer } from './testServer.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'bin/clausewatch.mjs');
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const tempDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'clausewatch-tokencli-'));
  dirs.push(dir);
  return dir;
};

function cli(args: string[], env: Record<string, string> = {}, cwd = ROOT): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, DATA_DIR: '', ...env } }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

const lastWord = (text: string): string => text.trim().split(/\s+/).at(-1)!;

describe('clausewatch token (public contract)', () => {
  it('creates, lists and revokes tokens; the token is the last word and never listed', async () => {
    const dataDir = tempDir();
    const created = await cli(['token', 'create', '--workspace', 'pp26-team', '--role', 'commenter', '--data-dir', dataDir]);
    expect(created).toMatchObject({ code: 0, stderr: '' });
    const token = lastWord(created.stdout);
    expect(token).toMatch(/^cwt_[A-Za-z0-9_-]{43}$/);
    const id = /tok_[0-9a-f]{12}/.exec(created.stdout)![0];
    expect(created.stdout).toContain(`/?workspace=pp26-team#token=${token}&role=commenter`);

    const listed = await cli(['token', 'list', '--workspace', 'pp26-team', '--data-dir', dataDir]);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(new RegExp(`^${id}  commenter  created \\S+\\n$`));
    const json = await cli(['token', 'list', '--workspace', 'pp26-team', '--json'], { DATA_DIR: dataDir });
    expect(JSON.parse(json.stdout)).toEqual({ tokens: [{ id, workspace: 'pp26-team', role: 'commenter', createdAt: expect.any(String), revokedAt: null }] });
    expect(listed.stdout + json.stdout).not.toContain(token.slice(4));

    const revoked = await cli(['token', 'revoke', '--workspace', 'pp26-team', id, '--data-dir', dataDir]);
    expect(revoked).toMatchObject({ code: 0, stderr: '' });
    expect(revoked.stdout).toContain(`Revoked commenter token ${id}`);
    expect((await cli(['token', 'list', '--workspace', 'pp26-team', '--data-dir', dataDir])).stdout).toContain('revoked');
    expect((await cli(['token', 'list', '--workspace', 'other', '--data-dir', dataDir])).stdout).toBe('Workspace "other" has no tokens.\n');
  });

  it('uses ./data by default, relative to the working directory', async () => {
    const cwd = tempDir();
    const created = await cli(['token', 'create', '--workspace', 'w', '--role', 'viewer'], {}, cwd);
    expect(created.stdout).toContain(join(cwd, 'data'));
    expect((await cli(['token', 'list', '--workspace', 'w', '--data-dir', join(cwd, 'data')])).stdout).toContain('viewer');
  });

  it('fails with one line naming the option or directory, nothing on stdout, exit code 1', async () => {
    const dataDir = tempDir();
    const cases: Array<[string[], RegExp]> = [
      [['token', 'create', '--workspace', 'Team A', '--role', 'editor'], /^clausewatch: --workspace: the workspace name "Team A" may only contain/],
      [['token', 'create', '--role', 'editor'], /^clausewatch: --workspace NAME is required/],
      [['token', 'create', '--workspace', 'a', '--role', 'admin'], /^clausewatch: --role must be editor, commenter or viewer, not "admin"/],
      [['token', 'revoke', '--workspace', 'a', 'tok_nothing'], /^clausewatch: .*no Clausewatch data here/],
      [['token', 'rotate', '--workspace', 'a'], /^clausewatch: unknown token action "rotate"/],
      [['token', 'list', '--workspace', 'a', '--data-dir', join(dataDir, 'missing')], /missing: no Clausewatch data here/],
    ];
    const results = await Promise.all(cases.map(([args]) => cli([...args, ...(args.includes('--data-dir') ? [] : ['--data-dir', dataDir])])));
    for (const [i, [args, message]] of cases.entries()) {
      const result = results[i];
      expect(result.code, args.join(' ')).toBe(1);
      expect(result.stdout, args.join(' ')).toBe('');
      expect(result.stderr.split('\n').filter(Boolean), args.join(' ')).toHaveLength(1);
      expect(result.stderr, args.join(' ')).toMatch(message);
    }
  });

  it('works while the server runs: a token created by the command opens the workspace at once', async () => {
    const server = await startTestServer();
    try {
      server.token('live', 'editor'); // the server has the database open and written to
      const created = await cli(['token', 'create', '--workspace', 'live', '--role', 'editor', '--data-dir', server.dataDir]);
      expect(created.code).toBe(0);
      const client = connectClient(server.wsUrl, 'live', lastWord(created.stdout));
      await client.synced();
      client.destroy();
    } finally {
      await server.close();
    }
  });
});
