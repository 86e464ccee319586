import { ConfigError, loadConfig } from './load-config';

describe('loadConfig', () => {
  it('needs no configuration for local development', () => {
    const config = loadConfig({ NODE_ENV: 'development' });
    expect(config.API_PORT).toBe(4000);
    expect(config.DATABASE_URL).toBe(
      'postgresql://fixpoint_api:fixpoint_api@127.0.0.1:55432/fixpoint',
    );
    expect(config.MIGRATE_ON_START).toBe(true);
  });

  it('names the variable and the bad value when a port is not a number', () => {
    expect(() => loadConfig({ API_PORT: 'eighty' })).toThrow(/API_PORT: .*\(got "eighty"\)/);
  });

  it('rejects a database URL that is not PostgreSQL', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://u:p@localhost/db' })).toThrow(
      /DATABASE_URL: must be a postgresql:\/\/ URL/,
    );
  });

  it('reports every bad variable at once', () => {
    try {
      loadConfig({
        NODE_ENV: 'development',
        API_PORT: '70000',
        REDIS_URL: 'localhost:6379',
        TEMPORAL_ADDRESS: 'nope',
      });
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const names = (error as ConfigError).problems.map((p) => p.split(':')[0]).sort();
      expect(names).toEqual(['API_PORT', 'REDIS_URL', 'TEMPORAL_ADDRESS']);
    }
  });

  it('refuses the local development secrets in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(
      /JWT_SECRET: must be set in production/,
    );
    expect(() =>
      loadConfig({
        NODE_ENV: 'production',
        JWT_SECRET: 'x'.repeat(40),
        SANDBOX_TOKEN: 'y'.repeat(20),
      }),
    ).toThrow(/INTERNAL_API_TOKEN: must be set in production/);
    expect(() =>
      loadConfig({
        NODE_ENV: 'production',
        JWT_SECRET: 'x'.repeat(40),
        SANDBOX_TOKEN: 'y'.repeat(20),
        INTERNAL_API_TOKEN: 'z'.repeat(20),
      }),
    ).toThrow(/SECRETS_KEYS: must be set in production/);
    expect(() =>
      loadConfig({
        NODE_ENV: 'production',
        JWT_SECRET: 'x'.repeat(40),
        SANDBOX_TOKEN: 'y'.repeat(20),
        INTERNAL_API_TOKEN: 'z'.repeat(20),
        SECRETS_KEYS: `k1:${Buffer.alloc(32, 7).toString('base64')}`,
      }),
    ).not.toThrow();
  });

  it('needs an SMTP server when mail goes out by SMTP', () => {
    expect(() => loadConfig({ NODE_ENV: 'development', MAILER: 'smtp' })).toThrow(
      /SMTP_URL: is required when MAILER=smtp/,
    );
    expect(() =>
      loadConfig({
        NODE_ENV: 'development',
        MAILER: 'smtp',
        SMTP_URL: 'smtp://mail.example.com:587',
      }),
    ).not.toThrow();
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ NODE_ENV: 'development', LOG_LEVEL: '' }).LOG_LEVEL).toBe('info');
  });
});
