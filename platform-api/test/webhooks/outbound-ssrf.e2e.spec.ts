import { randomUUID } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { webhookDeliveryWorkflowId } from '@fixpoint/workflows/contracts';
import { loadConfig } from '../../src/config/load-config';
import { webhookSecretContext } from '../../src/secrets/sealed-columns';
import { SecretBox } from '../../src/secrets/secret-box';
import { AtsClient } from '../ats/ats-client';
import { WebhookReceiver } from '../ats/webhook-receiver';
import { HiringClient } from '../hiring/hiring-client';
import { ApiHarness } from '../support/api-harness';
import { TEMPORAL_ADDRESS } from '../support/env';
import { INTERNAL_TOKEN, WorkerProcess } from '../support/worker-process';

const PRIVATE_URLS = [
  'http://127.0.0.1:9000/hook',
  'http://localhost/hook',
  'http://169.254.169.254/latest/meta-data/',
  'http://10.0.0.5/hook',
  'http://192.168.1.10/hook',
  'http://[::1]/hook',
  'http://[fd00::1]/hook',
  'http://[fe80::1]/hook',
  'http://[::ffff:127.0.0.1]/hook',
  'http://2130706433/hook',
  'http://metadata.google.internal/computeMetadata/v1/',
];

interface Problem {
  code: string;
  errors?: { pointer: string }[];
}

/** A tenant with an API key, on one API. */
async function tenantOn(api: ApiHarness) {
  const staff = await new HiringClient(api).signUpCompany('Outbound Inc');
  const { createApiKey } = await api.ok<{ createApiKey: { secret: string } }>(
    `mutation($i: ApiKeyInput!) { createApiKey(input: $i) { secret } }`,
    { i: { name: 'ATS', scopes: ['webhooks:manage', 'ats:greenhouse'] } },
    staff,
  );
  return { staff, key: createApiKey.secret, ats: new AtsClient(api, createApiKey.secret) };
}

/**
 * An endpoint row as one registered before the check (or whose name resolved publicly then):
 * the delivery must check again, at the address it connects to.
 */
async function endpointRow(api: ApiHarness, tenantId: string, url: string) {
  const box = new SecretBox(loadConfig({ NODE_ENV: 'development' }).SECRETS_KEYS);
  const id = randomUUID();
  const eventId = randomUUID();
  await api.owner.query(
    `insert into webhook_endpoints (id, tenant_id, url, events, secret_sealed)
     values ($1, $2, $3, '{invitation.created}', $4)`,
    [id, tenantId, url, box.seal('whsec_test', webhookSecretContext(id))],
  );
  await api.owner.query(
    `insert into webhook_events (id, tenant_id, type, payload) values ($1, $2, 'invitation.created', '{}')`,
    [eventId, tenantId],
  );
  return { endpointId: id, eventId };
}

