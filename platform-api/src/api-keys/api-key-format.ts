import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Tenant API keys: `fpk_live_<prefix>_<secret>`. The prefix (12 hex characters) is public: it
 * is stored in clear, shown in the portal's list, and finds the row. The secret is 32 random
 * bytes (base64url). Only the SHA-256 of the whole key is stored.
 *
 * Why not argon2 (as for passwords): a slow hash protects low-entropy secrets people choose.
 * These keys carry 256 random bits; no dictionary or brute force reaches them, and a fast hash
 * keeps every API request cheap (argon2id costs tens of milliseconds per call, by design).
 */
export const KEY_PATTERN = /^(fpk_live_[0-9a-f]{12})_([A-Za-z0-9_-]{43})$/;

export function newApiKey(): { key: string; prefix: string; hash: string } {
  const prefix = `fpk_live_${randomBytes(6).toString('hex')}`;
  const key = `${prefix}_${randomBytes(32).toString('base64url')}`;
  return { key, prefix, hash: hashKey(key) };
}

export const hashKey = (key: string) => createHash('sha256').update(key).digest('hex');

/** Constant-time comparison of a presented key with a stored hash. */
export function keyMatches(presented: string, storedHash: string): boolean {
  const a = Buffer.from(hashKey(presented), 'hex');
  const b = Buffer.from(storedHash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The key in an Authorization header: `Bearer <key>`, or Basic with the key as the user name
 * and an empty password (Greenhouse's Assessment API sends that).
 */
export function keyFromAuthorization(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const [scheme, value = ''] = header.trim().split(/\s+/, 2);
  if (/^bearer$/i.test(scheme)) return value;
  if (/^basic$/i.test(scheme)) {
    const decoded = Buffer.from(value, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    return colon < 0 ? decoded : decoded.slice(0, colon);
  }
  return undefined;
}
