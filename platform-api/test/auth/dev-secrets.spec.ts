import { ConfigError, loadConfig } from '../../src/config/load-config';

const SECRETS = ['JWT_SECRET', 'SANDBOX_TOKEN', 'INTERNAL_API_TOKEN', 'SECRETS_KEYS'];

/**
 * Issue 13, item 9: the public development secrets (a JWT key anyone can read in this
 * repository, the sandbox and internal tokens) work only with NODE_ENV=development, set
 * explicitly. Unset means production behaviour: the API refuses to start on them.
 */
describe('development secrets need NODE_ENV=development', () => {
  const refusal = (env: NodeJS.ProcessEnv) => {
    try {
      loadConfig(env);
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      return (error as ConfigError).problems.map((p) => p.split(':')[0]);
    }
    return [];
  };

  it.each([[{}], [{ NODE_ENV: 'test' }], [{ NODE_ENV: 'production' }]])(
    'refuses every development secret with %j',
    (env) => {
      expect(refusal(env)).toEqual(expect.arrayContaining(SECRETS));
    },
  );

  it('treats an unset NODE_ENV as production (introspection off)', () => {
    const config = loadConfig({
      JWT_SECRET: 'a-real-secret-of-at-least-32-characters!',
      SANDBOX_TOKEN: 'a-real-sandbox-token',
      INTERNAL_API_TOKEN: 'a-real-internal-token',
      SECRETS_KEYS: `prod1:${Buffer.alloc(32, 'a real production key').toString('base64')}`,
    });
    expect(config.NODE_ENV).toBe('production');
  });

  it('accepts them only when development is asked for', () => {
    expect(refusal({ NODE_ENV: 'development' })).toEqual([]);
  });
});