async function attemptDelivery(api: ApiHarness, tenantId: string, url: string) {
  const ids = await endpointRow(api, tenantId, url);
  const res = await fetch(`${api.base}/internal/v1/webhook-deliveries`, {
    method: 'POST',
    headers: { authorization: `Bearer ${INTERNAL_TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify({ tenantId, ...ids, workflowId: `test-${ids.eventId}`, attempt: 1 }),
  });
  const answer = (await res.json()) as { delivered: boolean };
  const { rows } = await api.owner.query<{ error: string | null }>(
    'select error from webhook_deliveries where event_id = $1',
    [ids.eventId],
  );
  return { delivered: answer.delivered, error: rows[0]?.error ?? null };
}

describe('outbound URLs cannot reach private addresses (SSRF)', () => {
  const taskQueue = `api-test-${randomUUID()}`;
  let api: ApiHarness;
  let receiver: WebhookReceiver;
  let tenant: Awaited<ReturnType<typeof tenantOn>>;

  beforeAll(async () => {
    // The production setting: no private host at all. A failed delivery's first retry waits
    // five minutes, so one that stops at once is told apart from one that retries.
    api = await ApiHarness.start({
      env: {
        INTERNAL_API_TOKEN: INTERNAL_TOKEN,
        TEMPORAL_TASK_QUEUE: taskQueue,
        WEBHOOK_RETRY_SCHEDULE: '5m,1h,24h',
      },
    });
    receiver = await WebhookReceiver.start();
    tenant = await tenantOn(api);
  }, 90_000);

  afterAll(async () => {
    await receiver?.stop();
    await api?.stop();
  });

  it.each(PRIVATE_URLS)('refuses a webhook endpoint at %s with URL_NOT_PUBLIC', async (url) => {
    const res = await tenant.ats.call<Problem>('createWebhookEndpoint', '/webhook-endpoints', {
      body: { url, events: ['invitation.created'] },
    });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('URL_NOT_PUBLIC');
    expect(res.body.errors?.[0].pointer).toBe('/url');
  });

  it('refuses it in the portal too, with the reason', async () => {
    const result = await api.gql(
      `mutation($i: WebhookEndpointInput!) { createWebhookEndpoint(input: $i) { secret } }`,
      { i: { url: 'http://169.254.169.254/latest', events: ['invitation.created'] } },
      tenant.staff,
    );
    expect(result.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'URL_NOT_PUBLIC',
    });
  });

  it('refuses a Greenhouse callback URL on loopback at send_test', async () => {
    const res = await fetch(`${api.base}/ats/greenhouse/v1/send_test`, {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from(`${tenant.key}:`).toString('base64')}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({
        partner_test_id: randomUUID(),
        candidate: { first_name: 'A', last_name: 'B', email: 'a@example.com' },
        url: 'http://127.0.0.1:6379/',
      }),
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as Problem).code).toBe('URL_NOT_PUBLIC');
  });

  it('at delivery resolves the name and sends nothing to a loopback address', async () => {
    // localhost resolves (from /etc/hosts) to the receiver's own address.
    const url = receiver.url.replace('127.0.0.1', 'localhost');
    const outcome = await attemptDelivery(api, tenant.staff.tenantId, url);
    expect(outcome.delivered).toBe(false);
    expect(outcome.error).toMatch(/^URL_NOT_PUBLIC/);
    const literal = await attemptDelivery(api, tenant.staff.tenantId, receiver.url);
    expect(literal.error).toMatch(/^URL_NOT_PUBLIC/);
    expect(receiver.deliveries).toHaveLength(0);
  });

  it('a delivery refused as not public fails at once, with its reason in the portal’s log, instead of retrying for three days', async () => {
    // Registered while its name was public; it now resolves to loopback (as a DNS change would).
    const url = receiver.url.replace('127.0.0.1', 'localhost');
    const { endpointId, eventId } = await endpointRow(api, tenant.staff.tenantId, url);
    const worker = await WorkerProcess.start(api.base, taskQueue);
    const connection = await Connection.connect({ address: TEMPORAL_ADDRESS });
    try {
      // The portal's "send again" starts the delivery workflow.
      await api.ok(
        `mutation($e: ID!, $v: ID!) { resendWebhookEvent(endpointId: $e, eventId: $v) }`,
        { e: endpointId, v: eventId },
        tenant.staff,
      );
      const handle = new Client({ connection }).workflow.getHandle(
        webhookDeliveryWorkflowId({
          tenantId: tenant.staff.tenantId,
          endpointId,
          eventId,
          resend: 1,
        }),
      );
      // The first retry would wait five minutes: ending well before proves there was none.
      const state = await Promise.race([
        handle.result(),
        new Promise<never>((_, reject) =>
          setTimeout(() => reject(new Error('the delivery is still retrying')), 60_000),
        ),
      ]);
      expect(state).toEqual({ attempts: 1, outcome: 'failed' });

      const { webhookDeliveries } = await api.ok<{
        webhookDeliveries: { succeeded: boolean; statusCode: number | null; error: string }[];
      }>(
        `query($e: ID!) { webhookDeliveries(endpointId: $e) { succeeded statusCode error } }`,
        { e: endpointId },
        tenant.staff,
      );
      expect(webhookDeliveries).toEqual([
        {
          succeeded: false,
          statusCode: null,
          error: expect.stringMatching(/^URL_NOT_PUBLIC \(not retried\): /),
        },
      ]);
      expect(receiver.deliveries).toHaveLength(0);
    } finally {
      await connection.close();
      await worker.stop();
    }
  }, 120_000);

  it('refuses WEBHOOK_ALLOW_PRIVATE_HOSTS=loopback in production', () => {
    expect(() =>
      loadConfig({
        NODE_ENV: 'production',
        JWT_SECRET: 'x'.repeat(40),
        WEBHOOK_ALLOW_PRIVATE_HOSTS: 'loopback',
      }),
    ).toThrow(/WEBHOOK_ALLOW_PRIVATE_HOSTS: must be none in production/);
  });
});

describe('WEBHOOK_ALLOW_PRIVATE_HOSTS=loopback (development and tests)', () => {
  let api: ApiHarness;
  let receiver: WebhookReceiver;
  let tenant: Awaited<ReturnType<typeof tenantOn>>;

  beforeAll(async () => {
    api = await ApiHarness.start({
      env: { INTERNAL_API_TOKEN: INTERNAL_TOKEN, WEBHOOK_ALLOW_PRIVATE_HOSTS: 'loopback' },
    });
    receiver = await WebhookReceiver.start();
    tenant = await tenantOn(api);
  }, 90_000);

  afterAll(async () => {
    await receiver?.stop();
    await api?.stop();
  });

  it('accepts and delivers to a local receiver', async () => {
    const res = await tenant.ats.call('createWebhookEndpoint', '/webhook-endpoints', {
      body: { url: receiver.url, events: ['invitation.created'] },
    });
    expect(res.status).toBe(201);
    const outcome = await attemptDelivery(api, tenant.staff.tenantId, receiver.url);
    expect(outcome).toEqual({ delivered: true, error: null });
    expect(receiver.deliveries).toHaveLength(1);
  });

  it('still refuses every private range that is not loopback', async () => {
    for (const url of ['http://10.0.0.5/hook', 'http://169.254.169.254/', 'http://[fd00::1]/']) {
      const res = await tenant.ats.call<Problem>('createWebhookEndpoint', '/webhook-endpoints', {
        body: { url, events: ['invitation.created'] },
      });
      expect(res.body.code).toBe('URL_NOT_PUBLIC');
    }
  });
});
