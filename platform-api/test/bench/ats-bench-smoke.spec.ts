import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { freePort } from '../support/free-port';

const root = join(__dirname, '..', '..');

/**
 * bench:ats's smoke mode, so a broken benchmark fails `npm test`: it builds the bench, starts
 * its own API on a fresh database and creates invitations through /ats/v1 for a second.
 */
describe('bench:ats smoke mode', () => {
  it('creates invitations through the ATS API without a failed request', async () => {
    execFileSync(
      process.execPath,
      [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.bench.json'],
      {
        cwd: root,
        stdio: 'pipe',
      },
    );
    const port = await freePort();
    const run = spawnSync(process.execPath, ['dist-bench/bench/ats.bench.js', '--smoke'], {
      cwd: root,
      env: { ...process.env, BENCH_API_PORT: String(port) },
      encoding: 'utf8',
      timeout: 150_000,
    });
    const output = `${run.stdout}\n${run.stderr}`;
    // The whole output on failure: it says which endpoint failed and why.
    if (run.status !== 0) throw new Error(`bench:ats --smoke exited ${run.status}:\n${output}`);
    for (const endpoint of ['/healthz (floor)', 'POST /ats/v1/invitations'])
      expect(output).toContain(endpoint);
  }, 180_000);
});
