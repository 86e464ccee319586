import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CompetitionPhases } from '../../src/competitions/competition-phases';
import { LeaderboardService } from '../../src/leaderboards/leaderboard.service';
import { ApiHarness } from '../support/api-harness';
import { newTenant, newUser } from '../support/builders';
import { enter, newCompetition } from './competition-rows';

const BACKFILL = readFileSync(
  join(
    __dirname,
    '../../prisma/migrations/20261207081000_hiring_competition_results_backfill/migration.sql',
  ),
  'utf8',
);

type Result = Record<string, unknown> & { endedAt: string };

/**
 * Hiring competitions already final before entrants became pipeline rows get their standings by
 * a backfill migration: it must write exactly what the final phase writes now.
 */
describe('the hiring competition results backfill', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await ApiHarness.start();
  }, 120_000);

  afterAll(() => api?.stop());

  it('writes the same standing as the final phase', async () => {
    const tenantId = await newTenant(api.owner, 'Backfill Corp');
    const c = await newCompetition(api.owner, { tenantId, penalty: 10, challenges: 2 });
    const { rows: a } = await api.owner.query<{ assessment_id: string }>(
      'select assessment_id from competitions where id = $1',
      [c.id],
    );
    const boards = api.app.get(LeaderboardService);
    const users: string[] = [];
    for (let i = 0; i < 3; i++) {
      const userId = await newUser(api.owner);
      users.push(userId);
      await enter(api.owner, c.id, userId);
      await api.owner.query(
        `insert into candidate_invites (tenant_id, assessment_id, email, token_hash, expires_at,
           competition_id, competition_entrant_id, competition_consented_at)
         select $1, $2, email, 'competition:' || gen_random_uuid(), now(), $3, id, now()
           from users where id = $4`,
        [tenantId, a[0].assessment_id, c.id, userId],
      );
    }
    const graded = [
      [0, 0, 1000, 'clean', 'not_needed'],
      [0, 1, 400, 'clean', 'not_needed'],
      [1, 0, 1000, 'flagged', 'pending'],
      [1, 1, 1000, 'tampered', 'accepted'],
      [1, 0, 200, 'clean', 'not_needed'],
    ] as const;
    for (const [u, ch, permille, verdict, review] of graded)
      await boards.recordGraded({
        competitionId: c.id,
        userId: users[u],
        challengeId: c.challengeIds[ch],
        correctnessPermille: permille,
        integrityVerdict: verdict,
        reviewStatus: review,
      });
    await api.app.get(CompetitionPhases).set(c.id, { phase: 'final', endsAt: Date.now() });

    const read = async () =>
      (
        await api.owner.query<{ user: string; result: Result }>(
          `select competition_entrant_id as user, competition_result as result
             from candidate_invites where competition_id = $1 order by competition_entrant_id`,
          [c.id],
        )
      ).rows.map((r) => ({
        ...r,
        result: { ...r.result, endedAt: new Date(r.result.endedAt).getTime() },
      }));
    const written = await read();
    expect(written).toHaveLength(3);
    expect(written.find((r) => r.user === users[1])!.result).toMatchObject({
      solved: 1,
      submits: 3,
      integrity: { clean: 1, flagged: 1, tampered: 1, reviewPending: 1 },
    });

    await api.owner.query(
      'update candidate_invites set competition_result = null where competition_id = $1',
      [c.id],
    );
    await api.owner.query(BACKFILL);
    expect(await read()).toEqual(written);
  }, 60_000);
});
