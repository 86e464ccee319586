/**
 * bench:ats — `POST /ats/v1/invitations` (API key, Idempotency-Key, document-schema validation,
 * an invitation, its mail and its event in one transaction) at 50 concurrent clients, next to
 * /healthz as the floor, in one run against one API process: p50/p95/p99 and requests/s.
 *
 * It starts what it measures: a fresh database on the local stack and the built API
 * (dist/main.js). Needs `npm run stack`. Every request has its own Idempotency-Key and
 * candidate, so each one creates an invitation (no replays).
 *
 * `--smoke` (or BENCH_SMOKE=1): a second per endpoint with two clients; exit 1 when any request
 * failed. `npm test` runs it (test/bench/ats-bench-smoke.spec.ts).
 */
import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { Client } from 'pg';
import { verifyByDatabase } from './accounts';

const SMOKE = process.argv.includes('--smoke') || process.env.BENCH_SMOKE === '1';
const CONNECTIONS = SMOKE ? 2 : Number(process.env.BENCH_CONNECTIONS ?? 50);
const DURATION_S = SMOKE ? 1 : Number(process.env.BENCH_SECONDS ?? 8);
const PORT = Number(process.env.BENCH_API_PORT ?? 4901);
const ADMIN_URL =
  process.env.BENCH_ADMIN_DATABASE_URL ??
  'postgresql://fixpoint:fixpoint@127.0.0.1:55432/fixpoint_test';
const base = `http://127.0.0.1:${PORT}`;

async function main() {
  const dbName = `fixpoint_bench_ats_${process.pid}`;
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
      SECRETS_KEYS: `bench:${randomBytes(32).toString('base64')}`,
      API_PORT: String(PORT),
      LOG_LEVEL: 'warn',
      DATABASE_URL: apiUrl.toString(),
      DATABASE_OWNER_URL: ownerUrl.toString(),
      // The limiter still counts every request in Redis (measured), but never refuses.
      ATS_RATE_LIMIT_PER_MINUTE: '1000000',
      // Its sign-up shares the loopback address (and so the per-IP bucket in Redis) with every
      // other test of the run: the bench's own limits, as bench:api has.
      AUTH_RATE_LIMIT_PER_IP: '1000000',
      AUTH_RATE_LIMIT_PER_ACCOUNT: '1000000',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    await waitForReady();
    const { key, assessmentId } = await setUp(ownerUrl.toString());
    const cases = [
      { name: '/healthz (floor)', path: '/healthz', request: { method: 'GET' as const } },
      {
        name: 'POST /ats/v1/invitations',
        path: '/ats/v1/invitations',
        request: {
          // autocannon calls setupRequest per request: a new Idempotency-Key, candidate and
          // application every time.
          requests: [
            {
              method: 'POST' as const,
              headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
              setupRequest: (req: { headers?: Record<string, string> }) => {
                const n = randomUUID();
                return {
                  ...req,
                  headers: { ...req.headers, 'idempotency-key': n },
                  body: JSON.stringify({
                    assessmentId,
                    candidate: {
                      email: `c-${n}@bench.example.com`,
                      firstName: 'Bench',
                      lastName: n.slice(0, 8),
                    },
                    externalReference: { ats: 'greenhouse', applicationId: n },
                  }),
                };
              },
            },
          ],
        },
      },
    ];
    console.log(
      `bench:ats${SMOKE ? ' (smoke)' : ''} — ${CONNECTIONS} concurrent clients, ${DURATION_S} s per endpoint, one API process`,
    );
    console.log(
      'endpoint                         p50 ms   p95 ms   p99 ms     req/s   errors  p95 vs floor',
    );
    let floorP95 = 0;
    let failures = 0;
    const codes: Record<string, unknown> = {};
    for (const c of cases) {
      if (!SMOKE) await run(c.path, c.request, 2); // warm-up
      const r = await run(c.path, c.request, DURATION_S);
      failures += r.errors + r.non2xx + (r.requests.total === 0 ? 1 : 0);
      codes[c.name] = r.statusCodeStats;
      const p95 = r.latency.p90 + ((r.latency.p97_5 - r.latency.p90) * (95 - 90)) / (97.5 - 90);
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
      console.error(`bench:ats smoke: ${failures} failed requests (${JSON.stringify(codes)})`);
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

function run(path: string, request: object, duration: number) {
  return new Promise<autocannon.Result>((resolve, reject) => {
    autocannon(
      { url: `${base}${path}`, connections: CONNECTIONS, duration, ...request },
      (err: Error | null, result: autocannon.Result) => (err ? reject(err) : resolve(result)),
    );
  });
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

async function gql<T>(
  query: string,
  variables: object,
  auth?: { token: string; tenantId: string },
) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(auth ? { authorization: `Bearer ${auth.token}` } : {}),
      ...(auth?.tenantId ? { 'x-tenant-id': auth.tenantId } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown };
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** A company, a published assessment and an API key that may invite. */
async function setUp(ownerUrl: string) {
  const email = `bench-${Date.now()}@example.com`;
  const password = 'bench password 123';
  await gql('mutation($i: CompanySignUpInput!) { signUpCompany(input: $i) { email } }', {
    i: { companyName: 'Bench ATS', displayName: 'Bench', email, password },
  });
  await verifyByDatabase(ownerUrl, email);
  const { logIn } = await gql<{ logIn: { accessToken: string } }>(
    'mutation($i: LogInInput!) { logIn(input: $i) { accessToken } }',
    { i: { email, password } },
  );
  const { myTenants } = await gql<{ myTenants: { tenant: { id: string } }[] }>(
    '{ myTenants { tenant { id } } }',
    {},
    { token: logIn.accessToken, tenantId: '' },
  );
  const auth = { token: logIn.accessToken, tenantId: myTenants[0].tenant.id };
  const { createAssessment } = await gql<{ createAssessment: { id: string } }>(
    'mutation($i: AssessmentInput!) { createAssessment(input: $i) { id } }',
    {
      i: {
        title: 'Bench',
        instructions: 'Bench.',
        timeLimitMinutes: 30,
        hintsAllowed: false,
        hintPenalty: 0,
        challengeSlugs: ['py-paginate-last-page'],
      },
    },
    auth,
  );
  await gql(
    'mutation($id: ID!) { publishAssessment(id: $id) { id } }',
    { id: createAssessment.id },
    auth,
  );
  const { createApiKey } = await gql<{ createApiKey: { secret: string } }>(
    'mutation($i: ApiKeyInput!) { createApiKey(input: $i) { secret } }',
    { i: { name: 'bench', scopes: ['candidates:write'] } },
    auth,
  );
  return { key: createApiKey.secret, assessmentId: createAssessment.id };
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
