import { randomUUID } from 'node:crypto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker, type WorkflowBundle } from '@temporalio/worker';
import {
  type DeliveryAttemptInput,
  type WebhookDeliveryInput,
  webhookDeliveryState,
  webhookDeliveryWorkflowId,
} from '../src/contracts/webhook-delivery';
import { bundleWorkflows, createTimeSkippingEnv } from './temporal-env';

// The API's default WEBHOOK_RETRY_SCHEDULE (platform-api/src/webhooks/retry-schedule.ts), in s.
const DEFAULT_SCHEDULE = [30, 120, 600, 1800, 3600, 10800, 21600, 43200, 86400, 86400];

/**
 * The webhook-delivery workflow on the time-skipping test server: the attempt is the API's
 * job (covered end to end in platform-api/test/ats/webhooks.e2e.spec.ts); here a receiver
 * that answers as told stands in for it, and the clock shows when each attempt happened.
 */
describe('webhookDeliveryWorkflow (time-skipping test server)', () => {
  let env: TestWorkflowEnvironment;
  let bundle: WorkflowBundle;

  beforeAll(async () => {
    [env, bundle] = await Promise.all([createTimeSkippingEnv(), bundleWorkflows()]);
  }, 120_000);

  afterAll(async () => {
    await env?.teardown();
  });

  async function deliver(
    answers: ('fail' | 'ok' | 'gone' | 'refused')[],
    retrySchedule = DEFAULT_SCHEDULE,
  ) {
    const taskQueue = `test-${randomUUID()}`;
    const attempts: { at: number; input: DeliveryAttemptInput }[] = [];
    const worker = await Worker.create({
      connection: env.nativeConnection,
      taskQueue,
      workflowBundle: bundle,
      activities: {
        attemptWebhookDelivery: async (input: DeliveryAttemptInput) => {
          attempts.push({ at: await env.currentTimeMs(), input });
          const answer = answers[Math.min(attempts.length - 1, answers.length - 1)];
          return {
            delivered: answer === 'ok',
            statusCode: answer === 'ok' ? 204 : 503,
            gone: answer === 'gone',
            refused: answer === 'refused',
          };
        },
      },
    });
    const input: WebhookDeliveryInput = {
      tenantId: 'acme',
      endpointId: randomUUID(),
      eventId: randomUUID(),
      retrySchedule,
      resend: 0,
    };
    const startedAt = await env.currentTimeMs();
    return worker.runUntil(async () => {
      const handle = await env.client.workflow.start('webhookDeliveryWorkflow', {
        taskQueue,
        workflowId: webhookDeliveryWorkflowId(input),
        args: [input],
      });
      const state = await handle.result();
      expect(await handle.query(webhookDeliveryState)).toEqual(state);
      return { state, attempts, startedAt, input };
    });
  }

  it('retries a receiver that never answers on the schedule, then gives up after about three days', async () => {
    const { state, attempts, startedAt } = await deliver(['fail']);
    expect(state).toEqual({ attempts: 11, outcome: 'failed' });
    const offsets = attempts.map((a) => (a.at - startedAt) / 1000);
    for (let i = 1; i < offsets.length; i++) {
      expect(offsets[i] - offsets[i - 1]).toBeGreaterThanOrEqual(DEFAULT_SCHEDULE[i - 1]);
      expect(offsets[i] - offsets[i - 1]).toBeLessThan(DEFAULT_SCHEDULE[i - 1] + 60);
    }
    expect(offsets.at(-1)! / 3600).toBeGreaterThan(70);
    expect(offsets.at(-1)! / 3600).toBeLessThan(72);
    expect(attempts.map((a) => a.input.attempt)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it('stops at the first delivery, each attempt naming its workflow and number', async () => {
    const { state, attempts, input } = await deliver(['fail', 'fail', 'ok']);
    expect(state).toEqual({ attempts: 3, outcome: 'delivered' });
    expect(attempts.map((a) => a.input)).toEqual(
      [1, 2, 3].map((attempt) => ({
        tenantId: 'acme',
        endpointId: input.endpointId,
        eventId: input.eventId,
        workflowId: webhookDeliveryWorkflowId(input),
        attempt,
      })),
    );
  });

  it('stops when the endpoint was removed', async () => {
    const { state } = await deliver(['fail', 'gone']);
    expect(state).toEqual({ attempts: 2, outcome: 'gone' });
  });

  it('stops at once, failed, when the URL was refused at delivery (not public): no three days of retries', async () => {
    const { state, attempts, startedAt } = await deliver(['fail', 'refused']);
    expect(state).toEqual({ attempts: 2, outcome: 'failed' });
    expect(attempts).toHaveLength(2);
    expect((attempts[1].at - startedAt) / 1000).toBeLessThan(DEFAULT_SCHEDULE[0] + 60);
  });
});
