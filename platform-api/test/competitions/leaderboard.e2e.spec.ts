import fc from 'fast-check';
import Redis from 'ioredis';
import { boardOrder, standingsOf, type GradedSubmit } from '../../src/competitions/standings';
import { LeaderboardService } from '../../src/leaderboards/leaderboard.service';
import { LeaderboardStore } from '../../src/leaderboards/leaderboard.store';
import { ApiHarness } from '../support/api-harness';
import { accessTokenFor, newMembership, newTenant, newUser } from '../support/builders';
import { PrivateRedis } from '../support/redis-server';
import { enter, newCompetition } from './competition-rows';

/**
 * The Redis leaderboard against PostgreSQL, the source of truth, with fast-check choosing the
 * submits: after any sequence the sorted set equals the board recomputed from the rows; after
 * FLUSHALL it is rebuilt equal; during the freeze non-staff read the frozen board. A private
 * Redis, so FLUSHALL disturbs nobody else.
 */
describe('competition leaderboard (Redis vs PostgreSQL)', () => {
  let redis: PrivateRedis;
  let api: ApiHarness;
  let service: LeaderboardService;
  let store: LeaderboardStore;
  let client: Redis;

  beforeAll(async () => {
    redis = await PrivateRedis.start();
    api = await ApiHarness.start({ env: { REDIS_URL: redis.url } });
    service = api.app.get(LeaderboardService);
    store = api.app.get(LeaderboardStore);
    client = new Redis(redis.url);
  }, 120_000);

  afterAll(async () => {
    client?.disconnect();
    await api?.stop();
    await redis?.stop();
  });

  /** The board recomputed from the rows by the pure rules, best first. */
  async function fromDatabase(competitionId: string, until?: Date) {
    const c = await api.owner.query<{ starts_at: Date; failed_submit_penalty: number }>(
      'select starts_at, failed_submit_penalty from competitions where id = $1',
      [competitionId],
    );
    const entrants = await api.owner.query<{ user_id: string }>(
      'select user_id from competition_entries where competition_id = $1',
      [competitionId],
    );
    const rows = await api.owner.query<{
      user_id: string;
      challenge_id: string;
      difficulty: number;
      correctness_permille: number;
      review_status: string;
      submitted_at: Date;
    }>(
      `select s.user_id, s.challenge_id, v.difficulty, s.correctness_permille, s.review_status, s.submitted_at
         from competition_submissions s join challenges c on c.id = s.challenge_id
         join challenge_versions v on v.id = c.current_version_id where s.competition_id = $1`,
      [competitionId],
    );
    const submits: GradedSubmit[] = rows.rows.map((r) => ({
      userId: r.user_id,
      challengeId: r.challenge_id,
      difficulty: r.difficulty,
      correctnessPermille: r.correctness_permille,
      counts: r.review_status === 'not_needed' || r.review_status === 'accepted',
      submittedAt: r.submitted_at,
    }));
    return standingsOf(
      entrants.rows.map((e) => e.user_id),
      submits,
      { startsAt: c.rows[0].starts_at, failedSubmitPenalty: c.rows[0].failed_submit_penalty },
      until,
    )
      .sort(boardOrder)
      .map((s) => ({ userId: s.userId, score: s.score }));
  }

  const inRedis = async (competitionId: string, board: 'live' | 'frozen' = 'live') =>
    (await store.all(competitionId, board)).map((e) => ({ userId: e.userId, score: e.score }));

  const submitCommand = fc.record({
    user: fc.integer({ min: 0, max: 4 }),
    challenge: fc.integer({ min: 0, max: 2 }),
    permille: fc.constantFrom(0, 250, 500, 999, 1000),
    flagged: fc.boolean(),
  });

  it('equals the board recomputed from PostgreSQL after any sequence of submits, and after FLUSHALL', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(submitCommand, { minLength: 1, maxLength: 25 }),
        fc.integer({ min: 0, max: 60 }),
        async (commands, penalty) => {
          const competition = await newCompetition(api.owner, { penalty });
          const users = await Promise.all([0, 1, 2, 3, 4].map(() => newUser(api.owner)));
          for (const u of users) await enter(api.owner, competition.id, u);
          for (const c of commands) {
            await service.recordGraded({
              competitionId: competition.id,
              userId: users[c.user],
              challengeId: competition.challengeIds[c.challenge],
              correctnessPermille: c.permille,
              integrityVerdict: c.flagged ? 'flagged' : 'clean',
              reviewStatus: c.flagged ? 'pending' : 'not_needed',
            });
          }
          const expected = await fromDatabase(competition.id);
          const before = await inRedis(competition.id);
          expect(before).toEqual(expected);

          await client.flushall();
          const page = await service.range(competition.id, 'live', 0, 100); // rebuilds on read
          expect(page.map((e) => e.userId)).toEqual(expected.map((e) => e.userId));
          expect(await inRedis(competition.id)).toEqual(before);
        },
      ),
      { numRuns: 12 },
    );
  }, 180_000);

  it('breaks a tie in points by the earlier last improving submit, and shares the rank of a full tie', async () => {
    const competition = await newCompetition(api.owner);
    const [early, late, idle1, idle2] = await Promise.all(
      [0, 1, 2, 3].map(() => newUser(api.owner)),
    );
    for (const u of [late, early, idle1, idle2]) await enter(api.owner, competition.id, u);
    const solve = (userId: string) =>
      service.recordGraded({
        competitionId: competition.id,
        userId,
        challengeId: competition.challengeIds[0],
        correctnessPermille: 1000,
        integrityVerdict: 'clean',
        reviewStatus: 'not_needed',
      });
    await solve(early);
    await new Promise((r) => setTimeout(r, 20));
    await solve(late);
    const top = await service.range(competition.id, 'live', 0, 10);
    expect(top.slice(0, 2).map((e) => e.userId)).toEqual([early, late]);
    expect(top.map((e) => e.rank)).toEqual([1, 2, 3, 3]);
    const around = await service.around(competition.id, 'live', late, 1);
    expect(around.map((e) => e.userId)[1]).toBe(late);
    expect(around).toHaveLength(3);
  });

  it('shows non-staff the frozen board during the freeze, and the running tenant the live one', async () => {
    const tenantId = await newTenant(api.owner);
    const recruiter = await newUser(api.owner);
    await newMembership(api.owner, tenantId, recruiter, 'admin');
    const startsAt = new Date(Date.now() - 120 * 60_000);
    const endsAt = new Date(Date.now() + 60 * 60_000);
    const competition = await newCompetition(api.owner, {
      tenantId,
      startsAt,
      endsAt,
      freezeMinutes: 90,
    });
    const [before, after] = await Promise.all([newUser(api.owner), newUser(api.owner)]);
    for (const u of [before, after]) await enter(api.owner, competition.id, u);
    for (const u of [before, after])
      await service.recordGraded({
        competitionId: competition.id,
        userId: u,
        challengeId: competition.challengeIds[0],
        correctnessPermille: 1000,
        integrityVerdict: 'clean',
        reviewStatus: 'not_needed',
      });
    // One solved before the freeze (30 minutes in), the other after it (100 minutes in).
    await api.owner.query(
      `update competition_submissions set submitted_at = $2 where competition_id = $1 and user_id = $3`,
      [competition.id, new Date(startsAt.getTime() + 30 * 60_000), before],
    );
    await api.owner.query(
      `update competition_submissions set submitted_at = $2 where competition_id = $1 and user_id = $3`,
      [competition.id, new Date(startsAt.getTime() + 100 * 60_000), after],
    );
    const res = await fetch(`${api.base}/internal/v1/competitions/${competition.id}/phase`, {
      method: 'POST',
      headers: {
        authorization: 'Bearer fixpoint-local-internal-token',
        'content-type': 'application/json',
      },
      body: JSON.stringify({ phase: 'frozen', endsAt: endsAt.getTime() }),
    });
    expect(res.status).toBe(200);
    const query = `query($id: ID!) { leaderboard(competitionId: $id) { frozen entries { userId points } } }`;
    const learner = await api.ok<{
      leaderboard: { frozen: boolean; entries: { userId: string; points: number }[] };
    }>(query, { id: competition.id }, { token: accessTokenFor(after) });
    expect(learner.leaderboard.frozen).toBe(true);
    expect(learner.leaderboard.entries).toEqual([
      { userId: before, points: competition.difficulties[0] * 100 },
      { userId: after, points: 0 },
    ]);
    expect(learner.leaderboard.entries).toEqual(
      (await fromDatabase(competition.id, new Date(endsAt.getTime() - 90 * 60_000))).map((e) => ({
        userId: e.userId,
        points: Math.floor(e.score / 2 ** 32),
      })),
    );
    const staff = await api.ok<{ leaderboard: { frozen: boolean; entries: { points: number }[] } }>(
      query,
      { id: competition.id },
      { token: accessTokenFor(recruiter), tenantId },
    );
    expect(staff.leaderboard.frozen).toBe(false);
    expect(staff.leaderboard.entries.map((e) => e.points)).toEqual([
      competition.difficulties[0] * 100,
      competition.difficulties[0] * 100,
    ]);
    // Rebuilt after FLUSHALL, the frozen board is the same.
    const frozenBefore = await inRedis(competition.id, 'frozen');
    await client.flushall();
    await service.ensureBuilt(competition.id);
    expect(await inRedis(competition.id, 'frozen')).toEqual(frozenBefore);
  });
});
