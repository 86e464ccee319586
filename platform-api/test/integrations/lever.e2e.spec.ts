import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApiHarness } from '../support/api-harness';
import { INTERNAL_TOKEN, WorkerProcess } from '../support/worker-process';
import { HiringClient } from '../hiring/hiring-client';
import { JS, JS_FILE } from '../integrity/forgery';
import { solveFromMail, until } from './candidate';
import { LeverServer } from './lever-server';

const fixed = readFileSync(
  join(__dirname, '..', '..', '..', 'challenges', JS, 'solution', JS_FILE),
  'utf8',
);
const PORTAL_URL = 'http://127.0.0.1:4200';

/**
 * Lever end to end: a server speaking Lever's wire format (OAuth token endpoint, opportunities,
 * notes, tags, stage moves, signed candidate-stage-change deliveries), the real API, worker and
 * sandbox. The company connects with OAuth, maps a stage; a stage change invites; the candidate
 * solves; the note, the tag and the stage move reach Lever.
 */
describe('Lever integration', () => {
  let api: ApiHarness;
  let worker: WorkerProcess;
  let hiring: HiringClient;
  let lever: LeverServer;
  let staff: { token: string; tenantId: string };
  let assessmentId: string;
  const taskQueue = `api-test-${randomUUID()}`;

  const deliver = (body: unknown, tenantId = staff.tenantId) =>
    fetch(`${api.base}/ats/lever/v1/webhooks/${tenantId}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }).then(async (r) => ({ status: r.status, body: (await r.json()) as Record<string, unknown> }));

  const mails = async (email: string) =>
    (await api.ok<{ mailbox: { to: string }[] }>('{ mailbox { to } }', {}, staff)).mailbox.filter(
      (m) => m.to === email,
    );

  beforeAll(async () => {
    lever = await LeverServer.start();
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
        LEVER_API_BASE: lever.apiBase,
        LEVER_AUTHORIZE_URL: `${lever.base}/authorize`,
        LEVER_TOKEN_URL: `${lever.base}/oauth/token`,
        LEVER_CLIENT_ID: 'fixpoint-app',
        LEVER_CLIENT_SECRET: 'app-secret',
      },
    });
    worker = await WorkerProcess.start(api.base, taskQueue);
    hiring = new HiringClient(api);
    const company = await hiring.signUpCompany('Lever Users Inc');
    staff = { token: company.token, tenantId: company.tenantId };
    assessmentId = await hiring.createPublishedAssessment(staff, [JS]);
  }, 120_000);

  afterAll(async () => {
    await worker?.stop();
    await lever?.stop();
    await api?.stop();
  });

  it('connects with OAuth, refuses forged, stale and replayed deliveries, invites once, and writes the note and tag back', async () => {
    // OAuth: the authorize URL carries our app, the audience and a state; Lever sends the
    // Super Admin back to the callback with a code, exchanged at the token endpoint.
    const { leverAuthorizeUrl } = await api.ok<{ leverAuthorizeUrl: string }>(
      'mutation { leverAuthorizeUrl }',
      {},
      staff,
    );
    const authorize = new URL(leverAuthorizeUrl);
    expect(authorize.origin + authorize.pathname).toBe(`${lever.base}/authorize`);
    expect(authorize.searchParams.get('client_id')).toBe('fixpoint-app');
    expect(authorize.searchParams.get('audience')).toBe(`${lever.apiBase}/`);
    expect(authorize.searchParams.get('scope')).toContain('offline_access');
    const callback = new URL(authorize.searchParams.get('redirect_uri')!);
    expect(callback.pathname).toBe('/ats/lever/v1/oauth/callback');
    const back = await fetch(
      `${api.base}${callback.pathname}?code=${lever.code}&state=${authorize.searchParams.get('state')}`,
      { redirect: 'manual' },
    );
    expect(back.status).toBe(302);
    expect(back.headers.get('location')).toBe(`${PORTAL_URL}/integrations?lever=connected`);
    // The same state twice is refused (single use).
    const again = await fetch(
      `${api.base}${callback.pathname}?code=${lever.code}&state=${authorize.searchParams.get('state')}`,
      { redirect: 'manual' },
    );
    expect(again.headers.get('location')).toContain('lever=bad_user_input');

    await api.ok(
      'mutation($t: String!) { setLeverWebhookSecret(signatureToken: $t, performAs: "lever-user-1") }',
      { t: lever.signatureToken },
      staff,
    );
    await api.ok(
      `mutation($a: ID!) { setLeverStageMapping(stageId: "stage-assess", assessmentId: $a,
        label: "backend", passThreshold: 50, stageOnPass: "stage-onsite") { id } }`,
      { a: assessmentId },
      staff,
    );
    const { testLeverConnection } = await api.ok<{ testLeverConnection: { ok: boolean } }>(
      'mutation { testLeverConnection { ok detail } }',
      {},
      staff,
    );
    expect(testLeverConnection.ok).toBe(true);
    const { leverSetup } = await api.ok<{ leverSetup: Record<string, unknown> }>(
      '{ leverSetup { connected authKind webhookUrl webhookSecretSet } }',
      {},
      staff,
    );
    expect(leverSetup).toEqual({
      connected: true,
      authKind: 'oauth',
      webhookUrl: `${PORTAL_URL}/ats/lever/v1/webhooks/${staff.tenantId}`,
      webhookSecretSet: true,
    });

    const email = `ada-${randomUUID()}@example.com`;
    lever.opportunities.set('opp-1', {
      id: 'opp-1',
      name: 'Ada Lovelace',
      emails: [email],
      stage: 'stage-assess',
    });

    // Forged (another key), stale (a genuine signature 6 minutes old): refused, nobody invited.
    const forged = await deliver(lever.delivery('opp-1', 'stage-assess', { key: 'guessed' }));
    expect(forged.status).toBe(401);
    const stale = await deliver(
      lever.delivery('opp-1', 'stage-assess', { triggeredAt: Date.now() - 6 * 60_000 }),
    );
    expect(stale.status).toBe(400);
    expect(stale.body.detail).toContain('triggeredAt');
    expect(await mails(email)).toHaveLength(0);

    // A genuine delivery: Lever's first answer to the opportunity read is a 429, honoured.
    lever.rateLimitNext = 1;
    const first = lever.delivery('opp-1', 'stage-assess');
    const invited = await deliver(first);
    expect(invited).toMatchObject({ status: 200, body: { outcome: 'invited' } });
    const reads = lever.requests.filter((r) => r.path === '/v1/opportunities/opp-1');
    expect(reads.map((r) => r.answered)).toEqual([429, 200]);

    // The same delivery again (a replay): refused. A new delivery for the same opportunity and
    // stage: the same invitation, nobody invited twice.
    expect((await deliver(first)).status).toBe(409);
    const repeat = await deliver(lever.delivery('opp-1', 'stage-assess'));
    expect(repeat.body.invitationId).toBe(invited.body.invitationId);
    // The invitation mail may be sent after the answer: wait for it, then count.
    await hiring.waitForMail(staff, email);
    expect(await mails(email)).toHaveLength(1);

    await solveFromMail(api, hiring, staff, email, fixed);

    const note = await until('the note reached Lever', async () =>
      lever.requests.find((r) => r.path.startsWith('/v1/opportunities/opp-1/notes')),
    );
    const writes = lever.requests.filter(
      (r) => r.method !== 'GET' && r.path.startsWith('/v1/opportunities/opp-1/'),
    );
    expect(writes.map((r) => `${r.method} ${r.path} ${r.answered}`)).toEqual([
      'POST /v1/opportunities/opp-1/addTags?perform_as=lever-user-1 200',
      'PUT /v1/opportunities/opp-1/stage?perform_as=lever-user-1 200',
      'POST /v1/opportunities/opp-1/notes?perform_as=lever-user-1 201',
    ]);
    expect(writes[0].body).toEqual({ tags: ['fixpoint: backend - pass'] });
    expect(writes[1].body).toEqual({ stage: 'stage-onsite' });
    const value = (note.body as { value: string }).value;
    expect(value).toMatch(/Score: \d+ \/ 100 \(pass at 50\)/);
    expect(value).toContain(`Report: ${PORTAL_URL}/reports/${String(invited.body.invitationId)}`);
    expect(value).toMatch(/- 1\. .+: \d+/);
    // Every write used the access token current at the time: refresh tokens were rotated.
    for (const write of writes) expect(write.authorization).toMatch(/^Bearer access-\d+$/);
    expect(lever.refreshes.length).toBeGreaterThan(0);
    expect(new Set(lever.refreshes).size).toBe(lever.refreshes.length);

    const { atsSyncs } = await api.ok<{ atsSyncs: { state: string; invitationId: string }[] }>(
      '{ atsSyncs(ats: "lever") { state invitationId } }',
      {},
      staff,
    );
    expect(atsSyncs).toEqual([{ state: 'delivered', invitationId: invited.body.invitationId }]);
    // The partner call log shows each signed delivery and what it did; the forged and stale
    // ones are not written (anyone can send those).
    const { atsPartnerCalls } = await api.ok<{
      atsPartnerCalls: { operation: string; status: number; detail: { outcome: string } }[];
    }>('{ atsPartnerCalls(ats: "lever") { operation status detail } }', {}, staff);
    expect(
      atsPartnerCalls.map((c) => `${c.operation} ${c.status} ${c.detail.outcome}`).reverse(),
    ).toEqual([
      'stage_change 200 invited',
      'stage_change 409 replayed',
      'stage_change 200 invited',
    ]);

    // Disconnect deletes the tokens: the webhook URL answers 404 from then on.
    await api.ok('mutation { disconnectLever }', {}, staff);
    expect((await deliver(lever.delivery('opp-1', 'stage-assess'))).status).toBe(404);
  }, 240_000);
});
