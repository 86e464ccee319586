import { randomUUID } from 'node:crypto';
import type { Client } from '@temporalio/client';
import {
  competitionState,
  competitionWorkflowId,
  type CompetitionState,
} from '@fixpoint/workflows/contracts';
import { TEMPORAL_CLIENT } from '../../src/temporal/temporal.module';
import { HiringClient } from '../hiring/hiring-client';
import { ApiHarness } from '../support/api-harness';
import { accessTokenFor, newMembership, newUser } from '../support/builders';
import { INTERNAL_TOKEN, WorkerProcess } from '../support/worker-process';

type Auth = { token: string; tenantId?: string };
type View = {
  id: string;
  phase: string;
  pausedAt: string | null;
  startsAt: string;
  endsAt: string;
};

const FIELDS = 'id phase pausedAt startsAt endsAt';
const control = (name: string, extra = '') =>
  `mutation($c: ID!${extra ? ', $m: Int!' : ''}) { ${name}(competitionId: $c${extra}) { ${FIELDS} } }`;
const PAUSE = control('pauseHiringCompetition');
const RESUME = control('resumeHiringCompetition');
const CANCEL = control('cancelHiringCompetition');
const EXTEND = control('extendHiringCompetition', ', minutes: $m');

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const ms = (iso: string) => new Date(iso).getTime();

/**
 * Staff pause, resume, extend and cancel a hiring competition through GraphQL: each sends the
 * competition workflow its signal (the real worker runs it), each is idempotent, a wrong phase
 * is a CONFLICT with reason WRONG_PHASE, and only the running tenant's managers may do it.
 * While paused the timers hold (the start does not happen) and submits are refused; resuming
 * moves the deadlines not yet reached by the pause, in the database as in the workflow.
 */
