import type { SqliteDatabase } from '../storage/index.ts';
import { isRole } from './roles.ts';
import type { Role } from './roles.ts';
import { generateToken, generateTokenId, hashToken, looksLikeToken } from './tokenSecret.ts';
import type { TokenRecord, TokenStore } from './TokenStore.ts';

interface Row {
  id: string;
  workspace: string;
  role: string;
  created_at: string;
  revoked_at: string | null;
}

const COLUMNS = 'id, workspace, role, created_at, revoked_at';

function toRecord(row: Row): TokenRecord {
  if (!isRole(row.role)) throw new Error(`token ${row.id} has an unknown role ${JSON.stringify(row.role)}`);
  return { id: row.id, workspace: row.workspace, role: row.role, createdAt: row.created_at, revokedAt: row.revoked_at };
}

/**
 * Tokens in the `tokens` table of the database opened by `openDatabase`. The server and the
 * `clausewatch token` command may use the same file at once (WAL, busy timeout).
 */
export class SqliteTokenStore implements TokenStore {
  private readonly db: SqliteDatabase;
  private readonly insert;
  private readonly byWorkspace;
  private readonly byHash;
  private readonly byId;
  private readonly markRevoked;
  /** Changes made through this connection, which `data_version` does not count. */
  private localChanges = 0;

  constructor(db: SqliteDatabase) {
    this.db = db;
    this.insert = db.prepare<[string, string, string, string, string]>(
      'INSERT INTO tokens (id, workspace, role, hash, created_at) VALUES (?, ?, ?, ?, ?)',
    );
    this.byWorkspace = db.prepare<[string], Row>(`SELECT ${COLUMNS} FROM tokens WHERE workspace = ? ORDER BY created_at, id`);
    this.byHash = db.prepare<[string], Row>(`SELECT ${COLUMNS} FROM tokens WHERE hash = ? AND revoked_at IS NULL`);
    this.byId = db.prepare<[string], Row>(`SELECT ${COLUMNS} FROM tokens WHERE id = ?`);
    this.markRevoked = db.prepare<[string, string, string]>(
      'UPDATE tokens SET revoked_at = COALESCE(revoked_at, ?) WHERE workspace = ? AND id = ?',
    );
  }

  create(workspace: string, role: Role): { token: string; record: TokenRecord } {
    const token = generateToken();
    const record: TokenRecord = { id: generateTokenId(), workspace, role, createdAt: new Date().toISOString(), revokedAt: null };
    this.insert.run(record.id, workspace, role, hashToken(token), record.createdAt);
    this.localChanges++;
    return { token, record };
  }

  list(workspace: string): TokenRecord[] {
    return this.byWorkspace.all(workspace).map(toRecord);
  }

  revoke(workspace: string, id: string): TokenRecord | null {
    return this.db.transaction(() => {
      const { changes } = this.markRevoked.run(new Date().toISOString(), workspace, id);
      if (changes === 0) return null;
      this.localChanges++;
      const row = this.byId.get(id);
      return row ? toRecord(row) : null;
    }).immediate();
  }

  verify(token: string): TokenRecord | null {
    if (!looksLikeToken(token)) return null;
    const row = this.byHash.get(hashToken(token));
    return row ? toRecord(row) : null;
  }

  revokedAmong(ids: readonly string[]): string[] {
    return ids.filter((id) => {
      const row = this.byId.get(id);
      return !row || row.revoked_at !== null;
    });
  }

  changeMarker(): number {
    // data_version changes whenever another connection (another process) commits to the file.
    return (this.db.pragma('data_version', { simple: true }) as number) + this.localChanges;
  }
}
