import { randomUUID } from 'node:crypto';
import { WorkflowExecutionAlreadyStartedError, WorkflowFailedError } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker, type WorkflowBundle } from '@temporalio/worker';
import {
  cancelCountdown,
  countdownState,
  countdownWorkflowId,
  extendCountdown,
} from '../src/contracts/countdown';
import { bundleWorkflows, createTimeSkippingEnv } from './temporal-env';

const MINUTE = 60_000;

describe('countdownWorkflow (time-skipping test server)', () => {
  let env: TestWorkflowEnvironment;
  let bundle: WorkflowBundle;

  beforeAll(async () => {
    [env, bundle] = await Promise.all([createTimeSkippingEnv(), bundleWorkflows()]);
  }, 120_000);

  afterAll(async () => {
    await env?.teardown();
  });

  // A worker of its own per test, on its own task queue.
  async function withWorker<T>(fn: (taskQueue: string) => Promise<T>): Promise<T> {
    const taskQueue = `test-${randomUUID()}`;
    const worker = await Worker.create({
      connection: env.nativeConnection,
      taskQueue,
      workflowBundle: bundle,
    });
    return worker.runUntil(fn(taskQueue));
  }

  const input = (durationMs: number) => ({ tenantId: 'acme', key: randomUUID(), durationMs });

  it('expires when its time is up, and not a moment before', async () => {
    await withWorker(async (taskQueue) => {
      const args = input(45 * MINUTE);
      const startedAt = await env.currentTimeMs();
      const handle = await env.client.workflow.start('countdownWorkflow', {
        taskQueue,
        workflowId: countdownWorkflowId(args),
        args: [args],
      });
      await env.sleep(44 * MINUTE);
      const early = await handle.query(countdownState);
      expect(early.outcome).toBeUndefined();
      expect(early.deadline - startedAt).toBeGreaterThanOrEqual(45 * MINUTE);
      expect(early.deadline - startedAt).toBeLessThan(46 * MINUTE);

      expect(await handle.result()).toBe('expired');
      expect((await env.currentTimeMs()) - startedAt).toBeGreaterThanOrEqual(45 * MINUTE);
    });
  });

  it('moves the deadline when extended (an accommodation), and says by how much', async () => {
    await withWorker(async (taskQueue) => {
      const args = input(30 * MINUTE);
      const startedAt = await env.currentTimeMs();
      const handle = await env.client.workflow.start('countdownWorkflow', {
        taskQueue,
        workflowId: countdownWorkflowId(args),
        args: [args],
      });
      await handle.signal(extendCountdown, 15 * MINUTE);
      await env.sleep(40 * MINUTE);
      const state = await handle.query(countdownState);
      expect(state.outcome).toBeUndefined();
      expect(state.extendedByMs).toBe(15 * MINUTE);
      expect(state.deadline - startedAt).toBeGreaterThanOrEqual(45 * MINUTE);
      expect(await handle.result()).toBe('expired');
      expect((await env.currentTimeMs()) - startedAt).toBeGreaterThanOrEqual(45 * MINUTE);
    });
  });

  it('ends at once as cancelled when cancelled', async () => {
    await withWorker(async (taskQueue) => {
      const args = input(24 * 60 * MINUTE);
      const handle = await env.client.workflow.start('countdownWorkflow', {
        taskQueue,
        workflowId: countdownWorkflowId(args),
        args: [args],
      });
      await handle.signal(cancelCountdown);
      expect(await handle.result()).toBe('cancelled');
      expect(await handle.query(countdownState)).toMatchObject({ outcome: 'cancelled' });
    });
  });

  it('starts once per tenant and key: a second start is refused', async () => {
    await withWorker(async (taskQueue) => {
      const args = input(10 * MINUTE);
      const options = { taskQueue, workflowId: countdownWorkflowId(args), args: [args] };
      const handle = await env.client.workflow.start('countdownWorkflow', options);
      await expect(env.client.workflow.start('countdownWorkflow', options)).rejects.toBeInstanceOf(
        WorkflowExecutionAlreadyStartedError,
      );
      await handle.signal(cancelCountdown);
      await handle.result();
    });
  });

  it('fails a countdown with a non-positive duration instead of expiring at once', async () => {
    await withWorker(async (taskQueue) => {
      const args = input(0);
      const run = env.client.workflow.execute('countdownWorkflow', {
        taskQueue,
        workflowId: countdownWorkflowId(args),
        args: [args],
      });
      await expect(run).rejects.toBeInstanceOf(WorkflowFailedError);
      await expect(run).rejects.toHaveProperty(
        'cause.message',
        'durationMs must be a positive integer, got 0',
      );
    });
  });
});
