import { createHmac, randomUUID } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { webhookDeliveryWorkflowId } from '@fixpoint/workflows/contracts';
import { ApiHarness } from '../support/api-harness';
import { TEMPORAL_ADDRESS } from '../support/env';
import { INTERNAL_TOKEN, WorkerProcess } from '../support/worker-process';
import { HiringClient } from '../hiring/hiring-client';
import { AtsClient } from '../ats/ats-client';
import { DECIDE, FORGED, JS, REPORT, type Report } from '../integrity/forgery';
import { solveFromMail, until } from '../integrations/candidate';
import { type Delivery, docReceivers } from './doc-snippets';
import { HoldingReceiver } from './holding-receiver';

const SIGNATURE = /^t=(\d+),v1=[0-9a-f]{64}$/;

/**
 * Webhook events end to end, checked by the receivers docs/ats-api.md publishes (its Node and
 * Python snippets, run by node and python3): a candidate's session start, its completion under
 * an integrity review and the recruiter's decision; a worker killed (SIGKILL) while deliveries
 * sleep on their retry timers, and one killed while a delivery is in flight (the retried
 * attempt does not send the delivered event again).
 */
describe('webhook events and the documented receivers', () => {
  let api: ApiHarness;
  let worker: WorkerProcess;
  let hiring: HiringClient;
  let ats: AtsClient;
  let staff: { token: string; tenantId: string; email: string };
  let assessmentId: string;
  const taskQueue = `api-test-${randomUUID()}`;

  async function endpoint(receiver: HoldingReceiver, events: string[]) {
    const made = await ats.call<{ id: string; secret: string }>(
      'createWebhookEndpoint',
      '/webhook-endpoints',
      { body: { url: receiver.url, events } },
    );
    receiver.secret = made.body.secret;
    return made.body.id;
  }

  async function invite(name: string) {
    const email = `${name}-${randomUUID()}@example.com`;
    const made = await ats.call<{ id: string }>('createInvitation', '/invitations', {
      body: {
        assessmentId,
        candidate: { email, firstName: name, lastName: 'Candidate' },
        externalReference: { ats: 'lever', applicationId: `opp-${randomUUID()}` },
      },
    });
    return { id: made.body.id, email };
  }

  /** The delivery log of one endpoint, oldest first. */
  async function log(endpointId: string) {
    const { rows } = await api.owner.query<{
      event_id: string;
      succeeded: boolean;
      status_code: number | null;
    }>(
      `select event_id, succeeded, status_code from webhook_deliveries
        where endpoint_id = $1 order by created_at, attempt`,
      [endpointId],
    );
    return rows;
  }

  beforeAll(async () => {
    api = await ApiHarness.start({
      sandbox: true,
      env: {
        TEMPORAL_TASK_QUEUE: taskQueue,
        INTERNAL_API_TOKEN: INTERNAL_TOKEN,
        // Seconds instead of days, long enough in all (about 40 s) to outlast a restart.
        WEBHOOK_RETRY_SCHEDULE: '1s,2s,2s,3s,3s,3s,3s,3s,3s,3s,3s,3s,3s,3s',
        OUTBOX_POLL_MS: '100',
        // The receivers here are local fakes on loopback (refused by default: SSRF).
        WEBHOOK_ALLOW_PRIVATE_HOSTS: 'loopback',
      },
    });
    worker = await WorkerProcess.start(api.base, taskQueue);
    hiring = new HiringClient(api);
    staff = await hiring.signUpCompany('Hook Readers Inc');
    assessmentId = await hiring.createPublishedAssessment(staff, [JS]);
    const { createApiKey } = await api.ok<{ createApiKey: { secret: string } }>(
      `mutation($i: ApiKeyInput!) { createApiKey(input: $i) { secret } }`,
      { i: { name: 'ATS', scopes: ['candidates:write', 'webhooks:manage'] } },
      staff,
    );
    ats = new AtsClient(api, createApiKey.secret);
  }, 120_000);

  afterAll(async () => {
    await worker?.stop();
    await api?.stop();
  });

  it('delivers session.started, a withheld assessment.completed and result.decided, accepted by the docs’ Node and Python receivers', async () => {
    const receiver = await HoldingReceiver.start();
    try {
      await endpoint(receiver, [
        'invitation.created',
        'session.started',
        'assessment.completed',
        'result.decided',
      ]);
      const candidate = await invite('forger');
      await solveFromMail(api, hiring, staff, candidate.email, FORGED);
      const { candidateReport } = await api.ok<{ candidateReport: Report }>(
        REPORT,
        { id: candidate.id },
        staff,
      );
      expect(candidateReport.reviewRequired).toBe(true);
      await until('the withheld completion', async () =>
        receiver.arrivals.find((a) => a.type === 'assessment.completed'),
      );
      await api.ok(
        DECIDE,
        {
          s: candidateReport.challenges[0].integrity!.submissionId,
          d: 'REJECT',
          r: 'the assert was stubbed out',
        },
        staff,
      );
      await until('the decision', async () =>
        receiver.arrivals.find((a) => a.type === 'result.decided'),
      );

      const byType = new Map(receiver.arrivals.map((a) => [a.type, a]));
      expect([...byType.keys()].sort()).toEqual([
        'assessment.completed',
        'invitation.created',
        'result.decided',
        'session.started',
      ]);
      expect(receiver.arrivals).toHaveLength(4);
      const data = (type: string) =>
        (JSON.parse(byType.get(type)!.body) as { data: Record<string, unknown> }).data;
      const reference = { ats: 'lever', applicationId: expect.stringMatching(/^opp-/) };
      expect(data('session.started')).toEqual({
        invitationId: candidate.id,
        assessmentId,
        externalReference: expect.objectContaining(reference),
      });
      // The ATS must not act on a number a recruiter may still reject: no score yet.
      expect(data('assessment.completed')).toMatchObject({
        invitationId: candidate.id,
        score: null,
        reviewRequired: true,
      });
      expect(data('result.decided')).toMatchObject({
        invitationId: candidate.id,
        assessmentId,
        decision: 'rejected',
        score: 0,
        reviewRequired: false,
        externalReference: expect.objectContaining(reference),
      });
      for (const arrival of receiver.arrivals) {
        expect(arrival.headers['fixpoint-signature']).toMatch(SIGNATURE);
        expect(arrival.headers['fixpoint-event-id']).toBe(arrival.id);
        expect(arrival.headers['fixpoint-event-type']).toBe(arrival.type);
      }

      // The documented receivers: every genuine delivery accepted and handled once, a redelivery
      // acknowledged but not handled again, and forgeries refused.
      const decided = byType.get('result.decided')!;
      const now = Math.floor(Date.now() / 1000);
      const signed = (secret: string, t: number, body: string) =>
        `t=${t},v1=${createHmac('sha256', secret).update(`${t}.${body}`).digest('hex')}`;
      const forged: Delivery[] = [
        // Another body under the server's header.
        { ...decided, body: decided.body.replace('"rejected"', '"accepted"') },
        // Signed with another secret.
        {
          ...decided,
          headers: { 'fixpoint-signature': signed('whsec_guessed', now, decided.body) },
        },
        // A genuine signature, ten minutes old (a captured delivery replayed later).
        {
          ...decided,
          headers: { 'fixpoint-signature': signed(receiver.secret, now - 600, decided.body) },
        },
        // The server's signature with its timestamp moved.
        {
          ...decided,
          headers: {
            'fixpoint-signature': decided.headers['fixpoint-signature'].replace(
              SIGNATURE,
              (header, t: string) => header.replace(`t=${t}`, `t=${Number(t) + 1}`),
            ),
          },
        },
      ];
      const deliveries = [...receiver.arrivals, receiver.arrivals[0], ...forged];
      const ids = receiver.arrivals.map((a) => a.id);
      for (const [language, verdicts] of Object.entries(docReceivers(deliveries))) {
        expect({ language, answers: verdicts.answers }).toEqual({
          language,
          answers: [
            ...ids.map(() => ({ status: 204, verified: true })),
            { status: 204, verified: true },
            ...forged.map(() => ({ status: 400, verified: false })),
          ],
        });
        expect({ language, handled: verdicts.handled }).toEqual({ language, handled: ids });
      }
    } finally {
      await receiver.stop();
    }
  }, 240_000);

  it('a worker killed while deliveries wait to retry: after the restart each event arrives once, signed the same way', async () => {
    const receiver = await HoldingReceiver.start();
    try {
      const endpointId = await endpoint(receiver, ['invitation.created', 'invitation.cancelled']);
      receiver.mode = 'down';
      const first = await invite('kept');
      const second = await invite('dropped');
      await ats.call('cancelInvitation', `/invitations/${second.id}/cancel`, { body: {} });

      await until('a refused attempt of each of the three events', async () => {
        const refused = new Set(
          (await log(endpointId)).filter((r) => r.status_code === 503).map((r) => r.event_id),
        );
        return refused.size === 3;
      });
      await worker.kill();
      receiver.mode = 'up';
      await new Promise((r) => setTimeout(r, 1500));
      const restarted = Date.now();
      worker = await WorkerProcess.start(api.base, taskQueue);

      await until('the three events', async () => receiver.arrivals.length >= 3);
      // Nothing else turns up later: each event was delivered once.
      await new Promise((r) => setTimeout(r, 4000));
      expect(receiver.arrivals).toHaveLength(3);
      expect(new Set(receiver.arrivals.map((a) => a.id)).size).toBe(3);
      expect(
        receiver.arrivals
          .map(
            (a) =>
              `${a.type} ${(JSON.parse(a.body) as { data: { invitationId: string } }).data.invitationId}`,
          )
          .sort(),
      ).toEqual(
        [
          `invitation.cancelled ${second.id}`,
          `invitation.created ${first.id}`,
          `invitation.created ${second.id}`,
        ].sort(),
      );
      for (const arrival of receiver.arrivals) {
        expect(arrival.at).toBeGreaterThanOrEqual(restarted);
        expect(arrival.headers['fixpoint-signature']).toMatch(SIGNATURE);
      }
      for (const verdicts of Object.values(docReceivers(receiver.arrivals)))
        expect(verdicts.answers.every((a) => a.status === 204 && a.verified)).toBe(true);
      // The log: refusals while the receiver was down, then one success per event.
      const rows = await log(endpointId);
      expect(
        rows
          .filter((r) => r.succeeded)
          .map((r) => r.event_id)
          .sort(),
      ).toEqual(receiver.arrivals.map((a) => a.id).sort());
      expect(rows.filter((r) => !r.succeeded).every((r) => r.status_code === 503)).toBe(true);
    } finally {
      await receiver.stop();
    }
  }, 180_000);

  it('a worker killed while a delivery is in flight: the retried attempt does not POST the delivered event again', async () => {
    const receiver = await HoldingReceiver.start();
    const connection = await Connection.connect({ address: TEMPORAL_ADDRESS });
    try {
      const endpointId = await endpoint(receiver, ['invitation.created']);
      receiver.mode = 'hold';
      const candidate = await invite('inflight');
      await until('the delivery in flight', async () => receiver.holding === 1);
      await worker.kill();
      // The receiver answers now; the worker that asked for the attempt never hears it.
      receiver.mode = 'up';
      receiver.release();
      worker = await WorkerProcess.start(api.base, taskQueue);

      // Temporal retries the attempt once the dead worker's heartbeats stop (15 s); the API
      // sees this chain's successful row and answers delivered without a second POST.
      const eventId = receiver.arrivals[0].id;
      const handle = new Client({ connection }).workflow.getHandle(
        webhookDeliveryWorkflowId({ tenantId: staff.tenantId, endpointId, eventId, resend: 0 }),
      );
      const state = await Promise.race([
        handle.result(),
        new Promise<never>((_, reject) =>
          setTimeout(() => reject(new Error('the delivery workflow never ended')), 60_000),
        ),
      ]);
      expect(state).toEqual({ attempts: 1, outcome: 'delivered' });
      // The one attempt that answered was Temporal's retry, not the lost first ask.
      const { events } = await handle.fetchHistory();
      const started = (events ?? []).flatMap((e) => e.activityTaskStartedEventAttributes ?? []);
      expect(started.map((a) => a.attempt)).toEqual([expect.any(Number)]);
      expect(started[0].attempt).toBeGreaterThan(1);

      expect(receiver.arrivals).toHaveLength(1);
      expect(
        (JSON.parse(receiver.arrivals[0].body) as { data: { invitationId: string } }).data
          .invitationId,
      ).toBe(candidate.id);
      for (const verdicts of Object.values(docReceivers(receiver.arrivals)))
        expect(verdicts.answers).toEqual([{ status: 204, verified: true }]);
      // The log: one attempt, delivered (no second success row for the retried ask).
      expect(await log(endpointId)).toEqual([
        { event_id: eventId, succeeded: true, status_code: 204 },
      ]);
    } finally {
      await connection.close();
      await receiver.stop();
    }
  }, 120_000);

  it('an attempt asked again while its POST is in flight, or once it delivered, does not POST again; a "send again" does', async () => {
    const receiver = await HoldingReceiver.start();
    try {
      const endpointId = await endpoint(receiver, ['invitation.created']);
      const eventId = randomUUID();
      await api.owner.query(
        `insert into webhook_events (id, tenant_id, type, payload)
         values ($1, $2, 'invitation.created', '{}')`,
        [eventId, staff.tenantId],
      );
      // What the worker's activity asks (Temporal repeats an ask whose answer it lost).
      const ask = (workflowId = `test-${eventId}`) =>
        fetch(`${api.base}/internal/v1/webhook-deliveries`, {
          method: 'POST',
          headers: {
            authorization: `Bearer ${INTERNAL_TOKEN}`,
            'content-type': 'application/json',
          },
          body: JSON.stringify({
            tenantId: staff.tenantId,
            endpointId,
            eventId,
            workflowId,
            attempt: 1,
          }),
        });
      const delivered = { delivered: true, statusCode: 204, gone: false, refused: false };

      receiver.mode = 'hold';
      const first = ask();
      await until('the POST in flight', async () => receiver.holding === 1);
      // Asked again meanwhile: "in flight, retry" (the activity retries a 409), no second POST.
      expect((await ask()).status).toBe(409);
      receiver.mode = 'up';
      receiver.release();
      expect(await (await first).json()).toEqual(delivered);
      // Asked again after it went through: delivered, from the log, without POSTing.
      expect(await (await ask()).json()).toEqual(delivered);
      expect(receiver.arrivals).toHaveLength(1);
      expect(await log(endpointId)).toEqual([
        { event_id: eventId, succeeded: true, status_code: 204 },
      ]);

      // "Send again" is a chain of its own: the event goes out again, with the same id.
      expect(await (await ask(`test-${eventId}-resend-1`)).json()).toEqual(delivered);
      expect(receiver.arrivals.map((a) => a.id)).toEqual([eventId, eventId]);
    } finally {
      await receiver.stop();
    }
  }, 60_000);
});
