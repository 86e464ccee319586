import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApiHarness } from '../support/api-harness';
import { INTERNAL_TOKEN, WorkerProcess } from '../support/worker-process';
import { HiringClient } from '../hiring/hiring-client';
import { JS, JS_FILE } from '../integrity/forgery';
import { solveFromMail, until } from './candidate';
import { WorkdayServer } from './workday-server';

const root = join(__dirname, '..', '..', '..');
const fixed = readFileSync(join(root, 'challenges', JS, 'solution', JS_FILE), 'utf8');
// The one labelled fixture of the unconfirmed order payload.
const fixture = JSON.parse(
  readFileSync(
    join(root, 'connectors', 'workday', 'src', 'fixtures', 'unconfirmed-order.json'),
    'utf8',
  ),
) as Record<string, unknown>;
const PORTAL_URL = 'http://127.0.0.1:4200';
const TEST_ID = 'RECRUITING_ASSESSMENT_TEST-6-111';

interface SyncView {
  invitationId: string;
  state: string;
  attempts: number;
  lastError: string | null;
}

/**
 * Workday's write-back survives crashes of the worker (SIGKILL, no graceful shutdown): once
 * while the sync waits for the candidate's result, once while it waits to retry an
 * Assess_Candidate that Workday answered with a Server fault. After the restart the completed
 * status and the result reach Workday, accepted exactly once.
 */
describe('Workday sync when the worker is killed', () => {
  let api: ApiHarness;
  let worker: WorkerProcess;
  let hiring: HiringClient;
  let wd: WorkdayServer;
  let staff: { token: string; tenantId: string };
  let secret: string;
  const taskQueue = `api-test-${randomUUID()}`;

  const syncs = async () =>
    (
      await api.ok<{ atsSyncs: SyncView[] }>(
        '{ atsSyncs(ats: "workday") { invitationId state attempts lastError } }',
        {},
        staff,
      )
    ).atsSyncs;

  beforeAll(async () => {
    wd = await WorkdayServer.start('isu_fixpoint@acme', 'isu crash password');
    api = await ApiHarness.start({
      sandbox: true,
      env: {
        TEMPORAL_TASK_QUEUE: taskQueue,
        INTERNAL_API_TOKEN: INTERNAL_TOKEN,
        PORTAL_URL,
        ATS_SYNC_BACKOFF_SECONDS: '1,2',
        ATS_SYNC_POLL_SECONDS: '3600',
        OUTBOX_POLL_MS: '100',
        // The receivers here are local fakes on loopback (refused by default: SSRF).
        WEBHOOK_ALLOW_PRIVATE_HOSTS: 'loopback',
      },
    });
    worker = await WorkerProcess.start(api.base, taskQueue);
    hiring = new HiringClient(api);
    const company = await hiring.signUpCompany('Workday Crash Inc');
    staff = { token: company.token, tenantId: company.tenantId };
    const assessmentId = await hiring.createPublishedAssessment(staff, [JS]);
    secret = (
      await api.ok<{ connectWorkday: string }>(
        'mutation($e: String!, $u: String!, $p: String!) { connectWorkday(endpoint: $e, username: $u, password: $p) }',
        { e: wd.endpoint, u: wd.username, p: wd.password },
        staff,
      )
    ).connectWorkday;
    for (const [status, referenceId] of [
      ['invited', 'ACME_INVITED'],
      ['in_progress', 'ACME_IN_PROGRESS'],
      ['completed', 'ACME_COMPLETED'],
    ])
      await api.ok(
        'mutation($s: String!, $r: String!) { setWorkdayStatus(status: $s, referenceId: $r) }',
        { s: status, r: referenceId },
        staff,
      );
    await api.ok(
      'mutation($t: String!, $a: ID!) { setWorkdayTestMapping(testId: $t, assessmentId: $a) { id } }',
      { t: TEST_ID, a: assessmentId },
      staff,
    );
  }, 120_000);

  afterAll(async () => {
    await worker?.stop();
    await wd?.stop();
    await api?.stop();
  });

  it('reports completed with the result once, through two kills and a run of Server faults', async () => {
    const n = randomUUID().slice(0, 8);
    const assessment = `RECRUITING_ASSESSMENT-${n}`;
    const jobApplicationId = `JA-${n}`;
    wd.orders.set(assessment, { jobApplicationId, testId: TEST_ID });
    const email = `crash-${n}@example.com`;
    const placed = await fetch(`${api.base}/ats/workday/v1/orders/${staff.tenantId}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
      body: JSON.stringify({ ...fixture, Candidate_Email: email, Assessment_ID: assessment }),
    });
    expect(placed.status).toBe(201);
    const { invitationId } = (await placed.json()) as { invitationId: string };
    const mine = () => wd.assessCalls().filter((c) => c.jobApplicationId === jobApplicationId);
    await until('Workday heard invited', async () =>
      mine().find((c) => c.status === 'ACME_INVITED' && c.answered === 200),
    );

    // First crash: the sync is waiting for the candidate's result.
    await worker.kill();
    worker = await WorkerProcess.start(api.base, taskQueue);

    // Workday answers Server faults ("try again") until the test says otherwise.
    for (let i = 0; i < 100; i++) wd.faults.push('Server');
    await solveFromMail(api, hiring, staff, email, fixed);
    const failing = await until('a completed status Workday refused', async () =>
      (await syncs()).find(
        (s) => s.invitationId === invitationId && s.state === 'retrying' && s.attempts >= 1,
      ),
    );
    expect(failing.lastError).toContain('Processing error, try again');

    // Second crash: the sync sleeps on its retry timer. Workday recovers while no worker runs.
    await worker.kill();
    wd.faults.length = 0;
    await new Promise((r) => setTimeout(r, 1500));
    worker = await WorkerProcess.start(api.base, taskQueue);

    const sync = await until('the sync delivered', async () =>
      (await syncs()).find((s) => s.invitationId === invitationId && s.state === 'delivered'),
    );
    expect(sync.lastError).toBeNull();
    const completed = mine().filter((c) => c.status === 'ACME_COMPLETED');
    expect(completed.filter((c) => c.answered === 200)).toHaveLength(1);
    expect(completed.at(-1)!.answered).toBe(200);
    // Refused before the crash (the completion, or the in-progress report if one was sent).
    expect(mine().filter((c) => c.answered === 500).length).toBeGreaterThanOrEqual(1);
    expect(Number(completed.at(-1)!.score)).toBeGreaterThan(0);
    expect(completed.at(-1)!.comment).toContain(`Report: ${PORTAL_URL}/reports/${invitationId}`);
    // Nothing more arrives later (no second workflow replaying the write).
    await new Promise((r) => setTimeout(r, 2500));
    expect(mine().filter((c) => c.status === 'ACME_COMPLETED')).toHaveLength(completed.length);
  }, 300_000);
});
