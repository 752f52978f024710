import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ROLES, SqliteTokenStore, isRole, workspaceNameProblem } from '../../../server/auth/index.ts';
import type { TokenRecord } from '../../../server/auth/index.ts';
import { DATABASE_FILE, DataDirError, openDatabase, resolveDataDir } from '../../../server/storage/index.ts';
import type { SqliteDatabase } from '../../../server/storage/index.ts';
import { CliError } from '../CliError.ts';
import type { CliIo } from '../io.ts';

function workspaceOption(value: string | undefined): string {
  if (value === undefined) throw new CliError('--workspace NAME is required');
  const problem = workspaceNameProblem(value);
  if (problem) throw new CliError(`--workspace: ${problem}`);
  return value;
}

/** Opens the data directory's database; `mustExist` for commands that only read or change tokens. */
function open(dataDir: string, mustExist: boolean): SqliteDatabase {
  if (mustExist && !existsSync(join(dataDir, DATABASE_FILE))) {
    throw new CliError(`${dataDir}: no Clausewatch data here (no ${DATABASE_FILE}); pass --data-dir or set DATA_DIR to the server's data directory`);
  }
  try {
    return openDatabase(dataDir);
  } catch (error) {
    if (error instanceof DataDirError) throw new CliError(error.message);
    throw error;
  }
}

const describe = (record: TokenRecord): string =>
  `${record.id}  ${record.role.padEnd(9)}  created ${record.createdAt}${record.revokedAt ? `  revoked ${record.revokedAt}` : ''}`;

/**
 * `clausewatch token create|list|revoke`: manages the tokens that open a workspace, in the
 * server's data directory. Works whether or not the server is running (SQLite serialises the
 * writers); a running server closes a revoked token's connections within about a second.
 */
export async function tokenCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { workspace: { type: 'string' }, role: { type: 'string' }, 'data-dir': { type: 'string' }, json: { type: 'boolean' } },
  });
  const [action, ...rest] = positionals;
  if (action !== 'create' && action !== 'list' && action !== 'revoke') {
    throw new CliError(action === undefined ? 'token needs an action: create, list or revoke' : `unknown token action "${action}"; use create, list or revoke`);
  }
  const workspace = workspaceOption(values.workspace);
  const dataDir = resolveDataDir(values['data-dir'], io.env, io.cwd);
  if (action === 'create') {
    if (!isRole(values.role)) {
      throw new CliError(`--role must be ${ROLES.slice(0, -1).join(', ')} or ${ROLES.at(-1)}, not ${values.role === undefined ? 'missing' : `"${values.role}"`}`);
    }
    if (rest.length > 0) throw new CliError(`token create takes no other arguments, not "${rest[0]}"`);
    const db = open(dataDir, false);
    try {
      const { token, record } = new SqliteTokenStore(db).create(workspace, values.role);
      io.stdout(
        `Created ${record.role} token ${record.id} for workspace "${workspace}" in ${dataDir}.\n` +
          `It is shown only this once. Revoke it with: clausewatch token revoke --workspace ${workspace} ${record.id}\n` +
          `Share link (after the server's address): /?workspace=${workspace}#token=${token}&role=${record.role}\n` +
          `${token}\n`,
      );
    } finally {
      db.close();
    }
    return 0;
  }
  if (action === 'list') {
    if (rest.length > 0) throw new CliError(`token list takes no other arguments, not "${rest[0]}"`);
    const db = open(dataDir, true);
    try {
      const records = new SqliteTokenStore(db).list(workspace);
      if (values.json) io.stdout(`${JSON.stringify({ tokens: records })}\n`);
      else if (records.length === 0) io.stdout(`Workspace "${workspace}" has no tokens.\n`);
      else io.stdout(`${records.map(describe).join('\n')}\n`);
    } finally {
      db.close();
    }
    return 0;
  }
  const [id, ...extra] = rest;
  if (id === undefined) throw new CliError('token revoke needs the ID of the token (see "clausewatch token list")');
  if (extra.length > 0) throw new CliError(`token revoke takes one token ID, not also "${extra[0]}"`);
  const db = open(dataDir, true);
  try {
    const record = new SqliteTokenStore(db).revoke(workspace, id);
    if (!record) throw new CliError(`workspace "${workspace}" has no token ${JSON.stringify(id)}; "clausewatch token list --workspace ${workspace}" shows its tokens`);
    io.stdout(`Revoked ${record.role} token ${record.id} of workspace "${workspace}". A running server closes its connections within seconds.\n`);
  } finally {
    db.close();
  }
  return 0;
}
