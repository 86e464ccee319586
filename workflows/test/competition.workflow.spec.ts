import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WorkflowFailedError } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker, type WorkflowBundle } from '@temporalio/worker';
import { createCompetitionActivities } from '../src/activities/competition.activities';
import {
  cancelCompetition,
  type CompetitionInput,
  competitionState,
  competitionWorkflowId,
  extendCompetition,
  pauseCompetition,
  resumeCompetition,
} from '../src/contracts/competition';
import { bundleWorkflows, createTimeSkippingEnv } from './temporal-env';

const MINUTE = 60_000;
const TOKEN = 'competition-test-token';

/**
 * The competition workflow under the time-skipping test server, with its real HTTP activity
 * talking to a small server that speaks the API's internal route and records each phase with
 * the (skipped) time it was stored at.
 */
describe('competitionWorkflow (time-skipping test server)', () => {
  let env: TestWorkflowEnvironment;
  let bundle: WorkflowBundle;
  let api: Server;
  let apiUrl: string;
  const phases = new Map<string, { phase: string; at: number; endsAt: number }[]>();
  let failNext = 0;

  beforeAll(async () => {
    [env, bundle] = await Promise.all([createTimeSkippingEnv(), bundleWorkflows()]);
    api = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        void (async () => {
          const id = /competitions\/([^/]+)\/phase/.exec(req.url ?? '')?.[1] ?? '';
          if (req.headers.authorization !== `Bearer ${TOKEN}`) return res.writeHead(401).end();
          if (failNext > 0) {
            failNext -= 1;
            return res.writeHead(503, { 'content-type': 'application/json' }).end('{}');
          }
          const { phase, endsAt } = JSON.parse(body) as { phase: string; endsAt: number };
          const list = phases.get(id) ?? [];
          // The API's rule: a phase already reached is a no-op.
          if (!list.some((p) => p.phase === phase))
            list.push({ phase, at: await env.currentTimeMs(), endsAt });
          phases.set(id, list);
          res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
        })();
      });
    });
    await new Promise<void>((r) => api.listen(0, '127.0.0.1', r));
    apiUrl = `http://127.0.0.1:${(api.address() as AddressInfo).port}`;
  }, 120_000);

  afterAll(async () => {
    await env?.teardown();
    await new Promise((r) => api?.close(r));
  });

  const newWorker = (taskQueue: string) =>
    Worker.create({
      connection: env.nativeConnection,
      taskQueue,
      workflowBundle: bundle,
      maxCachedWorkflows: 0,
      activities: createCompetitionActivities({ apiUrl, internalToken: TOKEN }),
    });

  async function start(
    taskQueue: string,
    offsets: { reg: number; start: number; end: number; freeze: number },
  ) {
    const now = await env.currentTimeMs();
    const input: CompetitionInput = {
      tenantId: 'public',
      competitionId: randomUUID(),
      registrationOpensAt: now + offsets.reg,
      startsAt: now + offsets.start,
      endsAt: now + offsets.end,
      freezeMs: offsets.freeze,
    };
    const handle = await env.client.workflow.start('competitionWorkflow', {
      taskQueue,
      workflowId: competitionWorkflowId(input),
      args: [input],
    });
    return { input, handle, now };
  }

  const relative = (id: string, now: number) =>
    (phases.get(id) ?? []).map((p) => ({ phase: p.phase, min: Math.round((p.at - now) / MINUTE) }));

  it('walks registration, live, frozen, ended and final at their times, across a worker restart', async () => {
    const taskQueue = `test-${randomUUID()}`;
    const first = await newWorker(taskQueue);
    const { input, handle, now } = await first.runUntil(async () => {
      const started = await start(taskQueue, {
        reg: 10 * MINUTE,
        start: 60 * MINUTE,
        end: 180 * MINUTE,
        freeze: 30 * MINUTE,
      });
      await env.sleep(70 * MINUTE);
      expect((await started.handle.query(competitionState)).phase).toBe('live');
      return started;
    });
    // A new worker (the old one is gone with its cache) carries on from the history.
    const second = await newWorker(taskQueue);
    expect(await second.runUntil(handle.result())).toBe('final');
    expect(relative(input.competitionId, now)).toEqual([
      { phase: 'registration', min: 10 },
      { phase: 'live', min: 60 },
      { phase: 'frozen', min: 150 },
      { phase: 'ended', min: 180 },
      { phase: 'final', min: 180 },
    ]);
  });

  it('moves the freeze and the end when extended, and by the pause when paused and resumed', async () => {
    const taskQueue = `test-${randomUUID()}`;
    const worker = await newWorker(taskQueue);
    await worker.runUntil(async () => {
      const { input, handle, now } = await start(taskQueue, {
        reg: 0,
        start: MINUTE,
        end: 61 * MINUTE,
        freeze: 10 * MINUTE,
      });
      await env.sleep(5 * MINUTE);
      await handle.signal(extendCompetition, 15 * MINUTE);
      await handle.signal(pauseCompetition);
      await env.sleep(20 * MINUTE);
      const paused = await handle.query(competitionState);
      expect(paused.phase).toBe('live');
      expect(paused.pausedAt).toBeDefined();
      await handle.signal(resumeCompetition);
      expect(await handle.result()).toBe('final');
      const state = await handle.query(competitionState);
      // 35 minutes, give or take the few real milliseconds between each signal and the
      // workflow task that reads the clock for it (either way: seen 1 ms short).
      expect(state.extendedByMs).toBeGreaterThan(35 * MINUTE - 10_000);
      expect(state.extendedByMs).toBeLessThan(35 * MINUTE + 10_000);
      // End: 61 + 15 (extension) + 20 (pause) = 96 minutes; the freeze 10 minutes before it.
      expect(relative(input.competitionId, now)).toEqual([
        { phase: 'registration', min: 0 },
        { phase: 'live', min: 1 },
        { phase: 'frozen', min: 86 },
        { phase: 'ended', min: 96 },
        { phase: 'final', min: 96 },
      ]);
      expect(Math.round((phases.get(input.competitionId)!.at(-1)!.endsAt - now) / MINUTE)).toBe(96);
    });
  });

  it('holds the start while paused past it (a second pause changes nothing), then moves it by the pause', async () => {
    const taskQueue = `test-${randomUUID()}`;
    const worker = await newWorker(taskQueue);
    await worker.runUntil(async () => {
      const { input, handle, now } = await start(taskQueue, {
        reg: 0,
        start: 10 * MINUTE,
        end: 70 * MINUTE,
        freeze: 0,
      });
      await env.sleep(2 * MINUTE);
      await handle.signal(pauseCompetition);
      await env.sleep(10 * MINUTE);
      await handle.signal(pauseCompetition);
      await env.sleep(20 * MINUTE);
      // 32 minutes in, well past the 10-minute start: still in registration.
      const held = await handle.query(competitionState);
      expect(held.phase).toBe('registration');
      await handle.signal(resumeCompetition);
      await handle.signal(resumeCompetition);
      expect(await handle.result()).toBe('final');
      // Paused 30 minutes (from the first pause): start 10 + 30, end 70 + 30.
      expect(relative(input.competitionId, now)).toEqual([
        { phase: 'registration', min: 0 },
        { phase: 'live', min: 40 },
        { phase: 'ended', min: 100 },
        { phase: 'final', min: 100 },
      ]);
    });
  });

  it('ends at once as cancelled when cancelled, and stores no later phase', async () => {
    const taskQueue = `test-${randomUUID()}`;
    const worker = await newWorker(taskQueue);
    await worker.runUntil(async () => {
      const { input, handle, now } = await start(taskQueue, {
        reg: MINUTE,
        start: 30 * MINUTE,
        end: 90 * MINUTE,
        freeze: 0,
      });
      await env.sleep(2 * MINUTE);
      await handle.signal(cancelCompetition);
      expect(await handle.result()).toBe('cancelled');
      expect(relative(input.competitionId, now)).toEqual([
        { phase: 'registration', min: 1 },
        { phase: 'cancelled', min: 2 },
      ]);
    });
  });

  it('skips the frozen phase without a freeze, and retries a phase while the API answers 503', async () => {
    const taskQueue = `test-${randomUUID()}`;
    const worker = await newWorker(taskQueue);
    await worker.runUntil(async () => {
      const { input, handle } = await start(taskQueue, {
        reg: 0,
        start: 0,
        end: 30 * MINUTE,
        freeze: 0,
      });
      failNext = 2;
      expect(await handle.result()).toBe('final');
      expect((phases.get(input.competitionId) ?? []).map((p) => p.phase)).toEqual([
        'registration',
        'live',
        'ended',
        'final',
      ]);
    });
  });

  it('refuses a schedule that ends before it starts, naming the rule', async () => {
    const taskQueue = `test-${randomUUID()}`;
    const worker = await newWorker(taskQueue);
    await worker.runUntil(async () => {
      const { handle } = await start(taskQueue, {
        reg: 0,
        start: 60 * MINUTE,
        end: 30 * MINUTE,
        freeze: 0,
      });
      const error = await handle.result().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WorkflowFailedError);
      expect(String((error as WorkflowFailedError).cause?.message)).toContain('startsAt < endsAt');
    });
  });
});
