/**
 * bench:api — drives a running API with concurrent clients (autocannon) and prints latency
 * percentiles and throughput for the catalog listing, one challenge, saveFiles and log-in
 * (argon2id, at its own concurrency), next to /healthz as the floor, all measured in one run
 * against the same process.
 *
 * It starts what it measures: a fresh database on the local stack, the built API
 * (dist/main.js) as its own process. Needs `npm run stack` (tools/test.sh and npm start do it).
 *
 * `--smoke` (or BENCH_SMOKE=1): a second per endpoint with two clients, and exit 1 when any
 * request failed. `npm test` runs it (test/bench/api-bench-smoke.spec.ts) so the bench cannot
 * silently stop working; the full run stays `npm run bench:api`.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { Client } from 'pg';
import { verifyByDatabase } from './accounts';

const SMOKE = process.argv.includes('--smoke') || process.env.BENCH_SMOKE === '1';
const CONNECTIONS = SMOKE ? 2 : Number(process.env.BENCH_CONNECTIONS ?? 100);
/** Log-in is argon2id (about 20 ms of one core each): the product target is p95 < 200 ms at 20. */
const LOGIN_CONNECTIONS = SMOKE ? 2 : Number(process.env.BENCH_LOGIN_CONNECTIONS ?? 20);
const DURATION_S = SMOKE ? 1 : Number(process.env.BENCH_SECONDS ?? 8);
const PORT = Number(process.env.BENCH_API_PORT ?? 4900);
const ADMIN_URL =
  process.env.BENCH_ADMIN_DATABASE_URL ??
  'postgresql://fixpoint:fixpoint@127.0.0.1:55432/fixpoint_test';
const base = `http://127.0.0.1:${PORT}`;