describe('pause, resume, extend and cancel a hiring competition', () => {
  let api: ApiHarness;
  let worker: WorkerProcess;
  let owner: Auth & { tenantId: string };
  let temporal: Client;
  let id: string;
  const taskQueue = `api-test-${randomUUID()}`;

  beforeAll(async () => {
    api = await ApiHarness.start({
      env: { TEMPORAL_TASK_QUEUE: taskQueue, INTERNAL_API_TOKEN: INTERNAL_TOKEN },
    });
    worker = await WorkerProcess.start(api.base, taskQueue);
    owner = await new HiringClient(api).signUpCompany('Clock Corp');
    temporal = api.app.get<Client>(TEMPORAL_CLIENT);
    const now = Date.now();
    const { createHiringCompetition: c } = await api.ok<{ createHiringCompetition: View }>(
      `mutation($input: CompetitionScheduleInput!) { createHiringCompetition(input: $input) { ${FIELDS} } }`,
      {
        input: {
          title: 'Clock cup',
          registrationOpensAt: new Date(now).toISOString(),
          startsAt: new Date(now + 3_000).toISOString(),
          endsAt: new Date(now + 3_600_000).toISOString(),
          challengeSlugs: ['js-semver-compare-nan'],
        },
      },
      owner,
    );
    id = c.id;
  }, 120_000);

  afterAll(async () => {
    await worker?.stop();
    await api?.stop();
  });

  const send = (query: string, auth: Auth = owner, m?: number) =>
    api.gql<Record<string, View>>(query, { c: id, ...(m === undefined ? {} : { m }) }, auth);
  const sent = async (query: string, m?: number) => {
    const result = await send(query, owner, m);
    expect(result.errors).toBeUndefined();
    return Object.values(result.data!)[0];
  };
  const workflow = () =>
    temporal.workflow
      .getHandle(competitionWorkflowId({ tenantId: owner.tenantId, competitionId: id }))
      .query<CompetitionState>(competitionState);
  async function phaseBecomes(phase: string, withinMs = 20_000) {
    const deadline = Date.now() + withinMs;
    for (;;) {
      const { rows } = await api.owner.query<{ phase: string }>(
        'select phase from competitions where id = $1',
        [id],
      );
      if (rows[0].phase === phase) return;
      if (Date.now() > deadline) throw new Error(`still ${rows[0].phase}, wanted ${phase}`);
      await sleep(200);
    }
  }

  it('holds the start while paused and moves the deadlines by the pause on resume', async () => {
    await phaseBecomes('registration');
    const paused = await sent(PAUSE);
    expect(paused.phase).toBe('REGISTRATION');
    expect(paused.pausedAt).not.toBeNull();
    // Idempotent: the second pause changes nothing.
    expect((await sent(PAUSE)).pausedAt).toBe(paused.pausedAt);
    expect((await workflow()).pausedAt).toBeDefined();

    // Past the original start: no phase change while the clock is stopped.
    await sleep(4_000);
    const held = await api.ok<{ competition: View }>(
      `query($c: ID!) { competition(id: $c) { ${FIELDS} } }`,
      { c: id },
      owner,
    );
    expect(held.competition.phase).toBe('REGISTRATION');

    const resumed = await sent(RESUME);
    expect(resumed.pausedAt).toBeNull();
    const pausedFor = ms(resumed.startsAt) - ms(paused.startsAt);
    expect(pausedFor).toBeGreaterThanOrEqual(4_000);
    expect(ms(resumed.endsAt) - ms(paused.endsAt)).toBe(pausedFor);
    expect((await sent(RESUME)).startsAt).toBe(resumed.startsAt); // idempotent

    // The workflow moved its own deadlines by the same pause (its clock, a few ms apart).
    const state = await workflow();
    expect(state.pausedAt).toBeUndefined();
    expect(Math.abs(state.schedule.startsAt - ms(resumed.startsAt))).toBeLessThan(1_000);
    expect(Math.abs(state.schedule.endsAt - ms(resumed.endsAt))).toBeLessThan(1_000);
    await phaseBecomes('live', 15_000);
  }, 60_000);

  it('refuses submits while paused, with reason PAUSED', async () => {
    const learner = await api.signUp();
    await api.ok(
      `mutation($c: ID!) { registerForCompetition(competitionId: $c, consent: true) { id } }`,
      { c: id },
      { token: learner.accessToken },
    );
    await sent(PAUSE);
    const refused = await api.gql(
      `mutation($c: ID!, $a: ID!) { submitCompetitionAttempt(competitionId: $c, attemptId: $a) { points } }`,
      { c: id, a: randomUUID() },
      { token: learner.accessToken },
    );
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'PAUSED' });
    expect(refused.errors?.[0].message).toMatch(/paused/);
    await sent(RESUME);
  }, 30_000);

  it('extends the end in the database and in the workflow', async () => {
    const before = await sent(RESUME); // no-op: running
    const extended = await sent(EXTEND, 5);
    expect(ms(extended.endsAt) - ms(before.endsAt)).toBe(5 * 60_000);
    expect(Math.abs((await workflow()).schedule.endsAt - ms(extended.endsAt))).toBeLessThan(1_000);
  });

  it("is NOT_FOUND for another tenant's staff and FORBIDDEN for a viewer", async () => {
    const other = await new HiringClient(api).signUpCompany('Other Clock Corp');
    expect((await send(PAUSE, other)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const viewerId = await newUser(api.owner);
    await newMembership(api.owner, owner.tenantId, viewerId, 'viewer');
    const viewer = { token: accessTokenFor(viewerId), tenantId: owner.tenantId };
    expect((await send(PAUSE, viewer)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const { rows } = await api.owner.query('select paused_at from competitions where id = $1', [
      id,
    ]);
    expect(rows[0].paused_at).toBeNull();
  });

  it('cancels once; afterwards pausing or extending is a CONFLICT with reason WRONG_PHASE', async () => {
    await sent(CANCEL);
    await phaseBecomes('cancelled');
    expect((await sent(CANCEL)).phase).toBe('CANCELLED'); // idempotent
    for (const [query, m] of [
      [PAUSE, undefined],
      [EXTEND, 5],
    ] as const) {
      const result = await send(query, owner, m);
      expect(result.errors?.[0].extensions).toMatchObject({
        code: 'CONFLICT',
        phase: 'cancelled',
        reason: 'WRONG_PHASE',
      });
    }
  }, 30_000);
});
