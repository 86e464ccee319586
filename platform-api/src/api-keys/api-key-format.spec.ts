import fc from 'fast-check';
import { keyFromAuthorization, keyMatches, KEY_PATTERN, newApiKey } from './api-key-format';

describe('API key format', () => {
  it('makes keys with a public prefix that only match their own hash', () => {
    const a = newApiKey();
    const b = newApiKey();
    expect(a.key).toMatch(KEY_PATTERN);
    expect(KEY_PATTERN.exec(a.key)![1]).toBe(a.prefix);
    expect(keyMatches(a.key, a.hash)).toBe(true);
    expect(keyMatches(b.key, a.hash)).toBe(false);
    expect(a.hash).not.toContain(a.key.slice(a.prefix.length + 1));
  });

  it('reads the key from Bearer, and from Basic with the key as the user name', () => {
    fc.assert(
      fc.property(
        fc.constant(null).map(() => newApiKey().key),
        (key) => {
          expect(keyFromAuthorization(`Bearer ${key}`)).toBe(key);
          expect(keyFromAuthorization(`Basic ${Buffer.from(`${key}:`).toString('base64')}`)).toBe(
            key,
          );
          expect(keyFromAuthorization(`basic ${Buffer.from(key).toString('base64')}`)).toBe(key);
        },
      ),
      { numRuns: 20 },
    );
    expect(keyFromAuthorization(undefined)).toBeUndefined();
    expect(keyFromAuthorization('Token abc')).toBeUndefined();
  });
});
