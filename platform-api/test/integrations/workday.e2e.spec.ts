import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApiHarness } from '../support/api-harness';
import { INTERNAL_TOKEN, WorkerProcess } from '../support/worker-process';
import { HiringClient } from '../hiring/hiring-client';
import { JS, JS_FILE } from '../integrity/forgery';
import { beginFromMail, finishSolve, until } from './candidate';
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

/**
 * Workday Recruiting end to end: a SOAP server that checks every envelope (WS-Security
 * UsernameToken, the operation and its references), the real API, worker and sandbox. An
 * order invites (once); Workday hears `invited`, then `completed` with the result; a Server
 * fault is retried, a Client fault is reported on the sync.
 */
describe('Workday Recruiting integration', () => {
  let api: ApiHarness;
  let worker: WorkerProcess;
  let hiring: HiringClient;
  let wd: WorkdayServer;
  let staff: { token: string; tenantId: string };
  let secret: string;
  const taskQueue = `api-test-${randomUUID()}`;

  const order = (body: unknown, bearer = secret) =>
    fetch(`${api.base}/ats/workday/v1/orders/${staff.tenantId}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` },
      body: JSON.stringify(body),
    }).then(async (r) => ({ status: r.status, body: (await r.json()) as Record<string, unknown> }));

  const mails = async (email: string) =>
    (await api.ok<{ mailbox: { to: string }[] }>('{ mailbox { to } }', {}, staff)).mailbox.filter(
      (m) => m.to === email,
    );

  const syncs = async () =>
    (
      await api.ok<{
        atsSyncs: { invitationId: string; state: string; lastError: string | null }[];
      }>('{ atsSyncs(ats: "workday") { invitationId state lastError } }', {}, staff)
    ).atsSyncs;

  /** A new order in the fixture's shape: its own candidate and Workday assessment entry. */
  function newOrder() {
    const n = randomUUID().slice(0, 8);
    const assessmentId = `RECRUITING_ASSESSMENT-${n}`;
    wd.orders.set(assessmentId, { jobApplicationId: `JA-${n}`, testId: TEST_ID });
    return { ...fixture, Candidate_Email: `grace-${n}@example.com`, Assessment_ID: assessmentId };
  }

  beforeAll(async () => {
    wd = await WorkdayServer.start('isu_fixpoint@acme', 'isu <password> & more');
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
    const company = await hiring.signUpCompany('Workday Users Inc');
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

  it('refuses a wrong secret and a bad order precisely, and tests the connection', async () => {
    expect((await order(newOrder(), 'wdo_wrong')).status).toBe(401);
    const bad = await order({ ...newOrder(), Candidate_Email: 'nope' });
    expect(bad.status).toBe(400);
    expect(bad.body.detail).toContain('/Candidate_Email');
    const { testWorkdayConnection } = await api.ok<{ testWorkdayConnection: { ok: boolean } }>(
      'mutation { testWorkdayConnection { ok detail } }',
      {},
      staff,
    );
    expect(testWorkdayConnection.ok).toBe(true);
    // The partner call log has the bad order (its secret was right), not the wrong secret.
    const { atsPartnerCalls } = await api.ok<{
      atsPartnerCalls: { operation: string; status: number; detail: { code: string } }[];
    }>('{ atsPartnerCalls(ats: "workday") { operation status detail } }', {}, staff);
    expect(atsPartnerCalls.map((c) => `${c.operation} ${c.status} ${c.detail.code}`)).toEqual([
      'order 400 BAD_USER_INPUT',
    ]);
  });

  it('an order invites once, Workday hears invited, in progress, then completed with the result after a Server fault', async () => {
    const body = newOrder();
    const email = body.Candidate_Email;
    const first = await order(body);
    expect(first.status).toBe(201);
    const again = await order(body);
    expect(again).toMatchObject({ status: 200, body: { invitationId: first.body.invitationId } });
    // The invitation mail may be sent after the answer: wait for it, then count.
    await hiring.waitForMail(staff, email);
    expect(await mails(email)).toHaveLength(1);
    // Resolved once: the repeated order found its sync without asking Workday again.
    expect(
      wd.requests.filter((r) => JSON.stringify(r.body).includes(String(body.Assessment_ID))),
    ).toHaveLength(2); // Get_Assess_Candidate, then Assess_Candidate (invited)
    const jobApplicationId = wd.orders.get(body.Assessment_ID)!.jobApplicationId;
    const mine = () => wd.assessCalls().filter((c) => c.jobApplicationId === jobApplicationId);
    expect(mine()).toMatchObject([{ status: 'ACME_INVITED', answered: 200 }]);
    const logged = await api.ok<{
      atsPartnerCalls: { operation: string; status: number; detail: { invitationId?: string } }[];
    }>('{ atsPartnerCalls(ats: "workday", limit: 2) { operation status detail } }', {}, staff);
    expect(logged.atsPartnerCalls).toMatchObject([
      { operation: 'order', status: 200, detail: { invitationId: first.body.invitationId } },
      { operation: 'order', status: 201, detail: { invitationId: first.body.invitationId } },
    ]);

    // The candidate begins: Workday's Assess Candidate shows it in progress (no score yet).
    const begun = await beginFromMail(api, hiring, staff, email);
    const progress = await until('Workday heard in progress', async () =>
      mine().find((c) => c.status === 'ACME_IN_PROGRESS' && c.answered === 200),
    );
    expect(progress).toMatchObject({ score: undefined, comment: undefined });

    wd.faults.push('Server');
    await finishSolve(api, begun, fixed);
    await until('Workday accepted the completed status', async () =>
      mine().find((c) => c.status === 'ACME_COMPLETED' && c.answered === 200),
    );
    const completed = mine().filter((c) => c.status === 'ACME_COMPLETED');
    expect(completed.map((c) => c.answered)).toEqual([500, 200]);
    expect(Number(completed[1].score)).toBeGreaterThan(0);
    expect(completed[1].comment).toContain(
      `Report: ${PORTAL_URL}/reports/${String(first.body.invitationId)}`,
    );
    expect((await syncs()).find((s) => s.invitationId === first.body.invitationId)?.state).toBe(
      'delivered',
    );
    expect(mine().map((c) => c.status)).toEqual([
      'ACME_INVITED',
      'ACME_IN_PROGRESS',
      'ACME_COMPLETED',
      'ACME_COMPLETED',
    ]);
  }, 180_000);

  it('a Client fault is reported on the sync, not retried', async () => {
    const body = newOrder();
    const placed = await order(body);
    expect(placed.status).toBe(201);
    const jobApplicationId = wd.orders.get(body.Assessment_ID)!.jobApplicationId;
    const begun = await beginFromMail(api, hiring, staff, body.Candidate_Email);
    await until('Workday heard in progress', async () =>
      wd
        .assessCalls()
        .find((c) => c.jobApplicationId === jobApplicationId && c.status === 'ACME_IN_PROGRESS'),
    );
    wd.faults.push('Client');
    await finishSolve(api, begun, fixed);
    const sync = await until('the sync failed', async () =>
      (await syncs()).find(
        (s) => s.invitationId === placed.body.invitationId && s.state === 'failed',
      ),
    );
    expect(sync.lastError).toContain(
      'Workday refused it (SOAP-ENV:Client): The job application is not in the Assess Candidate step',
    );
    await new Promise((r) => setTimeout(r, 2500));
    expect(
      wd
        .assessCalls()
        .filter((c) => c.jobApplicationId === jobApplicationId && c.status === 'ACME_COMPLETED'),
    ).toHaveLength(1);
  }, 180_000);
});
