import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const repo = join(__dirname, '..', '..');

/** Runs a bench script with Node 24 (this process's) and returns what it printed. */
function bench(script: string, env: Record<string, string> = {}) {
  const run = spawnSync(process.execPath, [join(repo, script)], {
    cwd: repo,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 110_000,
  });
  const output = `${run.stdout}\n${run.stderr}`;
  if (run.status !== 0) throw new Error(`${script} exited ${run.status}:\n${output}`);
  return output;
}

/**
 * bench:web's smoke mode (one cold load instead of five), so a broken benchmark fails
 * `npm test` instead of rotting unnoticed; the full run stays `npm run bench:web`.
 */
describe('bench:web smoke mode', () => {
  it('sizes the learner app routes and times one editor load in Chromium', () => {
    const output = bench('learner-app/scripts/bench-web.mjs', { BENCH_RUNS: '1' });
    expect(output).toMatch(/catalog route: \d+\.\d KB/);
    expect(output).toMatch(/IDE route: +\d+\.\d KB/);
    expect(output).toContain('catalog budget 150 KB: within');
    expect(output).toMatch(/time to interactive editor .*1 cold loads/);
  });

  it('sizes the career-page widget within its budget', () => {
    const output = bench('embed-widget/scripts/bench.mjs');
    expect(output).toMatch(/loader +fixpoint-embed\.js: .* gzip/);
    expect(output).toContain('loader budget 30 KB gzip: within');
  });
});
