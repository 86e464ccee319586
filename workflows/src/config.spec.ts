import fc from 'fast-check';
import { LOCAL_INTERNAL_API_TOKEN, loadWorkerConfig } from './config';

const refusal = (env: NodeJS.ProcessEnv) => {
  try {
    loadWorkerConfig(env);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the configuration was accepted');
};

describe('loadWorkerConfig', () => {
  it('needs no configuration locally: the API on port 4000 and the shared local token', () => {
    expect(loadWorkerConfig({ NODE_ENV: 'development' })).toMatchObject({
      NODE_ENV: 'development',
      API_URL: 'http://127.0.0.1:4000',
      INTERNAL_API_TOKEN: LOCAL_INTERNAL_API_TOKEN,
    });
  });

  it.each(['ftp://api.internal', 'file:///etc/passwd', '127.0.0.1:4000', 'not a url'])(
    'refuses API_URL=%s, naming the variable',
    (API_URL) => {
      expect(refusal({ API_URL })).toContain('API_URL: must be an http(s) URL');
    },
  );

  it('accepts an https API_URL with a path (an API behind an ingress)', () => {
    expect(
      loadWorkerConfig({ NODE_ENV: 'development', API_URL: 'https://api.example.com/fixpoint' })
        .API_URL,
    ).toBe('https://api.example.com/fixpoint');
  });

  it('refuses any INTERNAL_API_TOKEN under 16 characters, naming it and never echoing it', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9_-]{8,15}$/), (token) => {
        const message = refusal({ INTERNAL_API_TOKEN: token });
        expect(message).toContain('INTERNAL_API_TOKEN: must be at least 16 characters');
        expect(message).not.toContain(token);
      }),
    );
  });

  it('refuses the public local token in production, and accepts a real one', () => {
    expect(refusal({ NODE_ENV: 'production' })).toContain(
      'INTERNAL_API_TOKEN: must be set in production',
    );
    // Unset NODE_ENV (and test) is production behaviour: only development takes the local token.
    expect(refusal({})).toContain('INTERNAL_API_TOKEN: must be set in production');
    expect(refusal({ NODE_ENV: 'test' })).toContain(
      'INTERNAL_API_TOKEN: must be set in production',
    );
    const token = 'a-production-secret-of-some-length';
    expect(
      loadWorkerConfig({ NODE_ENV: 'production', INTERNAL_API_TOKEN: token }).INTERNAL_API_TOKEN,
    ).toBe(token);
  });
});
