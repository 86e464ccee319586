/**
 * bench:sandbox — what the sandbox costs. First its fixed cost: an empty command (`true`)
 * through the driver alone and through the HTTP API, beside the same command spawned bare,
 * and a graded run (the hidden suite of the JS fixture challenge) beside the same tests run
 * bare. Then, for a small JS, Python and Go challenge (the fixture challenges): p50/p95 of a
 * run through the controller's HTTP API, the same tests run bare on the host (same command,
 * same tree, same read-only warm caches, as an unprivileged uid, no sandbox), the ratio and
 * the overhead, and runs per second with concurrent clients. Sandboxed and bare series run in
 * the same process, one after the other, so they see the same machine.
 *
 * Run: npm run bench:sandbox   (builds into dist/bench/, then runs this file)
 *      npm run bench -w sandbox-controller -- --smoke   (3 runs of the fixed-cost rows only;
 *      test/bench-smoke.spec.ts runs it so the bench cannot silently break again)
 * Env: BENCH_RUNS (default 20 per series), BENCH_CLIENTS (default "1,2,4").
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import pino from 'pino';
import { createApp } from '../src/app';
import { loadConfig, PROJECT_ROOT } from '../src/config/config';
import { writeTree } from '../src/files/tree-io';
import { createServer } from '../src/http/server';
import { effectiveLimits } from '../src/limits/limits';
import { RUNNERS } from '../src/runners/runners';
import { SANDBOX } from '../src/runners/runner';
import { assembleWorkTree } from '../src/runs/work-tree';

// PROJECT_ROOT, not a path relative to this file: it runs compiled from dist/bench/bench/.
const FIXTURES = path.join(PROJECT_ROOT, 'test', 'fixtures', 'challenges');
const SMOKE = process.argv.includes('--smoke');
const RUNS = Number(process.env.BENCH_RUNS ?? (SMOKE ? 3 : 20));
const CLIENTS = (process.env.BENCH_CLIENTS ?? '1,2,4').split(',').map(Number);
const GRADED = { label: 'graded run (hidden suite)', slug: 'fx-node-range' };
const CHALLENGES = [
  { label: 'JavaScript (node:test)', slug: 'fx-node-range' },
  { label: 'Python (pytest)', slug: 'fx-python-mean' },
  { label: 'Go (go test)', slug: 'fx-go-reverse' },
];
const TOKEN = 'bench-token-0123456789abcdef';

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
const ms = (n: number) => `${n.toFixed(0)} ms`;
const signed = (n: number) => `${n >= 0 ? '+' : '-'}${ms(Math.abs(n))}`;

async function main(): Promise<void> {
  const config = loadConfig({
    ...process.env,
    SANDBOX_TOKEN: TOKEN,
    SANDBOX_CHALLENGES_DIR: FIXTURES,
  });
  const app = createApp(config, pino({ level: 'warn' }));
  const server = createServer({ ...app });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1/runs`;

  const viaHttp = async (slug: string, suite: 'all' | 'hidden' = 'all') => {
    const t0 = performance.now();
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ challenge: slug, suite }),
    });
    const body = (await res.json()) as { status: string };
    if (res.status !== 200 || body.status === 'error')
      throw new Error(`${slug}: ${JSON.stringify(body).slice(0, 500)}`);
    return performance.now() - t0;
  };

  /** The same command on the host: no namespaces, no cgroups, no bwrap. Go runs as uid 65534
   * so its warm cache is read-only exactly as in the sandbox (it would otherwise cache the
   * package and the test result and skip the work); the others run as the controller's user
   * (pyenv's Python lives under /root, which uid 65534 cannot enter). */
  const bare = async (slug: string, suite: 'all' | 'hidden' = 'all') => {
    const challenge = app.catalog.get(slug);
    const runner = RUNNERS[challenge.manifest.runtime];
    const toolchain = app.toolchains.available.get(challenge.manifest.runtime);
    if (!toolchain) throw new Error(`${challenge.manifest.runtime} is not prepared`);
    const limits = effectiveLimits(challenge.manifest.limits, config.hostLimits);
    const tree = assembleWorkTree(challenge, new Map(), suite);
    const envSpec = runner.environment(toolchain, limits);
    const plan = runner.testPlan(tree.testFiles, limits);
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'fixpoint-bare-'));
    fs.chmodSync(root, 0o777);
    // Map sandbox paths to host paths: the mounts back to their sources, /tmp to the run's dir.
    const toHost = (s: string) => {
      let out = s.replaceAll(SANDBOX.harness, path.join(root, 'harness'));
      // Longest target first: /opt/fixpoint/python-packages before /opt/fixpoint/python.
      const mounts = [...envSpec.mounts].sort((a, b) => b.target.length - a.target.length);
      for (const m of mounts) out = out.replaceAll(m.target, m.source);
      return out;
    };
    const work = path.join(root, 'work');
    const t0 = performance.now();
    fs.mkdirSync(work, { mode: 0o777 });
    fs.mkdirSync(path.join(root, 'harness'), { mode: 0o777 });
    fs.chmodSync(path.join(root, 'harness'), 0o777);
    fs.chmodSync(work, 0o777);
    writeTree(work, tree.files, 0o666, 0o777);
    const env: Record<string, string> = { HOME: root, TMPDIR: root, LANG: 'C.UTF-8', TZ: 'UTC' };
    for (const [k, v] of Object.entries(envSpec.env))
      env[k] = toHost(v.replaceAll(SANDBOX.tmp, root));
    const pathDirs = [
      ...envSpec.path.map((p) =>
        p === `${SANDBOX.opt}/node/bin` ? path.dirname(toolchain.paths.nodeBin) : toHost(p),
      ),
      '/usr/local/bin',
      '/usr/bin',
      '/bin',
    ];
    env.PATH = pathDirs.join(':');
    const argv = plan.argv.map(toHost);
    await new Promise<void>((resolve, reject) => {
      const child = spawn(
        '/usr/bin/setpriv',
        ['--reuid=65534', '--regid=65534', '--clear-groups', ...argv],
        { cwd: work, env, stdio: ['ignore', 'pipe', 'pipe'] },
      );
      child.stdout.resume();
      child.stderr.resume();
      child.on('error', reject);
      child.on('close', () => resolve());
    });
    if (plan.reportPath) fs.readFileSync(toHost(plan.reportPath), 'utf8');
    const elapsed = performance.now() - t0;
    fs.rmSync(root, { recursive: true, force: true });
    return elapsed;
  };

  const series = async (fn: () => Promise<number>) => {
    await fn();
    await fn(); // warm-up: page cache, JIT of the controller itself
    const xs: number[] = [];
    for (let i = 0; i < RUNS; i++) xs.push(await fn());
    return xs;
  };

  // The sandbox's own cost without any runtime's noise: an empty command, HTTP ad-hoc vs spawn.
  const emptyViaHttp = async () => {
    const t0 = performance.now();
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ runtime: 'node', files: { 'a.txt': 'x' }, command: ['true'] }),
    });
    await res.json();
    return performance.now() - t0;
  };
  const emptyBare = async () => {
    const t0 = performance.now();
    await new Promise<void>((resolve) =>
      spawn('/bin/true', [], { stdio: 'ignore' }).on('close', () => resolve()),
    );
    return performance.now() - t0;
  };

  // The same empty command through the driver alone: the sandbox without HTTP and JSON.
  const emptyViaDriver = async () => {
    const t0 = performance.now();
    const out = await app.driver.run({
      files: new Map([['a.txt', Buffer.from('x')]]),
      argv: ['true'],
      env: {},
      path: [],
      mounts: [],
      reportPath: null,
      limits: effectiveLimits({}, config.hostLimits),
    });
    if (out.exitCode !== 0) throw new Error(`empty command failed: ${out.stderr}`);
    return performance.now() - t0;
  };

  const lines: string[] = [];
  const row = (cells: string[]) =>
    lines.push(cells.map((c, i) => (i === 0 ? c.padEnd(30) : c.padStart(11))).join(' '));
  /** One row: a sandboxed series and then its bare counterpart, p50/p95 and the difference. */
  const compare = async (
    label: string,
    sandbox: () => Promise<number>,
    plain: () => Promise<number>,
  ) => {
    // Interleave nothing: one series at a time so the two do not compete for the 2 cores.
    const s = await series(sandbox);
    const b = await series(plain);
    const [s50, s95, b50, b95] = [pct(s, 50), pct(s, 95), pct(b, 50), pct(b, 95)];
    row([
      label,
      ms(s50),
      ms(s95),
      ms(b50),
      ms(b95),
      signed(s50 - b50),
      `${(s50 / b50).toFixed(2)}x`,
    ]);
    return s50 - b50;
  };
  row(['what', 'sandbox p50', 'sandbox p95', 'bare p50', 'bare p95', 'overhead', 'ratio']);
  const fixed = await compare('empty command, driver', emptyViaDriver, emptyBare);
  await compare('empty command, HTTP', emptyViaHttp, emptyBare);
  await compare(
    `${GRADED.label}`,
    () => viaHttp(GRADED.slug, 'hidden'),
    () => bare(GRADED.slug, 'hidden'),
  );
  if (!SMOKE) {
    for (const c of CHALLENGES)
      await compare(
        c.label,
        () => viaHttp(c.slug),
        () => bare(c.slug),
      );
  }
  lines.push(
    '',
    `fixed cost of the sandbox (empty command through the driver, p50): ${signed(fixed)} over bare (aim: within 30 ms)`,
    `driver features: ${Object.entries(app.driver.info().features)
      .filter(([, on]) => on)
      .map(([k]) => k)
      .join(', ')}`,
    `load average at the end: ${os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}`,
  );
  if (!SMOKE) {
    lines.push(
      '',
      `throughput through the controller (SANDBOX_MAX_CONCURRENCY=${config.concurrency}, ${os.availableParallelism()} cores):`,
    );
    for (const c of CHALLENGES) {
      const cells: string[] = [];
      for (const clients of CLIENTS) {
        const total = Math.max(RUNS, clients * 5);
        let next = 0;
        const t0 = performance.now();
        await Promise.all(
          Array.from({ length: clients }, async () => {
            while (next++ < total) await viaHttp(c.slug);
          }),
        );
        cells.push(
          `${clients} client${clients > 1 ? 's' : ''}: ${(total / ((performance.now() - t0) / 1000)).toFixed(1)} runs/s`,
        );
      }
      lines.push(`  ${c.label.padEnd(24)} ${cells.join('   ')}`);
    }
  }
  server.close();
  console.log(
    `bench:sandbox${SMOKE ? ' --smoke' : ''} — ${RUNS} runs per series (after 2 warm-up runs)\n`,
  );
  console.log(lines.join('\n'));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
