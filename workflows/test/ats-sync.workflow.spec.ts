import { randomUUID } from 'node:crypto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker, type WorkflowBundle } from '@temporalio/worker';
import {
  atsResultChanged,
  type AtsSyncInput,
  atsSyncRetry,
  atsSyncState,
  type AtsSyncStepOutput,
  atsSyncWorkflowId,
} from '../src/contracts/ats-sync';
import { bundleWorkflows, createTimeSkippingEnv } from './temporal-env';

const backoff = { initialSeconds: 30, maxSeconds: 3600 };

/**
 * The ATS-sync workflow on the time-skipping test server. The step is the API's job (covered
 * end to end in platform-api/test/integrations/greenhouse.e2e.spec.ts, against a Greenhouse
 * server); here a stand-in answers as told and the clock shows when each step happened.
 */
describe('atsSyncWorkflow (time-skipping test server)', () => {
  let env: TestWorkflowEnvironment;
  let bundle: WorkflowBundle;

  beforeAll(async () => {
    [env, bundle] = await Promise.all([createTimeSkippingEnv(), bundleWorkflows()]);
  }, 120_000);

  afterAll(async () => {
    await env?.teardown();
  });

  async function sync(
    answers: AtsSyncStepOutput['outcome'][],
    during?: (handle: { signal: (s: typeof atsSyncRetry) => Promise<void> }) => Promise<void>,
    retryable = true,
  ) {
    const taskQueue = `test-${randomUUID()}`;
    const steps: number[] = [];
    const worker = await Worker.create({
      connection: env.nativeConnection,
      taskQueue,
      workflowBundle: bundle,
      activities: {
        atsSyncStep: async (): Promise<AtsSyncStepOutput> => {
          steps.push(await env.currentTimeMs());
          const outcome = answers[Math.min(steps.length - 1, answers.length - 1)];
          return { outcome, retryable, detail: outcome === 'failed' ? 'answered 503' : '' };
        },
      },
    });
    const input: AtsSyncInput = {
      tenantId: 'acme',
      syncId: randomUUID(),
      ats: 'greenhouse',
      externalRef: `gh_${randomUUID()}`,
      backoff,
      pollSeconds: 3600,
    };
    const startedAt = await env.currentTimeMs();
    return worker.runUntil(async () => {
      const handle = await env.client.workflow.start('atsSyncWorkflow', {
        taskQueue,
        workflowId: atsSyncWorkflowId(input),
        args: [input],
      });
      if (during) await during(handle);
      const state = await handle.result();
      expect(await handle.query(atsSyncState)).toEqual(state);
      return { state, offsets: steps.map((s) => (s - startedAt) / 1000) };
    });
  }

  it('waits for the final result, then retries a failing ATS with doubling backoff until it accepts', async () => {
    const { state, offsets } = await sync(['not_final', 'failed', 'failed', 'failed', 'delivered']);
    expect(state).toEqual({ phase: 'delivered', attempts: 4, lastError: null });
    // Not final: the next look is the poll an hour later (no signal came).
    expect(offsets[1] - offsets[0]).toBeGreaterThanOrEqual(3600);
    const gaps = offsets.slice(2).map((o, i) => o - offsets[i + 1]);
    expect(gaps.map((g) => Math.round(g))).toEqual([30, 60, 120]);
  });

  it('looks again at once when told the result changed', async () => {
    let signalled = 0;
    const { state, offsets } = await sync(['not_final', 'delivered'], async (handle) => {
      await new Promise((r) => setTimeout(r, 500));
      signalled = await env.currentTimeMs();
      await (handle as unknown as { signal: (s: typeof atsResultChanged) => Promise<void> }).signal(
        atsResultChanged,
      );
    });
    expect(state.phase).toBe('delivered');
    expect(offsets[1]).toBeLessThan(3600);
    expect(signalled).toBeGreaterThan(0);
  });

  it('stops when the invitation will never have a result', async () => {
    const { state, offsets } = await sync(['closed']);
    expect(state).toEqual({ phase: 'closed', attempts: 0, lastError: null });
    expect(offsets).toHaveLength(1);
  });

  it('waits for a person after a failure retrying cannot fix, and tries again on Retry', async () => {
    const { state, offsets } = await sync(
      ['failed', 'delivered'],
      async (handle) => {
        await new Promise((r) => setTimeout(r, 1000));
        await handle.signal(atsSyncRetry);
      },
      false,
    );
    expect(state).toEqual({ phase: 'delivered', attempts: 2, lastError: null });
    expect(offsets).toHaveLength(2);
  });
});
