import { execFileSync } from 'node:child_process';
import * as path from 'node:path';

/**
 * bench:sandbox must keep working on a fresh clone (it once looked for its fixture challenges
 * in the wrong folder and nobody noticed): its smoke mode builds the bench like
 * `npm run bench:sandbox` does and runs 3 iterations of the fixed-cost rows.
 */
it('npm run bench -- --smoke prints the fixed cost beside bare runs', () => {
  const out = execFileSync('npm', ['run', 'bench', '--', '--smoke'], {
    cwd: path.resolve(__dirname, '..'),
    encoding: 'utf8',
    env: { ...process.env, BENCH_RUNS: '3' },
    timeout: 240_000,
  });
  const row = (label: string) => {
    const line = out.split('\n').find((l) => l.startsWith(label));
    expect(line).toBeDefined();
    // sandbox p50, p95, bare p50, p95, overhead, ratio
    return (line as string)
      .slice(label.length)
      .trim()
      .split(/\s{2,}/);
  };
  for (const label of [
    'empty command, driver',
    'empty command, HTTP',
    'graded run (hidden suite)',
  ]) {
    const cells = row(label);
    expect(cells).toHaveLength(6);
    expect(cells[0]).toMatch(/^\d+ ms$/);
    expect(cells[2]).toMatch(/^\d+ ms$/);
  }
  expect(out).toMatch(/fixed cost of the sandbox .*: [+-]\d+ ms over bare/);
  expect(out).toMatch(/driver features: .*seccomp.*uidPerRun/);
}, 300_000);
