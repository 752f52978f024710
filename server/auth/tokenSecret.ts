import { createHash, randomBytes } from 'node:crypto';

/** Every token starts with this, so a leaked one is easy to recognise (and to search for). */
export const TOKEN_PREFIX = 'cwt_';

/** A new secret token: 32 random bytes (256 bits), base64url. */
export function generateToken(): string {
  return TOKEN_PREFIX + randomBytes(32).toString('base64url');
}

/** A new public token ID, safe to print and log: `tok_` and 12 random hex digits. */
export function generateTokenId(): string {
  return `tok_${randomBytes(6).toString('hex')}`;
}

/**
 * What is stored instead of the token. A plain SHA-256 is enough: tokens are 256 random bits,
 * so there is nothing to brute-force that a slow password hash would protect.
 */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Cheap shape check before hashing anything a client sent. */
export const looksLikeToken = (value: string): boolean => /^cwt_[A-Za-z0-9_-]{43}$/.test(value);
