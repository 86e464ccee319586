import { createHash, randomBytes } from 'node:crypto';

/**
 * Opaque secrets (refresh tokens, invite links): 32 random bytes, base64url. Only a SHA-256 of each
 * is stored, so a database read never yields a working link.
 */
export function newOpaqueToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashOpaqueToken(token) };
}

export const hashOpaqueToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Cheap shape check before any lookup: a token we issued is 43 base64url characters. */
export const looksLikeOpaqueToken = (token: string) => /^[A-Za-z0-9_-]{43}$/.test(token);
