/**
 * bench:live — competitors and subscribers on a live competition, across two API processes.
 *
 * It starts what it measures: a fresh database on the local stack and the built API
 * (dist/main.js) twice, as two processes on two ports sharing PostgreSQL and Redis. It creates
 * a live public contest with N competitors (rows written directly; signing 1,000 accounts up
 * would measure argon2id), connects S graphql-ws subscribers (half to each process), each a
 * competitor watching the board and their own verdicts, and injects graded submits.
 *
 * INJECTED, NOT GRADED: two cores grade about 5 real submits a second, so the bench posts
 * already-graded submits to the API's internal route, which continues exactly where a real
 * submit continues after the sandbox: the database write, the sorted-set update, the publish.
 *
 * THE RATE: open-loop injection faster than the two processes can absorb only measures a queue
 * (a first version injected 100/s on a loaded machine: verdict p50 17 s, board p50 23 s). So
 * the bench first measures what the two processes absorb (closed loop, a fixed number in
 * flight, a few seconds with every subscriber connected), then injects open-loop at 60 % of
 * that, and prints both rates. BENCH_SUBMITS_PER_SECOND overrides the injected rate.
 *
 * It prints, measured in the same run:
 * - inject → recorded: the injection's HTTP round trip (the transaction and the publishes), to
 *   tell the write path from the fan-out;
 * - verdict → author: from the bench sending the injection to the author's socket receiving it
 *   (HTTP, the transaction, Redis pub/sub, the other process's fan-out: end to end);
 * - board → subscriber: from the instance pushing an update to the subscriber receiving it;
 * - board change → subscriber, including the deliberate per-board throttle (250 ms);
 * - a plain Redis pub/sub round trip (publish → a subscriber connection) as the floor;
 * - errors: failed injections, socket errors, verdicts that never arrived;
 * - the CPU each API process and the bench itself used while injecting (of one core).
 *
 * THE CLIENT: the subscribers' sockets are spread over BENCH_CLIENT_THREADS worker threads
 * (live-client.worker.ts; default 4, 2 in smoke mode), so that the client's own event loop is
 * not the bottleneck it measures; the main thread only injects, and each thread's event-loop
 * delay is printed beside the latencies it timestamps.
 *
 * BENCH_CPU_PROF=<dir> writes each API process's V8 CPU profile there (the profile behind the
 * figures in docs/competitions.md).
 *
 * `--smoke` (or BENCH_SMOKE=1): 40 competitors, 20 subscribers, 2 seconds; exit 1 on any error.
 * `npm test` runs it (test/bench/live-bench-smoke.spec.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import Redis from 'ioredis';
import { Client } from 'pg';
import { AccessTokens } from '../src/auth/access-token';
import type { ClientThreadData, ClientThreadSamples, ToClientThread } from './live-client.worker';

const SMOKE = process.argv.includes('--smoke') || process.env.BENCH_SMOKE === '1';
const COMPETITORS = SMOKE ? 40 : Number(process.env.BENCH_COMPETITORS ?? 1000);
const SUBSCRIBERS = Math.min(
  COMPETITORS,
  SMOKE ? 20 : Number(process.env.BENCH_SUBSCRIBERS ?? 500),
);
const SECONDS = SMOKE ? 2 : Number(process.env.BENCH_SECONDS ?? 10);
/** Fixed injected rate (submits/s); unset: 60 % of the measured absorbable rate. */
const FIXED_RATE = SMOKE ? 20 : Number(process.env.BENCH_SUBMITS_PER_SECOND ?? 0);
const RATE_SHARE = 0.6;
const CALIBRATE_SECONDS = SMOKE ? 1 : 4;
/** Threads holding the subscribers' sockets (the main thread injects). */
const CLIENT_THREADS = Math.max(
  1,
  Math.min(SUBSCRIBERS, SMOKE ? 2 : Number(process.env.BENCH_CLIENT_THREADS ?? 4)),
);
/** In flight while calibrating: enough to keep both processes' pools busy, no queue beyond. */
const CALIBRATE_IN_FLIGHT = 8;
const PORT = Number(process.env.BENCH_API_PORT ?? 4950);
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:56379';
const ADMIN_URL =
  process.env.BENCH_ADMIN_DATABASE_URL ??
  'postgresql://fixpoint:fixpoint@127.0.0.1:55432/fixpoint_test';
