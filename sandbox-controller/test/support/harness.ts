import * as fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import pino from 'pino';
import { createApp, type App } from '../../src/app';
import { loadConfig } from '../../src/config/config';
import { createServer } from '../../src/http/server';
import type { RunResult } from '../../src/result';

export const FIXTURES = path.join(__dirname, '..', 'fixtures', 'challenges');
export const TOKEN = 'test-token-0123456789abcdef';

export interface Harness {
  app: App;
  url: string;
  post(
    body: unknown,
    headers?: Record<string, string>,
  ): Promise<{ status: number; body: Record<string, unknown> }>;
  /** POST a JSON body to another route (`/v1/validations`), with the token unless overridden. */
  postTo(
    p: string,
    body: unknown,
    headers?: Record<string, string>,
  ): Promise<{ status: number; body: Record<string, unknown> }>;
  run(body: unknown): Promise<RunResult>;
  get(p: string, token?: string | null): Promise<{ status: number; body: Record<string, unknown> }>;
  close(): Promise<void>;
}

/** Starts the real HTTP server in this process on a free port, against the fixture catalog. */
export async function startHarness(env: Record<string, string> = {}): Promise<Harness> {
  const config = loadConfig({
    SANDBOX_TOKEN: TOKEN,
    SANDBOX_CHALLENGES_DIR: FIXTURES,
    SANDBOX_PORT: '0',
    ...(process.env.SANDBOX_DATA_DIR ? { SANDBOX_DATA_DIR: process.env.SANDBOX_DATA_DIR } : {}),
    ...env,
  });
  const app = createApp(config, pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }));
  const missing = [...app.toolchains.missing.values()];
  if (missing.length > 0)
    throw new Error(
      `Runtimes are not prepared; run tools/sandbox/prepare.sh first:\n${missing.join('\n')}`,
    );
  const server = createServer({ ...app });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const auth = { authorization: `Bearer ${TOKEN}` };
  const postTo = async (p: string, body: unknown, headers: Record<string, string> = {}) => {
    const res = await fetch(`${url}${p}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...auth, ...headers },
      body: typeof body === 'string' || body instanceof Uint8Array ? body : JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };
  const post = (body: unknown, headers: Record<string, string> = {}) =>
    postTo('/v1/runs', body, headers);
  return {
    app,
    url,
    post,
    postTo,
    run: async (body) => {
      const r = await post(body);
      if (r.status !== 200) throw new Error(`run answered ${r.status}: ${JSON.stringify(r.body)}`);
      return r.body as unknown as RunResult;
    },
    get: async (p, token = TOKEN) => {
      const res = await fetch(`${url}${p}`, {
        headers: token ? { authorization: `Bearer ${token}` } : {},
      });
      return { status: res.status, body: (await res.json()) as Record<string, unknown> };
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Host processes whose command line contains `marker` (to prove a run left nothing behind). */
export function processesWith(marker: string): number[] {
  const found: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      if (fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(marker))
        found.push(Number(entry));
    } catch {
      // exited meanwhile
    }
  }
  return found;
}

/** Run cgroups this process still has (each run's are removed once its processes are gone). */
export function leftoverRunGroups(): string[] {
  const own = fs
    .readFileSync('/proc/self/cgroup', 'utf8')
    .split('\n')
    .map((l) => l.split(':'))
    .find((f) => f[1] === 'pids');
  if (!own) return [];
  const dir = path.join('/sys/fs/cgroup/pids', own[2], 'fixpoint-sandbox');
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((n) => n.startsWith(`${process.pid}-`));
}