async function main() {
  const dbName = `fixpoint_bench_${process.pid}`;
  const admin = new Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`create database ${dbName}`);
  const ownerUrl = new URL(ADMIN_URL);
  ownerUrl.pathname = `/${dbName}`;
  const apiUrl = new URL(ownerUrl);
  apiUrl.username = 'fixpoint_api';
  apiUrl.password = 'fixpoint_api';

  const api = spawn(process.execPath, [join(__dirname, '..', '..', 'dist', 'main.js')], {
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      JWT_SECRET: 'bench-secret-bench-secret-bench-secret',
      SANDBOX_TOKEN: 'bench-sandbox-token-unused',
      INTERNAL_API_TOKEN: 'bench-internal-token-bench-internal-token',
      SECRETS_KEYS: `bench:${Buffer.alloc(32, 'bench').toString('base64')}`,
      API_PORT: String(PORT),
      LOG_LEVEL: 'warn',
      DATABASE_URL: apiUrl.toString(),
      DATABASE_OWNER_URL: ownerUrl.toString(),
      // The bench's own limits: the limiter still runs (its Redis round trips are measured),
      // but never refuses, so refusals do not skew the log-in figures.
      AUTH_RATE_LIMIT_PER_IP: '1000000',
      AUTH_RATE_LIMIT_PER_ACCOUNT: '1000000',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    await waitForReady();
    const account = { email: `bench-${Date.now()}@example.com`, password: 'bench password 123' };
    const token = await signUp(account, ownerUrl.toString());
    const attemptId = await startAttempt(token);
    const gql = (query: string, variables: object = {}, auth?: string) => ({
      method: 'POST' as const,
      headers: {
        'content-type': 'application/json',
        ...(auth ? { authorization: `Bearer ${auth}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const cases = [
      { name: '/healthz (floor)', path: '/healthz', request: { method: 'GET' as const } },
      {
        name: 'challenges listing (24 cards)',
        path: '/graphql',
        request: gql(
          '{ challenges(first: 24) { totalCount nodes { slug title language difficulty bugTypes estimatedMinutes sourceKind } } }',
        ),
      },
      {
        name: 'challenge(slug) with files',
        path: '/graphql',
        request: gql(
          '{ challenge(slug: "py-paginate-last-page") { title summary files { path content editable } } }',
        ),
      },
      {
        name: 'saveFiles (autosave)',
        path: '/graphql',
        request: gql(
          'mutation($id: ID!, $f: [FileInput!]!) { saveFiles(attemptId: $id, files: $f) { id updatedAt } }',
          { id: attemptId, f: [{ path: 'pagination.py', content: '# autosaved\n'.repeat(40) }] },
          token,
        ),
      },
      {
        name: 'logIn (argon2id)',
        path: '/graphql',
        connections: LOGIN_CONNECTIONS,
        request: gql('mutation($i: LogInInput!) { logIn(input: $i) { accessToken } }', {
          i: account,
        }),
      },
    ];
    console.log(
      `bench:api${SMOKE ? ' (smoke)' : ''} — ${CONNECTIONS} concurrent clients (log-in: ${LOGIN_CONNECTIONS}), ${DURATION_S} s per endpoint, one API process`,
    );
    console.log(
      'endpoint                         p50 ms   p95 ms   p99 ms     req/s   errors  p95 vs floor',
    );
    let floorP95 = 0;
    let failures = 0;
    for (const c of cases) {
      const connections = c.connections ?? CONNECTIONS;
      if (!SMOKE) await run(c.path, c.request, 2, connections); // warm-up
      const r = await run(c.path, c.request, DURATION_S, connections);
      failures += r.errors + r.non2xx + (r.requests.total === 0 ? 1 : 0);
      const p95 = r.latency.p97_5 === undefined ? r.latency.p99 : percentile95(r);
      if (!floorP95) floorP95 = p95;
      console.log(
        `${c.name.padEnd(32)} ${fmt(r.latency.p50)} ${fmt(p95)} ${fmt(r.latency.p99)} ${r.requests.average
          .toFixed(0)
          .padStart(
            9,
          )} ${String(r.errors + r.non2xx).padStart(8)}  ${(p95 / Math.max(floorP95, 0.01)).toFixed(1)}x`,
      );
    }
    if (SMOKE && failures > 0) {
      console.error(`bench:api smoke: ${failures} failed requests`);
      process.exitCode = 1;
    }
  } finally {
    if (api.exitCode === null && api.signalCode === null) {
      const exited = new Promise((r) => api.once('exit', r));
      api.kill('SIGTERM');
      await exited;
    }
    await admin.query(`drop database if exists ${dbName} with (force)`);
    await admin.end();
  }
}

type Result = autocannon.Result;

function run(
  path: string,
  request: { method: 'GET' | 'POST'; headers?: Record<string, string>; body?: string },
  duration: number,
  connections: number,
) {
  return new Promise<Result>((resolve, reject) => {
    autocannon(
      { url: `${base}${path}`, connections, duration, ...request },
      (err: Error | null, result: Result) => (err ? reject(err) : resolve(result)),
    );
  });
}

// autocannon reports p90 and p97.5; p95 is interpolated between them.
function percentile95(r: Result): number {
  return r.latency.p90 + ((r.latency.p97_5 - r.latency.p90) * (95 - 90)) / (97.5 - 90);
}

const fmt = (ms: number) => ms.toFixed(1).padStart(8);

async function waitForReady() {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${base}/readyz`)).ok) return;
    } catch {
      // starting
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('the API did not become ready in 60 s');
}

async function post<T>(query: string, variables: object, token?: string): Promise<T> {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown };
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** A signed-in learner: sign-up, the address verified in the database, log-in. */
async function signUp(account: { email: string; password: string }, ownerUrl: string) {
  await post('mutation($i: SignUpInput!) { signUp(input: $i) { email } }', {
    i: { ...account, displayName: 'Bench' },
  });
  await verifyByDatabase(ownerUrl, account.email);
  const data = await post<{ logIn: { accessToken: string } }>(
    'mutation($i: LogInInput!) { logIn(input: $i) { accessToken } }',
    { i: account },
  );
  return data.logIn.accessToken;
}

async function startAttempt(token: string): Promise<string> {
  const data = await post<{ startAttempt: { id: string } }>(
    'mutation { startAttempt(slug: "py-paginate-last-page") { id } }',
    {},
    token,
  );
  return data.startAttempt.id;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
