import { randomUUID } from 'node:crypto';
import { ApiHarness } from '../support/api-harness';
import { INTERNAL_TOKEN, WorkerProcess } from '../support/worker-process';
import { HiringClient } from '../hiring/hiring-client';
import { AtsClient } from './ats-client';
import { verifySignature } from '../../src/webhooks/signature';
import { WebhookReceiver } from './webhook-receiver';

const SLUG = 'py-paginate-last-page';

async function until<T>(what: string, probe: () => Promise<T | undefined | false>, ms = 60_000) {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/**
 * Webhooks end to end: outbox events → one Temporal workflow per (event, endpoint) on the
 * real worker → signed POSTs to a receiver that is down for the first attempts. The worker is
 * restarted while deliveries wait on their retry timers; nothing is lost.
 */
describe('webhook delivery', () => {
  let api: ApiHarness;
  let worker: WorkerProcess;
  let receiver: WebhookReceiver;
  let staff: { token: string; tenantId: string; email: string };
  let ats: AtsClient;
  let assessmentId: string;
  const taskQueue = `api-test-${randomUUID()}`;

  beforeAll(async () => {
    api = await ApiHarness.start({
      env: {
        TEMPORAL_TASK_QUEUE: taskQueue,
        INTERNAL_API_TOKEN: INTERNAL_TOKEN,
        // Seconds instead of days: ten retries within about 20 s.
        WEBHOOK_RETRY_SCHEDULE: '1s,1s,2s,2s,2s,3s,3s,3s,3s,3s',
        OUTBOX_POLL_MS: '100',
        INVITE_EXPIRY_SWEEP_MS: '300',
        // The receivers here are local fakes on loopback (refused by default: SSRF).
        WEBHOOK_ALLOW_PRIVATE_HOSTS: 'loopback',
      },
    });
    worker = await WorkerProcess.start(api.base, taskQueue);
    receiver = await WebhookReceiver.start();
    const hiring = new HiringClient(api);
    staff = await hiring.signUpCompany('Hooks Inc');
    assessmentId = await hiring.createPublishedAssessment(staff, [SLUG]);
    const { createApiKey } = await api.ok<{ createApiKey: { secret: string } }>(
      `mutation($i: ApiKeyInput!) { createApiKey(input: $i) { secret } }`,
      { i: { name: 'ATS', scopes: ['candidates:write', 'webhooks:manage'] } },
      staff,
    );
    ats = new AtsClient(api, createApiKey.secret);
  }, 90_000);

  afterAll(async () => {
    await worker?.stop();
    await receiver?.stop();
    await api?.stop();
  });

  it('delivers every event at least once through a receiver outage and a worker restart, signed', async () => {
    const endpoint = await ats.call<{ id: string; secret: string }>(
      'createWebhookEndpoint',
      '/webhook-endpoints',
      {
        body: {
          url: receiver.url,
          events: ['invitation.created', 'invitation.cancelled', 'assessment.completed'],
        },
      },
    );
    receiver.secret = endpoint.body.secret;
    receiver.down = true;

    const made = [];
    for (const n of [1, 2]) {
      made.push(
        await ats.call<{ id: string }>('createInvitation', '/invitations', {
          body: {
            assessmentId,
            candidate: {
              email: `hook-${n}-${randomUUID()}@example.com`,
              firstName: 'Hook',
              lastName: `${n}`,
            },
            externalReference: { ats: 'greenhouse', applicationId: `app-${n}-${randomUUID()}` },
          },
        }),
      );
    }
    await ats.call('cancelInvitation', `/invitations/${made[1].body.id}/cancel`, { body: {} });
    // The session of the first one ends: the report is ready (as finalize writes it).
    await api.owner.query(
      `insert into outbox (tenant_id, topic, payload) values ($1, 'assessment.report_ready', $2)`,
      [
        staff.tenantId,
        JSON.stringify({
          sessionId: randomUUID(),
          inviteId: made[0].body.id,
          assessmentId,
          score: 73,
        }),
      ],
    );

    // Each of the four events fails at least once against the receiver that is down.
    await until('a failed attempt of each event', async () => {
      const { rows } = await api.owner.query<{ n: string }>(
        `select count(distinct event_id) as n from webhook_deliveries
          where endpoint_id = $1 and not succeeded and status_code = 503`,
        [endpoint.body.id],
      );
      return Number(rows[0].n) === 4;
    });

    // The worker goes away while the deliveries sleep on their retry timers, and comes back.
    await worker.stop();
    await new Promise((r) => setTimeout(r, 1500));
    worker = await WorkerProcess.start(api.base, taskQueue);
    receiver.down = false;

    const events = await until('all four events', async () => {
      const unique = receiver.unique();
      return unique.size === 4 ? unique : undefined;
    });
    expect([...events.values()].map((e) => e.type).sort()).toEqual([
      'assessment.completed',
      'invitation.cancelled',
      'invitation.created',
      'invitation.created',
    ]);
    for (const delivery of receiver.deliveries) expect(delivery.signatureValid).toBe(true);
    const completed = [...events.values()].find((e) => e.type === 'assessment.completed')!;
    expect(JSON.parse(completed.body)).toMatchObject({
      data: { invitationId: made[0].body.id, score: 73, externalReference: { ats: 'greenhouse' } },
    });
    // A signature over another body, or with another secret, does not verify.
    expect(
      verifySignature(receiver.secret, completed.header, completed.body.replace('73', '99')),
    ).toBe(false);
    expect(verifySignature('whsec_other', completed.header, completed.body)).toBe(false);

    // The recruiter who made the key (and so invited) is told the report is ready.
    const hiring = new HiringClient(api);
    const mail = await hiring.waitForMail(staff, staff.email);
    expect(mail.subject).toMatch(/^Report ready: /);

    // The portal's delivery log shows the failures then the success; "send again" delivers the
    // same event id again (the receiver deduplicates it).
    const { webhookDeliveries } = await api.ok<{
      webhookDeliveries: { eventId: string; succeeded: boolean; statusCode: number | null }[];
    }>(
      `query($e: ID!) { webhookDeliveries(endpointId: $e) { eventId succeeded statusCode } }`,
      { e: endpoint.body.id },
      staff,
    );
    expect(webhookDeliveries.filter((d) => d.succeeded)).toHaveLength(4);
    expect(webhookDeliveries.filter((d) => d.statusCode === 503).length).toBeGreaterThanOrEqual(4);
    const before = receiver.deliveries.length;
    await api.ok(
      `mutation($e: ID!, $v: ID!) { resendWebhookEvent(endpointId: $e, eventId: $v) }`,
      { e: endpoint.body.id, v: completed.id },
      staff,
    );
    await until('the resent delivery', async () => receiver.deliveries.length > before);
    expect(receiver.deliveries.at(-1)!.id).toBe(completed.id);
    expect(receiver.unique().size).toBe(4);
  }, 120_000);

  it('announces invitations made and revoked in the portal, as the API ones', async () => {
    const portal = await WebhookReceiver.start();
    try {
      const endpoint = await ats.call<{ id: string; secret: string }>(
        'createWebhookEndpoint',
        '/webhook-endpoints',
        { body: { url: portal.url, events: ['invitation.created', 'invitation.cancelled'] } },
      );
      portal.secret = endpoint.body.secret;
      const hiring = new HiringClient(api);
      const { inviteId } = await hiring.inviteCandidate(
        staff,
        assessmentId,
        `portal-${randomUUID()}@example.com`,
      );
      await api.ok(`mutation($id: ID!) { revokeInvite(id: $id) { id } }`, { id: inviteId }, staff);
      const events = await until('both portal events', async () => {
        const unique = portal.unique();
        return unique.size === 2 ? [...unique.values()] : undefined;
      });
      expect(events.map((e) => e.type).sort()).toEqual([
        'invitation.cancelled',
        'invitation.created',
      ]);
      for (const event of events) {
        expect(event.signatureValid).toBe(true);
        expect(JSON.parse(event.body)).toMatchObject({
          data: { invitationId: inviteId, assessmentId },
        });
      }
    } finally {
      await portal.stop();
    }
  }, 90_000);

  it('announces an invitation that expired before its candidate began, exactly once', async () => {
    const expiries = await WebhookReceiver.start();
    try {
      const endpoint = await ats.call<{ id: string; secret: string }>(
        'createWebhookEndpoint',
        '/webhook-endpoints',
        { body: { url: expiries.url, events: ['invitation.expired'] } },
      );
      expiries.secret = endpoint.body.secret;
      const invitation = await ats.call<{ id: string }>('createInvitation', '/invitations', {
        body: {
          assessmentId,
          candidate: {
            email: `late-${randomUUID()}@example.com`,
            firstName: 'Late',
            lastName: 'Candidate',
          },
          externalReference: { ats: 'greenhouse', applicationId: `late-${randomUUID()}` },
        },
      });
      // Nobody opened the link and its time passed (as seven days would).
      await api.owner.query(
        `update candidate_invites set expires_at = now() - interval '1 minute' where id = $1`,
        [invitation.body.id],
      );
      const events = await until('the expiry event', async () => {
        const unique = expiries.unique();
        return unique.size === 1 ? unique : undefined;
      });
      const [event] = [...events.values()];
      expect(event.type).toBe('invitation.expired');
      expect(JSON.parse(event.body)).toMatchObject({ data: { invitationId: invitation.body.id } });
      expect(expiries.deliveries.every((d) => d.signatureValid)).toBe(true);
      // Later sweeps do not announce it again.
      await new Promise((r) => setTimeout(r, 1500));
      const { rows } = await api.owner.query<{ n: string }>(
        `select count(*) as n from outbox where topic = 'invitation.expired' and payload->>'invitationId' = $1`,
        [invitation.body.id],
      );
      expect(Number(rows[0].n)).toBe(1);
      expect(expiries.unique().size).toBe(1);
    } finally {
      await expiries.stop();
    }
  }, 90_000);
});
