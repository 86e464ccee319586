import { randomUUID } from 'node:crypto';
import { WorkflowExecutionAlreadyStartedError, WorkflowFailedError } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker, type WorkflowBundle } from '@temporalio/worker';
import { ApplicationFailure } from '@temporalio/activity';
import fc from 'fast-check';
import {
  ASSESSMENT_SESSION_WORKFLOW_TYPE,
  type AssessmentSessionInput,
  assessmentSessionWorkflowId,
  beginSession,
  type FinalizeInput,
  recordRun,
  SESSION_ACTIVITIES,
  sessionState,
  submitSession,
} from '../src/contracts/assessment-session';
import { bundleWorkflows, createTimeSkippingEnv } from './temporal-env';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/**
 * The session workflow under the time-skipping test server. Its one activity (the API's
 * finalize call) is a recorder here: the real HTTP activity is tested on its own, and against
 * the real API in platform-api's hiring tests.
 */
describe('assessmentSessionWorkflow (time-skipping test server)', () => {
  let env: TestWorkflowEnvironment;
  let bundle: WorkflowBundle;

  beforeAll(async () => {
    [env, bundle] = await Promise.all([createTimeSkippingEnv(), bundleWorkflows()]);
  }, 120_000);

  afterAll(async () => {
    await env?.teardown();
  });

  type Finalize = (
    input: FinalizeInput,
  ) => Promise<{ sessionId: string; phase: 'submitted' | 'expired'; score: number }>;

  async function withWorker<T>(finalize: Finalize, fn: (taskQueue: string) => Promise<T>) {
    const taskQueue = `test-${randomUUID()}`;
    const worker = await Worker.create({
      connection: env.nativeConnection,
      taskQueue,
      workflowBundle: bundle,
      activities: { [SESSION_ACTIVITIES.finalizeSession]: finalize },
    });
    return worker.runUntil(fn(taskQueue));
  }

  /** Records each finalize call with the workflow time it happened at. */
  function recorder(score = 73) {
    const calls: (FinalizeInput & { at: number })[] = [];
    const finalize: Finalize = async (input) => {
      calls.push({ ...input, at: await env.currentTimeMs() });
      return {
        sessionId: input.sessionId,
        phase: input.reason === 'submitted' ? 'submitted' : 'expired',
        score,
      };
    };
    return { calls, finalize };
  }

  async function start(taskQueue: string, limitMs: number, beginWithinMs = 7 * DAY) {
    const input: AssessmentSessionInput = {
      tenantId: randomUUID(),
      sessionId: randomUUID(),
      limitMs,
      beginByMs: (await env.currentTimeMs()) + beginWithinMs,
    };
    const handle = await env.client.workflow.start(ASSESSMENT_SESSION_WORKFLOW_TYPE, {
      taskQueue,
      workflowId: assessmentSessionWorkflowId(input),
      args: [input],
    });
    return { input, handle };
  }

  it('auto-submits at the deadline, accommodation included, and not a moment before', async () => {
    const { calls, finalize } = recorder();
    await withWorker(finalize, async (taskQueue) => {
      // 60 minutes + 50% extra time.
      const { input, handle } = await start(taskQueue, 90 * MINUTE);
      await env.sleep(10 * MINUTE); // the candidate reads the instructions first
      const begunAt = await env.currentTimeMs();
      await handle.signal(beginSession);
      await handle.signal(recordRun, { attemptId: 'a1' });
      await env.sleep(89 * MINUTE);
      const running = await handle.query(sessionState);
      expect(running).toMatchObject({ phase: 'running', runs: 1 });
      expect(running.deadline! - begunAt).toBeGreaterThanOrEqual(90 * MINUTE);
      expect(running.deadline! - begunAt).toBeLessThan(91 * MINUTE);
      expect(calls).toEqual([]);

      expect(await handle.result()).toEqual({ endedBy: 'expired', score: 73 });
      expect(calls).toHaveLength(1);
      expect(calls[0]).toMatchObject({
        tenantId: input.tenantId,
        sessionId: input.sessionId,
        reason: 'expired',
      });
      expect(calls[0].at - begunAt).toBeGreaterThanOrEqual(90 * MINUTE);
      expect(await handle.query(sessionState)).toMatchObject({
        phase: 'done',
        endedBy: 'expired',
        score: 73,
      });
    });
  });

  it('ends early on submit: finalized once as submitted, the timer no longer matters', async () => {
    const { calls, finalize } = recorder(88);
    await withWorker(finalize, async (taskQueue) => {
      const { handle } = await start(taskQueue, 60 * MINUTE);
      await handle.signal(beginSession);
      const begunAt = await env.currentTimeMs();
      await env.sleep(20 * MINUTE);
      await handle.signal(submitSession);
      await handle.signal(submitSession); // a double click
      expect(await handle.result()).toEqual({ endedBy: 'submitted', score: 88 });
      expect(calls.map((c) => c.reason)).toEqual(['submitted']);
      expect(calls[0].at - begunAt).toBeLessThan(21 * MINUTE);
    });
  });

  it('keeps one timer when begin arrives twice, and refuses a second start of the same session', async () => {
    const { calls, finalize } = recorder();
    await withWorker(finalize, async (taskQueue) => {
      const { input, handle } = await start(taskQueue, 30 * MINUTE);
      await expect(
        env.client.workflow.start(ASSESSMENT_SESSION_WORKFLOW_TYPE, {
          taskQueue,
          workflowId: assessmentSessionWorkflowId(input),
          args: [input],
        }),
      ).rejects.toBeInstanceOf(WorkflowExecutionAlreadyStartedError);
      await handle.signal(beginSession);
      const first = (await handle.query(sessionState)).deadline;
      await env.sleep(10 * MINUTE);
      await handle.signal(beginSession); // a reload that begins again
      expect((await handle.query(sessionState)).deadline).toBe(first);
      expect(await handle.result()).toEqual({ endedBy: 'expired', score: 73 });
      expect(calls).toHaveLength(1);
    });
  });

  it('ends as not_started when the candidate never begins before the invite lapses', async () => {
    const { calls, finalize } = recorder(0);
    await withWorker(finalize, async (taskQueue) => {
      const { handle } = await start(taskQueue, 30 * MINUTE, 3 * DAY);
      expect(await handle.result()).toEqual({ endedBy: 'not_started', score: 0 });
      expect(calls.map((c) => c.reason)).toEqual(['not_started']);
    });
  });

  it('retries a failing finalize (the API restarting) until it succeeds, and fails fast on a refusal', async () => {
    let attempts = 0;
    const flaky: Finalize = async (input) => {
      attempts += 1;
      if (attempts <= 2) throw new Error('finalize failed (503): restarting');
      return { sessionId: input.sessionId, phase: 'submitted', score: 50 };
    };
    await withWorker(flaky, async (taskQueue) => {
      const { handle } = await start(taskQueue, 30 * MINUTE);
      await handle.signal(submitSession);
      expect(await handle.result()).toEqual({ endedBy: 'submitted', score: 50 });
      expect(attempts).toBe(3);
    });

    let refusals = 0;
    const refusing: Finalize = async () => {
      refusals += 1;
      throw ApplicationFailure.nonRetryable(
        'finalize refused (404): No such session',
        'FinalizeRefused',
      );
    };
    await withWorker(refusing, async (taskQueue) => {
      const { handle } = await start(taskQueue, 30 * MINUTE);
      await handle.signal(submitSession);
      await expect(handle.result()).rejects.toThrow();
      expect(refusals).toBe(1);
    });
  });

  it('ends at begin + limit for any limit and accommodation, never before', async () => {
    const limits = fc.record({
      minutes: fc.integer({ min: 1, max: 600 }),
      extraTimePercent: fc.oneof(fc.constantFrom(0, 25, 50, 100), fc.integer({ min: 0, max: 300 })),
      readingMs: fc.integer({ min: 0, max: DAY }),
    });
    const { calls, finalize } = recorder();
    await withWorker(finalize, async (taskQueue) => {
      await fc.assert(
        fc.asyncProperty(limits, async ({ minutes, extraTimePercent, readingMs }) => {
          const limitMs = Math.round((minutes * MINUTE * (100 + extraTimePercent)) / 100);
          const { input, handle } = await start(taskQueue, limitMs);
          await env.sleep(readingMs);
          const begunAt = await env.currentTimeMs();
          await handle.signal(beginSession);
          expect(await handle.result()).toMatchObject({ endedBy: 'expired' });
          const call = calls.find((c) => c.sessionId === input.sessionId)!;
          expect(call.at - begunAt).toBeGreaterThanOrEqual(limitMs);
          // Within a minute of it: the signal and the finalize each take a workflow task.
          expect(call.at - begunAt).toBeLessThan(limitMs + MINUTE);
        }),
        { numRuns: 20 },
      );
    });
  }, 120_000);

  it('fails a session whose begin-by time is not a number instead of ending it at once', async () => {
    const { calls, finalize } = recorder();
    await withWorker(finalize, async (taskQueue) => {
      const input = {
        tenantId: randomUUID(),
        sessionId: randomUUID(),
        limitMs: MINUTE,
        beginByMs: NaN,
      };
      const run = env.client.workflow.execute(ASSESSMENT_SESSION_WORKFLOW_TYPE, {
        taskQueue,
        workflowId: assessmentSessionWorkflowId(input),
        args: [input],
      });
      await expect(run).rejects.toBeInstanceOf(WorkflowFailedError);
      await expect(run).rejects.toHaveProperty('cause.type', 'InvalidSession');
      expect(calls).toEqual([]);
    });
  });
});
