import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { freePort } from '../support/free-port';

const root = join(__dirname, '..', '..');

/**
 * bench:api's smoke mode, so a broken benchmark fails `npm test` instead of rotting unnoticed
 * (it once stopped on a fresh clone for a missing setting and nobody saw). It builds the bench,
 * starts its own API on a fresh database and drives every endpoint for a second.
 */
describe('bench:api smoke mode', () => {
  it('drives every endpoint, log-in included, without a failed request', async () => {
    execFileSync(
      process.execPath,
      [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.bench.json'],
      {
        cwd: root,
        stdio: 'pipe',
      },
    );
    const port = await freePort();
    const run = spawnSync(process.execPath, ['dist-bench/bench/api.bench.js', '--smoke'], {
      cwd: root,
      env: { ...process.env, BENCH_API_PORT: String(port) },
      encoding: 'utf8',
      timeout: 150_000,
    });
    const output = `${run.stdout}\n${run.stderr}`;
    // The whole output on failure: it says which endpoint failed and why.
    if (run.status !== 0) throw new Error(`bench:api --smoke exited ${run.status}:\n${output}`);
    for (const endpoint of ['/healthz (floor)', 'challenges listing', 'saveFiles', 'logIn'])
      expect(output).toContain(endpoint);
  }, 180_000);
});
