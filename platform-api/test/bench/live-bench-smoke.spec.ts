import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { freePort } from '../support/free-port';

const root = join(__dirname, '..', '..');

/**
 * bench:live's smoke mode, so a broken live bench fails `npm test`: two API processes (the
 * built dist/main.js), graphql-ws subscribers on both, injected graded submits, and exit 1 on
 * any failed injection, socket error or verdict that never reached its author.
 */
describe('bench:live smoke mode', () => {
  it('delivers every verdict and board update across two API processes without an error', async () => {
    execFileSync(
      process.execPath,
      [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.bench.json'],
      {
        cwd: root,
        stdio: 'pipe',
      },
    );
    const port = await freePort();
    const second = await freePort();
    // Two consecutive ports are what the bench uses; fall back to a fresh pair if taken.
    const base = second === port + 1 ? port : await freePort();
    const run = spawnSync(process.execPath, ['dist-bench/bench/live.bench.js', '--smoke'], {
      cwd: root,
      env: { ...process.env, BENCH_API_PORT: String(base) },
      encoding: 'utf8',
      timeout: 150_000,
    });
    const output = `${run.stdout}\n${run.stderr}`;
    if (run.status !== 0) throw new Error(`bench:live --smoke exited ${run.status}:\n${output}`);
    for (const line of [
      'verdict → author',
      'board push → subscriber',
      'Redis pub/sub round trip',
      'rate: the two processes absorbed',
      'errors: 0',
    ])
      expect(output).toContain(line);
    expect(output).toContain('injected after grading');
  }, 180_000);
});
