import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { startTicks } from '../src/drivers/local/instance';
import { FIXTURES, processesWith, TOKEN } from './support/harness';

/**
 * The controller dies mid-run (SIGKILL, as an OOM kill or a crash would): every sandbox it
 * started dies with it, and a new controller reaps what a dead one left (groups with processes
 * in them, staging dirs) and then serves runs. The controller runs as a real process
 * (`node dist/main.js`, built here) on a free port.
 */
const PROJECT = path.resolve(__dirname, '..');
const MAIN = path.join(PROJECT, 'dist', 'main.js');

beforeAll(() => {
  // The build may report type errors in files being edited elsewhere; it still emits.
  try {
    execFileSync(
      path.join(PROJECT, '..', 'node_modules', '.bin', 'tsc'),
      ['-p', 'tsconfig.build.json'],
      {
        cwd: PROJECT,
        stdio: 'ignore',
      },
    );
  } catch {
    // checked below
  }
  expect(fs.existsSync(MAIN)).toBe(true);
}, 120_000);

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });

const until = async (what: string, check: () => boolean | Promise<boolean>, ms: number) => {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out after ${ms} ms waiting for: ${what}`);
};

interface Controller {
  child: ChildProcess;
  url: string;
  /** What it printed (pino logs go to stdout, configuration errors to stderr). */
  output: () => string;
}

async function startController(env: Record<string, string> = {}): Promise<Controller> {
  const port = await freePort();
  let err = '';
  const child = spawn(process.execPath, [MAIN], {
    env: {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      SANDBOX_PORT: String(port),
      SANDBOX_TOKEN: TOKEN,
      SANDBOX_CHALLENGES_DIR: FIXTURES,
      SANDBOX_LOG_LEVEL: 'warn',
      ...(process.env.SANDBOX_DATA_DIR ? { SANDBOX_DATA_DIR: process.env.SANDBOX_DATA_DIR } : {}),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d: Buffer) => (err += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  await until(
    'the controller answers /healthz',
    () =>
      fetch(`${url}/healthz`).then(
        (r) => r.ok,
        () => false,
      ),
    20_000,
  );
  return { child, url, output: () => err };
}

const post = (c: Controller, body: unknown) =>
  fetch(`${c.url}/v1/runs`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify(body),
  });

/** This process's folder of run groups in the pids hierarchy (the controllers it starts share it). */
const pidsParent = (): string => {
  const own = fs
    .readFileSync('/proc/self/cgroup', 'utf8')
    .split('\n')
    .map((l) => l.split(':'))
    .find((f) => f[1] === 'pids');
  return path.join('/sys/fs/cgroup/pids', own?.[2] ?? '/', 'fixpoint-sandbox');
};

it('SIGKILL of the controller mid-run kills its sandboxes; a new controller reaps leftovers and serves runs', async () => {
  const marker = `fixpoint-orphan-${randomUUID()}`;
  const first = await startController();
  const firstPid = first.child.pid as number;
  const firstTicks = startTicks(firstPid) as number;
  // A long run with a double-forked daemon in it, both carrying the marker.
  const pending = post(first, {
    runtime: 'node',
    files: {},
    command: [
      'sh',
      '-c',
      `(setsid sh -c 'sleep 600; :' ${marker}-daemon &); while :; do sleep 1; done`,
      marker,
    ],
    limits: { wallSeconds: 60, cpuSeconds: 30 },
  }).catch(() => null);
  await until('the run is going', () => processesWith(marker).length >= 2, 15_000);

  first.child.kill('SIGKILL');
  await pending;
  const killedAt = Date.now();
  await until('no process of the run is left', () => processesWith(marker).length === 0, 2000);
  expect(Date.now() - killedAt).toBeLessThan(2000);

  // The backstop: leftovers under the dead controller's marker (as if the parent-death signal
  // had not fired): a run group with a live process in it and a staging dir.
  const group = path.join(pidsParent(), `${firstPid}-t${firstTicks}-${randomUUID()}`);
  fs.mkdirSync(group);
  const straggler = spawn('sh', ['-c', 'sleep 600; :', `${marker}-straggler`], { stdio: 'ignore' });
  fs.writeFileSync(path.join(group, 'cgroup.procs'), String(straggler.pid));
  const staging = fs.mkdtempSync(
    path.join(os.tmpdir(), `fixpoint-run-${firstPid}-t${firstTicks}-`),
  );
  fs.writeFileSync(path.join(staging, 'left.txt'), 'x');

  const second = await startController();
  try {
    expect(processesWith(`${marker}-straggler`)).toEqual([]);
    expect(fs.existsSync(group)).toBe(false);
    expect(fs.existsSync(staging)).toBe(false);
    expect(second.output()).toContain('reaped sandboxes left by a controller that is gone');
    const res = await post(second, { challenge: 'fx-node-range', suite: 'visible' });
    expect(((await res.json()) as { status: string }).status).toBe('pass');
  } finally {
    second.child.kill('SIGTERM');
    straggler.kill('SIGKILL');
  }
}, 90_000);

it('a configuration error stops the controller with exit code 78 (EX_CONFIG)', async () => {
  const child = spawn(process.execPath, [MAIN], {
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', NODE_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let err = '';
  child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
  const code = await new Promise<number | null>((r) => child.on('close', (c) => r(c)));
  expect(code).toBe(78);
  expect(err).toContain('SANDBOX_TOKEN: is required in production');
});
