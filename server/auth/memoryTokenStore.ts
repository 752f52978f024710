import type { Role } from './roles.ts';
import { generateToken, generateTokenId, hashToken } from './tokenSecret.ts';
import type { TokenRecord, TokenStore } from './TokenStore.ts';

/** The in-memory twin of SqliteTokenStore, for tests and a server without a data directory. */
export class MemoryTokenStore implements TokenStore {
  private readonly records = new Map<string, { record: TokenRecord; hash: string }>();
  private version = 0;

  create(workspace: string, role: Role): { token: string; record: TokenRecord } {
    const token = generateToken();
    const record: TokenRecord = { id: generateTokenId(), workspace, role, createdAt: new Date().toISOString(), revokedAt: null };
    this.records.set(record.id, { record, hash: hashToken(token) });
    this.version++;
    return { token, record: { ...record } };
  }

  list(workspace: string): TokenRecord[] {
    return [...this.records.values()].map((entry) => ({ ...entry.record })).filter((record) => record.workspace === workspace);
  }

  revoke(workspace: string, id: string): TokenRecord | null {
    const entry = this.records.get(id);
    if (!entry || entry.record.workspace !== workspace) return null;
    entry.record.revokedAt ??= new Date().toISOString();
    this.version++;
    return { ...entry.record };
  }

  verify(token: string): TokenRecord | null {
    const hash = hashToken(token);
    for (const entry of this.records.values()) {
      if (entry.hash === hash && entry.record.revokedAt === null) return { ...entry.record };
    }
    return null;
  }

  revokedAmong(ids: readonly string[]): string[] {
    return ids.filter((id) => this.records.get(id)?.record.revokedAt !== null);
  }

  changeMarker(): number {
    return this.version;
  }
}
