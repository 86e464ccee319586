import { z } from 'zod';

/** A public development key: accepted only with NODE_ENV=development (like JWT_SECRET's). */
export const DEV_SECRETS_KEYS =
  'dev1:' + Buffer.alloc(32, 'fixpoint-local-dev-secrets-key!').toString('base64');

export interface Keyring {
  /** The key new secrets are sealed with: the first one listed. */
  readonly active: { id: string; key: Buffer };
  /** Every key that may still open a secret, by id (the active one included). */
  readonly byId: ReadonlyMap<string, Buffer>;
}

/**
 * SECRETS_KEYS: `id:base64key[,id:base64key…]`, each key 32 bytes (AES-256). The first seals,
 * all open: to rotate, put a new key first, keep the old one after it, run the re-encrypt
 * command (`npm run secrets:reencrypt -w platform-api`), then drop the old key.
 */
export const secretsKeysField = z
  .string()
  .default(DEV_SECRETS_KEYS)
  .transform((raw, ctx): Keyring => {
    const byId = new Map<string, Buffer>();
    let active: Keyring['active'] | undefined;
    for (const entry of raw
      .split(',')
      .map((e) => e.trim())
      .filter(Boolean)) {
      const match = /^([A-Za-z0-9_-]{1,32}):([A-Za-z0-9+/=_-]+)$/.exec(entry);
      const key = match ? Buffer.from(match[2], 'base64') : undefined;
      if (!match || key?.length !== 32) {
        ctx.addIssue({
          code: 'custom',
          message: `"${entry.split(':')[0]}…" must be id:base64 of 32 random bytes (openssl rand -base64 32)`,
        });
        return z.NEVER;
      }
      if (byId.has(match[1])) {
        ctx.addIssue({ code: 'custom', message: `key id "${match[1]}" appears twice` });
        return z.NEVER;
      }
      byId.set(match[1], key);
      active ??= { id: match[1], key };
    }
    if (!active) {
      ctx.addIssue({ code: 'custom', message: 'must list at least one key' });
      return z.NEVER;
    }
    return { active, byId };
  });
