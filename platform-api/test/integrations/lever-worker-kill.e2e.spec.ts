import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApiHarness } from '../support/api-harness';
import { INTERNAL_TOKEN, WorkerProcess } from '../support/worker-process';
import { HiringClient } from '../hiring/hiring-client';
import { JS, JS_FILE } from '../integrity/forgery';
import { solveFromMail, until } from './candidate';
import { LeverServer } from './lever-server';
import { OutageProxy } from './outage-proxy';

const fixed = readFileSync(
  join(__dirname, '..', '..', '..', 'challenges', JS, 'solution', JS_FILE),
  'utf8',
);
const PORTAL_URL = 'http://127.0.0.1:4200';

interface SyncView {
  invitationId: string;
  state: string;
  attempts: number;
  lastStatusCode: number | null;
}

/**
 * Lever's write-back survives crashes of the worker (SIGKILL, no graceful shutdown): once
 * while the sync waits for the candidate's result, once while it waits to retry a write Lever
 * refused during an outage. After each restart the same workflow carries on, and the tag, the
 * stage move and the note each reach Lever exactly once.
 */
describe('Lever sync when the worker is killed', () => {
  let api: ApiHarness;
  let worker: WorkerProcess;
  let hiring: HiringClient;
  let lever: LeverServer;
  let proxy: OutageProxy;
  let staff: { token: string; tenantId: string };
  const taskQueue = `api-test-${randomUUID()}`;

  const syncs = async () =>
    (
      await api.ok<{ atsSyncs: SyncView[] }>(
        '{ atsSyncs(ats: "lever") { invitationId state attempts lastStatusCode } }',
        {},
        staff,
      )
    ).atsSyncs;

  beforeAll(async () => {
    lever = await LeverServer.start();
    proxy = await OutageProxy.start(lever.base);
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
        LEVER_API_BASE: `${proxy.base}/v1`,
      },
    });
    worker = await WorkerProcess.start(api.base, taskQueue);
    hiring = new HiringClient(api);
    const company = await hiring.signUpCompany('Lever Crash Inc');
    staff = { token: company.token, tenantId: company.tenantId };
    const assessmentId = await hiring.createPublishedAssessment(staff, [JS]);
    await api.ok(
      'mutation($k: String!, $t: String!) { connectLeverApiKey(apiKey: $k, signatureToken: $t, performAs: "lever-user-7") }',
      { k: lever.apiKey, t: lever.signatureToken },
      staff,
    );
    await api.ok(
      `mutation($a: ID!) { setLeverStageMapping(stageId: "stage-assess", assessmentId: $a,
        label: "backend", passThreshold: 50, stageOnPass: "stage-onsite") { id } }`,
      { a: assessmentId },
      staff,
    );
  }, 120_000);

  afterAll(async () => {
    await worker?.stop();
    await proxy?.stop();
    await lever?.stop();
    await api?.stop();
  });

  it('writes the tag, the stage and the note back once, through two kills and an outage', async () => {
    const email = `kill-${randomUUID()}@example.com`;
    lever.opportunities.set('opp-kill', {
      id: 'opp-kill',
      name: 'Kit Killed',
      emails: [email],
      stage: 'stage-assess',
    });
    const delivered = await fetch(`${api.base}/ats/lever/v1/webhooks/${staff.tenantId}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(lever.delivery('opp-kill', 'stage-assess')),
    });
    expect(delivered.status).toBe(200);
    const { invitationId } = (await delivered.json()) as { invitationId: string };
    await until('the sync waits for the result', async () =>
      (await syncs()).find((s) => s.invitationId === invitationId && s.state === 'waiting'),
    );

    // First crash: the sync is waiting for the candidate's result.
    await worker.kill();
    worker = await WorkerProcess.start(api.base, taskQueue);

    // Lever goes down before the result is final: the first writes fail and are retried.
    proxy.down = true;
    await solveFromMail(api, hiring, staff, email, fixed);
    const failing = await until('a write Lever refused', async () =>
      (await syncs()).find(
        (s) => s.invitationId === invitationId && s.state === 'retrying' && s.attempts >= 1,
      ),
    );
    expect(failing.lastStatusCode).toBe(503);

    // Second crash: the sync sleeps on its retry timer. Lever comes back while no worker runs.
    await worker.kill();
    proxy.down = false;
    await new Promise((r) => setTimeout(r, 1500));
    worker = await WorkerProcess.start(api.base, taskQueue);

    await until('the note reached Lever', async () =>
      lever.requests.find((r) => r.path.startsWith('/v1/opportunities/opp-kill/notes')),
    );
    const writes = lever.requests.filter(
      (r) => r.method !== 'GET' && r.path.startsWith('/v1/opportunities/opp-kill/'),
    );
    expect(writes.map((r) => `${r.method} ${r.path} ${r.answered}`)).toEqual([
      'POST /v1/opportunities/opp-kill/addTags?perform_as=lever-user-7 200',
      'PUT /v1/opportunities/opp-kill/stage?perform_as=lever-user-7 200',
      'POST /v1/opportunities/opp-kill/notes?perform_as=lever-user-7 201',
    ]);
    expect(writes[0].body).toEqual({ tags: ['fixpoint: backend - pass'] });
    expect((writes[2].body as { value: string }).value).toContain(
      `Report: ${PORTAL_URL}/reports/${invitationId}`,
    );
    expect(proxy.refused).toBeGreaterThanOrEqual(1);
    const sync = await until('the sync delivered', async () =>
      (await syncs()).find((s) => s.invitationId === invitationId && s.state === 'delivered'),
    );
    expect(sync.attempts).toBeGreaterThanOrEqual(2);
    // Nothing more arrives later (no second workflow replaying the writes).
    await new Promise((r) => setTimeout(r, 2500));
    expect(
      lever.requests.filter(
        (r) => r.method !== 'GET' && r.path.startsWith('/v1/opportunities/opp-kill/'),
      ),
    ).toHaveLength(3);
  }, 300_000);
});
