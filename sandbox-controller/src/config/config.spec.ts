import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('needs no configuration locally', () => {
    const c = loadConfig({ NODE_ENV: 'development' });
    expect(c).toMatchObject({ port: 4100, host: '127.0.0.1', concurrency: 2 });
    expect(c.token.length).toBeGreaterThanOrEqual(16);
    expect(c.challengesDir).toMatch(/\/challenges$/);
    expect(c.dataDir).toMatch(/\/\.data\/runtimes$/);
  });

  it('stops on a bad value, naming the variable', () => {
    expect(() => loadConfig({ SANDBOX_PORT: 'http' })).toThrow(ConfigError);
    expect(() => loadConfig({ SANDBOX_PORT: 'http' })).toThrow(/SANDBOX_PORT/);
    expect(() => loadConfig({ SANDBOX_MAX_MEMORY_MB: '1' })).toThrow(/SANDBOX_MAX_MEMORY_MB/);
    expect(() => loadConfig({ SANDBOX_TOKEN: 'short' })).toThrow(/SANDBOX_TOKEN/);
  });

  it('requires a token in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(
      /SANDBOX_TOKEN: is required in production/,
    );
    // Unset or test is production behaviour: the public development token is refused.
    for (const NODE_ENV of [undefined, 'test'])
      expect(() => loadConfig({ NODE_ENV, SANDBOX_TOKEN: 'fixpoint-local-sandbox-token' })).toThrow(
        /SANDBOX_TOKEN: is required in production/,
      );
    expect(
      loadConfig({ NODE_ENV: 'production', SANDBOX_TOKEN: 'a-long-enough-secret' }).token,
    ).toBe('a-long-enough-secret');
  });

  it('reads the host maximums', () => {
    const c = loadConfig({
      NODE_ENV: 'development',
      SANDBOX_MAX_CPU_SECONDS: '5',
      SANDBOX_MAX_FILE_SIZE_MB: '2',
      SANDBOX_MAX_CONCURRENCY: '3',
    });
    expect(c.hostLimits).toMatchObject({ cpuSeconds: 5, fileSizeBytes: 2 * 1024 * 1024 });
    expect(c.concurrency).toBe(3);
  });

  it('configures the local driver: one core per run, the filter under .data, cgroups and the userns lock required in production', () => {
    expect(loadConfig({ NODE_ENV: 'development' }).localDriver).toMatchObject({
      cpuCores: 1,
      requireCgroups: false,
      requireUsernsLock: false,
    });
    expect(loadConfig({ NODE_ENV: 'development' }).localDriver.seccompDir).toMatch(
      /\/\.data\/sandbox$/,
    );
    const prod = loadConfig({ NODE_ENV: 'production', SANDBOX_TOKEN: 'a-long-enough-secret' });
    expect(prod.localDriver).toMatchObject({ requireCgroups: true, requireUsernsLock: true });
    expect(
      loadConfig({ NODE_ENV: 'development', SANDBOX_RUN_CPU_CORES: '0.5' }).localDriver.cpuCores,
    ).toBe(0.5);
    expect(() => loadConfig({ SANDBOX_RUN_CPU_CORES: '0' })).toThrow(/SANDBOX_RUN_CPU_CORES/);
  });
});
