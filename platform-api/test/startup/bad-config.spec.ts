import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const main = join(__dirname, '..', '..', 'dist', 'main.js');

describe('starting the API with a bad environment', () => {
  it('stops before listening, with exit code 78 and a message naming each bad variable', () => {
    const result = spawnSync(process.execPath, [main], {
      env: { PATH: process.env.PATH, API_PORT: 'eighty', REDIS_URL: 'localhost:6379' },
      encoding: 'utf8',
      timeout: 20_000,
    });

    expect(result.status).toBe(78);
    expect(result.stderr).toContain('platform-api: Invalid configuration');
    expect(result.stderr).toMatch(/API_PORT: .*\(got "eighty"\)/);
    expect(result.stderr).toMatch(/REDIS_URL: must be a redis:\/\/ or rediss:\/\/ URL/);
    expect(result.stdout).not.toContain('listening');
  });
});
