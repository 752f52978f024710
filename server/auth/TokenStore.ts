import type { Role } from './roles.ts';

/** A token as stored and listed: never the secret itself. */
export interface TokenRecord {
  id: string;
  workspace: string;
  role: Role;
  /** ISO 8601. */
  createdAt: string;
  /** ISO 8601, or null while the token is valid. */
  revokedAt: string | null;
}

/** The tokens of every workspace. The secret is stored only as a hash. */
export interface TokenStore {
  /** Creates a token; the secret is returned here and never again. */
  create(workspace: string, role: Role): { token: string; record: TokenRecord };
  /** A workspace's tokens, oldest first, revoked ones included. */
  list(workspace: string): TokenRecord[];
  /** Revokes a token of that workspace; returns it, or null when the workspace has no such token. */
  revoke(workspace: string, id: string): TokenRecord | null;
  /** The valid (not revoked) token with this secret, or null. */
  verify(token: string): TokenRecord | null;
  /** Of these token IDs, the ones that are revoked or gone. */
  revokedAmong(ids: readonly string[]): string[];
  /**
   * A number that changes whenever tokens may have changed, also by another process; the server
   * polls it to notice revocations made with `clausewatch token revoke`.
   */
  changeMarker(): number;
}
