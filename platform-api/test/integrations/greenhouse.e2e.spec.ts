import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApiHarness } from '../support/api-harness';
import { INTERNAL_TOKEN, WorkerProcess } from '../support/worker-process';
import { HiringClient } from '../hiring/hiring-client';
import { DECIDE, FORGED, JS, JS_FILE, REPORT, type Report, waitForEnd } from '../integrity/forgery';
import { GreenhouseServer } from './greenhouse-server';

const fixed = readFileSync(
  join(__dirname, '..', '..', '..', 'challenges', JS, 'solution', JS_FILE),
  'utf8',
);
const PORTAL_URL = 'http://127.0.0.1:4200';

async function until<T>(what: string, probe: () => Promise<T | undefined | false>, ms = 90_000) {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

interface SyncView {
  id: string;
  invitationId: string;
  state: string;
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
}

/**
 * Greenhouse end to end: a server that plays Greenhouse exactly as its Assessment Partner docs
 * say (Basic key, list_tests, send_test, the PATCH callback it hosts, then test_status), the
 * real API, the real worker and the real sandbox; the candidate opens the invitation from the
 * local mailbox and solves the challenge.
 */
describe('Greenhouse Assessment Partner integration', () => {
  let api: ApiHarness;
  let worker: WorkerProcess;
  let hiring: HiringClient;
  let gh: GreenhouseServer;
  let staff: { token: string; tenantId: string };
  let assessmentId: string;
  let key: string;
  const taskQueue = `api-test-${randomUUID()}`;
  let next = 1000;

  const syncs = async () =>
    (
      await api.ok<{ atsSyncs: SyncView[] }>(
        `{ atsSyncs(ats: "greenhouse") { id invitationId state attempts lastStatusCode lastError } }`,
        {},
        staff,
      )
    ).atsSyncs;

  /** Greenhouse's send_test for a new candidate (the documented body, plus a field it may add). */
  async function sendTest(email: string) {
    const url = gh.callbackUrl(++next);
    const body = {
      partner_test_id: assessmentId,
      candidate: {
        first_name: 'Harry',
        last_name: 'Potter',
        preferred_name: null,
        resume_url: null,
        phone_number: null,
        email,
        greenhouse_profile_url: `https://app.greenhouse.io/people/${next}?application_id=${next}`,
      },
      sent_by: 'recruiter@example.org',
      url,
      some_future_field: { added: 'by Greenhouse' },
    };
    const answer = await gh.sendTest(body);
    expect(answer.status).toBe(200);
    return {
      id: (answer.body as { partner_interview_id: string }).partner_interview_id,
      url,
      body,
    };
  }

  /** The candidate opens the link in their mail, begins, saves `content` and submits. */
  async function solve(email: string, content: string) {
    const mail = await hiring.waitForMail(staff, email);
    const link = new URL(mail.links[0]).pathname.split('/').pop()!;
    const { token } = await hiring.openSession(link);
    const begun = await api.ok<{ beginAssessment: { challenges: { attemptId: string }[] } }>(
      'mutation { beginAssessment(consent: true) { challenges { attemptId } } }',
      {},
      { token },
    );
    const attemptId = begun.beginAssessment.challenges[0].attemptId;
    await api.ok(
      `mutation($id: ID!, $f: [FileInput!]!) { saveFiles(attemptId: $id, files: $f) { id } }`,
      { id: attemptId, f: [{ path: JS_FILE, content }] },
      { token },
    );
    await api.ok('mutation { submitAssessment { phase } }', {}, { token });
    await waitForEnd(api, token);
  }

  beforeAll(async () => {
    api = await ApiHarness.start({
      sandbox: true,
      env: {
        TEMPORAL_TASK_QUEUE: taskQueue,
        INTERNAL_API_TOKEN: INTERNAL_TOKEN,
        PORTAL_URL,
        // Seconds: 1 s doubling up to 2 s between failed PATCHes; no poll to hide a lost signal.
        ATS_SYNC_BACKOFF_SECONDS: '1,2',
        ATS_SYNC_POLL_SECONDS: '3600',
        OUTBOX_POLL_MS: '100',
        // The receivers here are local fakes on loopback (refused by default: SSRF).
        WEBHOOK_ALLOW_PRIVATE_HOSTS: 'loopback',
      },
    });
    worker = await WorkerProcess.start(api.base, taskQueue);
    hiring = new HiringClient(api);
    const company = await hiring.signUpCompany('Greenhouse Users Inc');
    staff = { token: company.token, tenantId: company.tenantId };
    assessmentId = await hiring.createPublishedAssessment(staff, [JS]);
    const { createApiKey } = await api.ok<{ createApiKey: { secret: string } }>(
      `mutation($i: ApiKeyInput!) { createApiKey(input: $i) { secret } }`,
      { i: { name: 'Greenhouse', scopes: ['ats:greenhouse'] } },
      staff,
    );
    key = createApiKey.secret;
    gh = await GreenhouseServer.start(api.base, key);
  }, 120_000);

  afterAll(async () => {
    await worker?.stop();
    await gh?.stop();
    await api?.stop();
  });

  it('refuses a wrong key (401) and a key without the Greenhouse scope (403)', async () => {
    expect((await gh.listTests(`${key.slice(0, -4)}abcd`)).status).toBe(401);
    expect((await gh.listTests('not-a-key')).status).toBe(401);
    const { createApiKey } = await api.ok<{ createApiKey: { secret: string } }>(
      `mutation($i: ApiKeyInput!) { createApiKey(input: $i) { secret } }`,
      { i: { name: 'Other', scopes: ['results:read'] } },
      staff,
    );
    expect((await gh.listTests(createApiKey.secret)).status).toBe(403);
  });

  it('lists tests, sends one once per callback URL, is solved, PATCHes Greenhouse through two failures, then answers complete', async () => {
    const tests = await gh.listTests();
    expect(tests).toEqual({
      status: 200,
      body: [{ partner_test_id: assessmentId, partner_test_name: 'Backend debugging' }],
    });

    const email = `harry-${randomUUID()}@example.com`;
    const sent = await sendTest(email);
    // Greenhouse retrying the same send_test: the same instance, nobody invited twice.
    const again = await gh.sendTest(sent.body);
    expect(again.body).toEqual({ partner_interview_id: sent.id });
    const { mailbox } = await api.ok<{ mailbox: { to: string }[] }>(
      '{ mailbox { to } }',
      {},
      staff,
    );
    expect(mailbox.filter((m) => m.to === email)).toHaveLength(1);

    expect((await gh.testStatus(sent.id)).body).toMatchObject({
      partner_status: 'pending',
      partner_score: null,
      partner_profile_url: null,
    });
    expect((await gh.testStatus(randomUUID())).status).toBe(404);
    expect((await gh.testStatus('98765')).status).toBe(404);

    gh.failures = 2;
    await solve(email, fixed);

    const status = await until('Greenhouse read test_status after the PATCH', async () =>
      gh.statuses.get(sent.id),
    );
    const patches = gh.patches.filter((p) => p.path === new URL(sent.url).pathname);
    expect(patches.map((p) => p.answered)).toEqual([503, 503, 200]);
    for (const patch of patches) {
      expect(patch.authorization).toBe(gh.basic());
      expect(patch.body).toBe('');
    }
    expect(status).toMatchObject({
      partner_status: 'complete',
      partner_score: expect.any(Number),
      partner_profile_url: `${PORTAL_URL}/reports/${sent.id}`,
    });
    expect(status.partner_score as number).toBeGreaterThan(0);
    for (const value of Object.values(status.metadata as object))
      expect(value === null || typeof value !== 'object').toBe(true);

    // The profile URL is the report a signed-in recruiter opens.
    const reportId = new URL(status.partner_profile_url as string).pathname.split('/').pop()!;
    const { candidateReport } = await api.ok<{ candidateReport: Report }>(
      REPORT,
      { id: reportId },
      staff,
    );
    expect(candidateReport.totalScore).toBe(status.partner_score);
    const anonymous = await api.gql(REPORT, { id: reportId });
    expect(anonymous.errors?.length).toBeGreaterThan(0);

    const sync = (await syncs()).find((s) => s.invitationId === sent.id)!;
    expect(sync).toMatchObject({ state: 'delivered', attempts: 3, lastError: null });
    const { atsPartnerCalls } = await api.ok<{
      atsPartnerCalls: { operation: string; status: number }[];
    }>(`{ atsPartnerCalls(ats: "greenhouse") { operation status } }`, {}, staff);
    expect(atsPartnerCalls).toEqual(
      expect.arrayContaining([
        { operation: 'list_tests', status: 200 },
        { operation: 'send_test', status: 200 },
        { operation: 'test_status', status: 200 },
        { operation: 'test_status', status: 404 },
      ]),
    );
  }, 240_000);

  it('loses nothing when the worker is killed mid-sync', async () => {
    const email = `ron-${randomUUID()}@example.com`;
    const sent = await sendTest(email);
    gh.down = true;
    await solve(email, fixed);
    await until('a failed PATCH', async () => {
      const sync = (await syncs()).find((s) => s.invitationId === sent.id);
      return sync && sync.state === 'retrying' && sync.attempts >= 1;
    });
    await worker.kill();
    gh.down = false;
    await new Promise((r) => setTimeout(r, 1500));
    worker = await WorkerProcess.start(api.base, taskQueue);
    const status = await until('the status after the restart', async () =>
      gh.statuses.get(sent.id),
    );
    expect(status.partner_status).toBe('complete');
    expect((await syncs()).find((s) => s.invitationId === sent.id)?.state).toBe('delivered');
  }, 240_000);

  it('keeps a forged submission not complete until a recruiter decides', async () => {
    const email = `draco-${randomUUID()}@example.com`;
    const sent = await sendTest(email);
    await solve(email, FORGED);
    // The session ended, but the result is withheld: no PATCH, no score, no profile URL.
    await new Promise((r) => setTimeout(r, 3000));
    expect(gh.patches.filter((p) => p.path === new URL(sent.url).pathname)).toEqual([]);
    expect((await gh.testStatus(sent.id)).body).toMatchObject({
      partner_status: 'under_review',
      partner_score: null,
      partner_profile_url: null,
    });
    expect((await syncs()).find((s) => s.invitationId === sent.id)?.state).toBe('waiting');

    const { candidateReport } = await api.ok<{ candidateReport: Report }>(
      REPORT,
      { id: sent.id },
      staff,
    );
    await api.ok(
      DECIDE,
      {
        s: candidateReport.challenges[0].integrity!.submissionId,
        d: 'REJECT',
        r: 'assert stubbed out',
      },
      staff,
    );
    const status = await until('the status after the decision', async () =>
      gh.statuses.get(sent.id),
    );
    expect(status).toMatchObject({ partner_status: 'complete', partner_score: 0 });
  }, 240_000);

  it('answers a malformed send_test with the fields to fix, and takes Greenhouse’s error reports', async () => {
    const bad = await gh.call('greenhouseSendTest', 'POST', 'send_test', {
      partner_test_id: assessmentId,
      candidate: { first_name: 'No', email: 'not-an-email' },
    });
    expect(bad.status).toBe(400);
    expect(
      (bad.body as { errors: { pointer: string }[] }).errors.map((e) => e.pointer).sort(),
    ).toEqual(['/candidate/email', '/candidate/last_name']);
    const unknownTest = await gh.call('greenhouseSendTest', 'POST', 'send_test', {
      partner_test_id: '12345',
      candidate: { first_name: 'A', last_name: 'B', email: 'a@example.com' },
      url: gh.callbackUrl(1),
    });
    expect(unknownTest.status).toBe(404);
    const reported = await gh.call('greenhouseResponseError', 'POST', 'response_error', {
      api_call: 'test_status',
      errors: ["partner_status is 'complete' but partner_profile url is missing"],
      partner_interview_id: '299506',
    });
    expect(reported).toEqual({ status: 200, body: { status: 200 } });
  });
});
