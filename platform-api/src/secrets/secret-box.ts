import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { Keyring } from './keyring';

const VERSION = 'v1';

/**
 * Secrets at rest (webhook signing secrets, ATS credentials): AES-256-GCM with a random 96-bit
 * nonce per seal, and the row they belong to as associated data, so a sealed value copied into
 * another row (or column) does not open. Stored as `v1.<key id>.<iv>.<tag>.<ciphertext>`
 * (base64url), so the key that sealed it is known when keys rotate.
 */
export class SecretBox {
  constructor(private readonly keyring: Keyring) {}

  seal(plaintext: string, context: string): string {
    const { id, key } = this.keyring.active;
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    cipher.setAAD(Buffer.from(context));
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return [VERSION, id, iv, cipher.getAuthTag(), body]
      .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
      .join('.');
  }

  open(sealed: string, context: string): string {
    const [version, id, iv, tag, body] = sealed.split('.');
    if (version !== VERSION || body === undefined) throw new SecretError('not a sealed secret');
    const key = this.keyring.byId.get(id);
    if (!key) throw new SecretError(`sealed with key "${id}", which SECRETS_KEYS no longer lists`);
    try {
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
      decipher.setAAD(Buffer.from(context));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([
        decipher.update(Buffer.from(body, 'base64url')),
        decipher.final(),
      ]).toString('utf8');
    } catch {
      throw new SecretError('the sealed secret does not open (tampered, or another row’s)');
    }
  }

  /** The id of the key a value was sealed with. */
  static keyIdOf(sealed: string): string {
    return sealed.split('.')[1] ?? '';
  }

  /** True when the value is sealed with a key other than the active one. */
  needsReseal(sealed: string): boolean {
    return SecretBox.keyIdOf(sealed) !== this.keyring.active.id;
  }
}

export class SecretError extends Error {
  override name = 'SecretError';
}
