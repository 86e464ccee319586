import { LeaderboardService } from '../../src/leaderboards/leaderboard.service';
import { ApiHarness } from '../support/api-harness';
import { newUser } from '../support/builders';
import { HiringClient } from '../hiring/hiring-client';
import { enter, newCompetition } from './competition-rows';

const INVITE = `mutation($c: ID!, $a: ID!, $top: Int!) {
  inviteCompetitionFinalists(competitionId: $c, assessmentId: $a, top: $top) {
    invited { email name } errors { index email message } } }`;
type Payload = {
  inviteCompetitionFinalists: {
    invited: { email: string; name: string }[];
    errors: { email: string; message: string }[];
  };
};

/**
 * A hiring competition sends its finalists to the pipeline: the top N entrants with points are
 * invited to an assessment the tenant picks (mail and pipeline rows as any invite), once the
 * competition has ended, and only by the tenant that ran it.
 */
describe('inviteCompetitionFinalists', () => {
  let api: ApiHarness;
  let hiring: HiringClient;
  let owner: { token: string; tenantId: string };
  let assessmentId: string;
  let competitionId: string;
  const emails: string[] = [];

  beforeAll(async () => {
    api = await ApiHarness.start();
    hiring = new HiringClient(api);
    owner = await hiring.signUpCompany('Finalist Corp');
    assessmentId = await hiring.createPublishedAssessment(owner, ['js-semver-compare-nan']);
    const c = await newCompetition(api.owner, { tenantId: owner.tenantId });
    competitionId = c.id;
    const boards = api.app.get(LeaderboardService);
    // Four entrants: three score (1000, 500, 250 ‰ of the first challenge), one never submits.
    for (const permille of [1000, 500, 250, null]) {
      const userId = await newUser(api.owner);
      await enter(api.owner, competitionId, userId);
      const { rows } = await api.owner.query<{ email: string }>(
        'select email from users where id = $1',
        [userId],
      );
      emails.push(rows[0].email);
      if (permille !== null)
        await boards.recordGraded({
          competitionId,
          userId,
          challengeId: c.challengeIds[0],
          correctnessPermille: permille,
          integrityVerdict: 'clean',
          reviewStatus: 'not_needed',
        });
    }
  }, 120_000);

  afterAll(() => api?.stop());

  const invite = (top: number, auth: { token: string; tenantId?: string } = owner) =>
    api.gql<Payload>(INVITE, { c: competitionId, a: assessmentId, top }, auth);

  it('refuses while the competition is still running', async () => {
    const result = await invite(2);
    expect(result.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(result.errors?.[0].message).toMatch(/once the competition has ended/);
  });

  it('invites the top two by rank once ended, each with mail and a pipeline row', async () => {
    await api.owner.query(`update competitions set phase = 'ended' where id = $1`, [competitionId]);
    const { inviteCompetitionFinalists: sent } = await api.ok<Payload>(
      INVITE,
      { c: competitionId, a: assessmentId, top: 2 },
      owner,
    );
    expect(sent.invited.map((i) => i.email)).toEqual([emails[0], emails[1]]);
    expect(sent.errors).toEqual([]);
    for (const email of [emails[0], emails[1]]) {
      const mail = await hiring.waitForMail(owner, email);
      expect(mail.links[0]).toMatch(/\/candidate\//);
    }
    const { rows } = await api.owner.query<{ email: string }>(
      'select email from candidate_invites where assessment_id = $1 order by created_at, email',
      [assessmentId],
    );
    expect(rows.map((r) => r.email).sort()).toEqual([emails[0], emails[1]].sort());
  });

  it('never invites twice and leaves out entrants without points', async () => {
    const { inviteCompetitionFinalists: sent } = await api.ok<Payload>(
      INVITE,
      { c: competitionId, a: assessmentId, top: 10 },
      owner,
    );
    expect(sent.invited.map((i) => i.email)).toEqual([emails[2]]);
    expect(sent.errors.map((e) => [e.email, e.message])).toEqual([
      [emails[0], 'already invited to this assessment'],
      [emails[1], 'already invited to this assessment'],
    ]);
  });

  it("is NOT_FOUND for another tenant's staff, and top is bounded", async () => {
    const other = await hiring.signUpCompany('Other Corp');
    const foreign = await invite(2, other);
    expect(foreign.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const tooMany = await invite(101);
    expect(tooMany.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(tooMany.errors?.[0].message).toMatch(/^top: must be a whole number from 1 to 100/);
  });
});
