import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { secretsKeysField } from './keyring';
import { SecretBox, SecretError } from './secret-box';

const key = () => randomBytes(32).toString('base64');
const ring = (spec: string) => secretsKeysField.parse(spec);

describe('SecretBox (AES-256-GCM)', () => {
  it('opens what it sealed, for any secret and row', () => {
    const box = new SecretBox(ring(`k1:${key()}`));
    fc.assert(
      fc.property(fc.string(), fc.string({ minLength: 1 }), (secret, context) => {
        const sealed = box.seal(secret, context);
        // A short secret's encoding (two characters for one byte) can occur in random
        // ciphertext by chance; from 12 bytes on (16 characters) a match means a leak.
        const encoded = Buffer.from(secret).toString('base64url');
        if (encoded.length >= 16) expect(sealed).not.toContain(encoded);
        expect(box.open(sealed, context)).toBe(secret);
      }),
    );
  });

  it('refuses a tampered value, another row’s value, and a key no longer listed', () => {
    const box = new SecretBox(ring(`k1:${key()}`));
    const sealed = box.seal('whsec_abc', 'webhook_endpoints.secret_sealed:1');
    const parts = sealed.split('.');
    parts[4] = Buffer.from(
      'x' + Buffer.from(parts[4], 'base64url').toString('latin1'),
      'latin1',
    ).toString('base64url');
    expect(() => box.open(parts.join('.'), 'webhook_endpoints.secret_sealed:1')).toThrow(
      SecretError,
    );
    expect(() => box.open(sealed, 'webhook_endpoints.secret_sealed:2')).toThrow(SecretError);
    expect(() => new SecretBox(ring(`k2:${key()}`)).open(sealed, 'x')).toThrow(/no longer lists/);
  });

  it('rotates: the new key seals, the old one still opens', () => {
    const oldKey = key();
    const before = new SecretBox(ring(`k1:${oldKey}`));
    const sealed = before.seal('s3cret', 'ctx');
    const after = new SecretBox(ring(`k2:${key()},k1:${oldKey}`));
    expect(after.open(sealed, 'ctx')).toBe('s3cret');
    expect(after.needsReseal(sealed)).toBe(true);
    expect(SecretBox.keyIdOf(after.seal('s3cret', 'ctx'))).toBe('k2');
  });

  it('rejects SECRETS_KEYS that are not 32-byte keys, or name a key twice', () => {
    expect(() => ring('k1:short')).toThrow(/32 random bytes/);
    const k = key();
    expect(() => ring(`k1:${k},k1:${k}`)).toThrow(/appears twice/);
    expect(() => ring(' , ')).toThrow(/at least one key/);
  });
});