const JWT_SECRET = 'bench-secret-bench-secret-bench-secret';
const INTERNAL = 'bench-internal-token-bench-internal-token';
/** Both processes need the same key ring (one fresh key per run). */
const SECRETS_KEYS = `bench:${randomBytes(32).toString('base64')}`;

const now = () => performance.timeOrigin + performance.now();

async function main() {
  const dbName = `fixpoint_live_${process.pid}`;
  const admin = new Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`create database ${dbName}`);
  const ownerUrl = new URL(ADMIN_URL);
  ownerUrl.pathname = `/${dbName}`;
  const apis: ChildProcess[] = [];
  const threads: Worker[] = [];
  let owner: Client | undefined;
  const errors: string[] = [];
  try {
    apis.push(startApi(PORT, ownerUrl, true));
    await waitForReady(PORT);
    apis.push(startApi(PORT + 1, ownerUrl, false));
    await waitForReady(PORT + 1);
    owner = new Client({ connectionString: ownerUrl.toString() });
    await owner.connect();
    const { competitionId, challengeIds, users } = await setUp(owner);
    const tokens = new AccessTokens(JWT_SECRET, 3600);

    // Subscribers: competitors 0 … S-1, alternating between the two processes, spread over
    // the client threads.
    const recordedMs: number[] = []; // injection → 201 (HTTP, the transaction, the publishes)
    const subscribers = users.slice(0, SUBSCRIBERS).map((userId, i) => ({
      userId,
      token: tokens.issue(userId).token,
      port: PORT + (i % 2),
    }));
    let ready = 0;
    threads.push(
      ...(await Promise.all(
        Array.from({ length: CLIENT_THREADS }, (_, t) => {
          const data: ClientThreadData = {
            competitionId,
            subscribers: subscribers.filter((_, i) => i % CLIENT_THREADS === t),
          };
          const worker = new Worker(join(__dirname, 'live-client.worker.js'), { workerData: data });
          worker.on('error', (e) => errors.push(`client thread: ${String(e)}`));
          return new Promise<Worker>((resolve) =>
            worker.once('message', (m: { subscribers: number }) => {
              ready += m.subscribers;
              resolve(worker);
            }),
          );
        }),
      )),
    );
    const tell = (message: ToClientThread) => threads.forEach((w) => w.postMessage(message));
    // Start the load only once every subscription is live in Redis: each author's verdict
    // channel, and the board's channel on both processes.
    const probe = new Redis(REDIS_URL);
    for (const deadline = Date.now() + 60_000; ;) {
      const channels = [
        `rt:board:${competitionId}`,
        ...users.slice(0, SUBSCRIBERS).map((u) => `rt:verdict:${u}`),
      ];
      const counts = (await probe.call('PUBSUB', 'NUMSUB', ...channels)) as (string | number)[];
      const board = Number(counts[1]);
      const verdicts = channels
        .slice(1)
        .filter((_, i) => Number(counts[2 * (i + 1) + 1]) > 0).length;
      if (board === 2 && verdicts === SUBSCRIBERS) break;
      if (Date.now() > deadline) {
        errors.push(
          `subscriptions not ready: board on ${board} processes, ${verdicts}/${SUBSCRIBERS} verdict channels`,
        );
        break;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    probe.disconnect();

    // The floor: a plain Redis pub/sub round trip, measured in this run, while the load runs.
    const pub = new Redis(REDIS_URL);
    const sub = new Redis(REDIS_URL);
    const floorMs: number[] = [];
    await sub.subscribe('bench:live:floor');
    sub.on('message', (_c, message: string) => floorMs.push(now() - Number(message)));
    const floor = setInterval(() => void pub.publish('bench:live:floor', String(now())), 20);

    const inject = (n: number, measured: boolean): Promise<void> => {
      const userId = users[(n * 7919) % users.length];
      const challengeId = challengeIds[n % challengeIds.length];
      const permille = [250, 500, 1000][n % 3];
      const t = now();
      if (measured) tell({ type: 'inject', userId, at: t });
      return fetch(
        `http://127.0.0.1:${PORT + (n % 2)}/internal/v1/competitions/${competitionId}/graded-submits`,
        {
          method: 'POST',
          headers: { authorization: `Bearer ${INTERNAL}`, 'content-type': 'application/json' },
          body: JSON.stringify({ userId, challengeId, correctnessPermille: permille }),
        },
      )
        .then(async (res) => {
          if (res.status !== 201) errors.push(`inject ${res.status}: ${await res.text()}`);
          else if (measured) recordedMs.push(now() - t);
        })
        .catch((e: unknown) => void errors.push(`inject: ${String(e)}`));
    };

    // What the two processes absorb: a closed loop with a fixed number in flight, everything
    // else (subscribers, fan-out, throttled pushes) running as in the measured phase.
    let injected = 0;
    const calibrationEnds = now() + CALIBRATE_SECONDS * 1000;
    const calibrationStart = now();
    await Promise.all(
      Array.from({ length: CALIBRATE_IN_FLIGHT }, async () => {
        while (now() < calibrationEnds) await inject(injected++, false);
      }),
    );
    const absorbable = injected / ((now() - calibrationStart) / 1000);
    const RATE = FIXED_RATE || Math.max(1, Math.floor(absorbable * RATE_SHARE));
    await new Promise((r) => setTimeout(r, 1_000)); // calibration's last pushes drain
    tell({ type: 'measure' });

    // The load: RATE injections a second for SECONDS, spread over both processes.
    const total = RATE * SECONDS;
    const cpuBefore = apis.map((api) => cpuMs(api.pid));
    const benchCpuBefore = process.cpuUsage();
    // The injector's own event-loop delay delays each injection it timestamps (printed).
    const loopDelay = monitorEventLoopDelay({ resolution: 10 });
    loopDelay.enable();
    const started = now();
    const inflight: Promise<void>[] = [];
    for (let n = 0; n < total; n += 1) {
      const due = started + (n * 1000) / RATE;
      const wait = due - now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      inflight.push(inject(injected + n, true));
    }
    await Promise.all(inflight);
    const injectSeconds = (now() - started) / 1000;
    const apiCpu = apis.map((api, i) => (cpuMs(api.pid) - cpuBefore[i]) / 10 / injectSeconds);
    const benchCpuUsed = process.cpuUsage(benchCpuBefore);
    const benchCpu = (benchCpuUsed.user + benchCpuUsed.system) / 1000 / 10 / injectSeconds;
    loopDelay.disable();
    await new Promise((r) => setTimeout(r, 2_000)); // the last throttled pushes and verdicts
    clearInterval(floor);
    const samples = await Promise.all(
      threads.map(
        (w) =>
          new Promise<ClientThreadSamples>((resolve) => {
            w.once('message', resolve);
            w.postMessage({ type: 'finish' } satisfies ToClientThread);
          }),
      ),
    );
    const all = (pick: (s: ClientThreadSamples) => number[]) => samples.flatMap(pick);
    const verdictMs = all((s) => s.verdictMs);
    const boardPushMs = all((s) => s.boardPushMs);
    errors.push(...samples.flatMap((s) => s.errors));
    const missing = samples.flatMap((s) => s.missing);
    if (missing.length > 0)
      errors.push(
        `${missing.reduce((a, [, n]) => a + n, 0)} verdicts never reached their author: ${missing
          .map(([u]) => users.indexOf(u))
          .join(',')}`,
      );
    const threadDelay = samples.map((s) => s.loopDelayMs);
    sub.disconnect();
    pub.disconnect();

    console.log(
      `bench:live — ${COMPETITORS} competitors, ${ready} subscribers on 2 API processes, ${total} injected graded submits over ${SECONDS} s`,
    );
    console.log(
      `rate: the two processes absorbed ${absorbable.toFixed(0)} submits/s (closed loop, ${CALIBRATE_IN_FLIGHT} in flight, ${CALIBRATE_SECONDS} s); injected open-loop at ${RATE}/s${FIXED_RATE ? ' (fixed)' : ` (${RATE_SHARE * 100} %)`}, achieved ${(total / injectSeconds).toFixed(0)}/s`,
    );
    console.log(
      `cpu while injecting (% of one core): API ${apiCpu.map((c) => c.toFixed(0)).join(' + ')}, bench client ${benchCpu.toFixed(0)} (all its threads); host load ${loadavg()[0].toFixed(1)} on ${cpus().length} cores`,
    );
    console.log(
      `client: ${ready} subscribers' sockets spread over ${threads.length} worker threads (so the measuring client's event loop is not the bottleneck); the main thread only injects`,
    );
    console.log(
      'NOTE: submits are injected after grading (database write, sorted-set update, publish); no sandbox runs.',
    );
    console.log('latency (ms)                              p50      p95      p99   samples');
    row('inject → recorded (HTTP + transaction + publish)', recordedMs);
    row('verdict → author (end to end)', verdictMs);
    row('board push → subscriber', boardPushMs);
    row(
      'board change → subscriber (incl. 250 ms throttle)',
      all((s) => s.boardChangeMs),
    );
    row('Redis pub/sub round trip (floor)', floorMs);
    console.log(
      `bench client event-loop delay (ms): injector p50 ${(loopDelay.percentile(50) / 1e6).toFixed(1)}, p99 ${(loopDelay.percentile(99) / 1e6).toFixed(1)}, max ${(loopDelay.max / 1e6).toFixed(1)}; socket threads p99 ${threadDelay.map((d) => d.p99.toFixed(1)).join(' / ')}, max ${Math.max(...threadDelay.map((d) => d.max)).toFixed(1)}`,
    );
    console.log(`errors: ${errors.length}`);
    for (const e of errors.slice(0, 10)) console.log(`  ${e}`);
    if (errors.length || !verdictMs.length || !boardPushMs.length) process.exitCode = 1;
  } finally {
    await Promise.all(threads.map((w) => w.terminate()));
    await owner?.end();
    for (const api of apis) api.kill('SIGTERM');
    await Promise.all(apis.map((api) => new Promise((r) => api.once('exit', r))));
    await admin.query(`drop database if exists ${dbName} with (force)`);
    await admin.end();
  }
}

function startApi(port: number, ownerUrl: URL, first: boolean): ChildProcess {
  const apiUrl = new URL(ownerUrl);
  apiUrl.username = 'fixpoint_api';
  apiUrl.password = 'fixpoint_api';
  // BENCH_CPU_PROF=<dir>: each API process writes a V8 CPU profile there when it exits.
  const profile = process.env.BENCH_CPU_PROF
    ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`]
    : [];
  return spawn(process.execPath, [...profile, join(__dirname, '..', '..', 'dist', 'main.js')], {
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      JWT_SECRET,
      SANDBOX_TOKEN: 'bench-sandbox-token-unused',
      INTERNAL_API_TOKEN: INTERNAL,
      SECRETS_KEYS,
      API_PORT: String(port),
      LOG_LEVEL: 'warn',
      REDIS_URL,
      DATABASE_URL: apiUrl.toString(),
      DATABASE_OWNER_URL: ownerUrl.toString(),
      MIGRATE_ON_START: String(first),
      IMPORT_CATALOG_ON_START: String(first),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

async function setUp(db: Client) {
  const challenges = await db.query<{ id: string }>(
    `select c.id from challenges c where c.tenant_id is null and c.current_version_id is not null order by c.slug limit 3`,
  );
  const { rows } = await db.query<{ id: string }>(
    `insert into competitions (kind, title, registration_opens_at, starts_at, ends_at, phase)
     values ('public_contest', 'bench:live', now() - interval '1 hour', now() - interval '1 minute',
             now() + interval '1 hour', 'live') returning id`,
  );
  const competitionId = rows[0].id;
  for (const [i, c] of challenges.rows.entries())
    await db.query('insert into competition_challenges values ($1, $2, $3)', [
      competitionId,
      i + 1,
      c.id,
    ]);
  const users = await db.query<{ id: string }>(
    `insert into users (email, display_name, password_hash)
     select 'bench-' || g || '-' || $1 || '@example.com', 'Competitor ' || g, 'x'
       from generate_series(1, $2::int) g returning id`,
    [process.pid, COMPETITORS],
  );
  await db.query(
    `insert into competition_entries (competition_id, user_id) select $1, unnest($2::uuid[])`,
    [competitionId, users.rows.map((u) => u.id)],
  );
  return {
    competitionId,
    challengeIds: challenges.rows.map((c) => c.id),
    users: users.rows.map((u) => u.id),
  };
}

/** A process's CPU time so far (user + system, ms) from /proc (Linux). */
function cpuMs(pid: number | undefined): number {
  if (!pid) return 0;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // clock ticks at 100 Hz
  } catch {
    return 0;
  }
}

function row(name: string, samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const p = (q: number) =>
    sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : NaN;
  console.log(
    `${name.padEnd(50)} ${p(0.5).toFixed(1).padStart(6)} ${p(0.95).toFixed(1).padStart(8)} ${p(0.99).toFixed(1).padStart(8)} ${String(sorted.length).padStart(9)}`,
  );
}

async function waitForReady(port: number) {
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`the API on port ${port} did not start`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
