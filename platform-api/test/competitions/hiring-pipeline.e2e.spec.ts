import { randomUUID } from 'node:crypto';
import { LeaderboardService } from '../../src/leaderboards/leaderboard.service';
import { HiringClient } from '../hiring/hiring-client';
import { ApiHarness } from '../support/api-harness';
import { newPrivateChallenge } from '../support/builders';
import { INTERNAL_TOKEN, WorkerProcess } from '../support/worker-process';

type Auth = { token: string; tenantId?: string };
type Row = {
  id: string;
  email: string;
  name: string | null;
  status: string;
  competitionId: string | null;
  competition: {
    rank: number | null;
    points: number;
    solved: number;
    challenges: number;
    submits: number;
    integrity: { clean: number; flagged: number; tampered: number; reviewPending: number };
  } | null;
};

const FIELDS = `id kind phase host consentNotice assessmentId registered
  challenges { slug title difficulty }`;
const CREATE = `mutation($input: CompetitionScheduleInput!) {
  createHiringCompetition(input: $input) { ${FIELDS} } }`;
const REGISTER = `mutation($c: ID!, $consent: Boolean) {
  registerForCompetition(competitionId: $c, consent: $consent) { id registered consentNotice } }`;
const CANDIDATES = `query($a: ID!) { candidates(assessmentId: $a) {
  id email name status competitionId
  competition { rank points solved challenges submits
    integrity { clean flagged tampered reviewPending } } } }`;

/**
 * A hiring competition is a competition kind of assessment: every entrant who registers (and
 * consents) is a row of the running tenant's pipeline, and when the contest ends through the
 * real workflow their final standing (points, rank, solved, integrity verdicts of their
 * submits) lands on that row, in the CSV and in the candidate report. Another tenant sees none
 * of it. A tenant's private challenges may be used in its own hiring competitions only.
 */
describe('hiring competitions in the pipeline', () => {
  let api: ApiHarness;
  let worker: WorkerProcess;
  let hiring: HiringClient;
  let owner: Auth & { tenantId: string };
  let other: Auth & { tenantId: string };
  const taskQueue = `api-test-${randomUUID()}`;
  const started: string[] = [];

  beforeAll(async () => {
    api = await ApiHarness.start({
      env: { TEMPORAL_TASK_QUEUE: taskQueue, INTERNAL_API_TOKEN: INTERNAL_TOKEN },
    });
    worker = await WorkerProcess.start(api.base, taskQueue);
    hiring = new HiringClient(api);
    owner = await hiring.signUpCompany('Pipeline Corp');
    other = await hiring.signUpCompany('Other Corp');
  }, 120_000);

  afterAll(async () => {
    // No workflow outlives the file: cancel what is still running (a finished one ignores it).
    for (const id of started)
      await api?.gql(
        `mutation($c: ID!) { cancelHiringCompetition(competitionId: $c) { id } }`,
        {
          c: id,
        },
        owner,
      );
    await worker?.stop();
    await api?.stop();
  });

  const create = (auth: Auth, slugs: string[], startInMs: number, lengthMs: number) => {
    const now = Date.now();
    return api.gql<{ createHiringCompetition: { id: string } & Record<string, unknown> }>(
      CREATE,
      {
        input: {
          title: 'Debugging cup',
          registrationOpensAt: new Date(now).toISOString(),
          startsAt: new Date(now + startInMs).toISOString(),
          endsAt: new Date(now + startInMs + lengthMs).toISOString(),
          challengeSlugs: slugs,
        },
      },
      auth,
    );
  };

  async function phaseBecomes(id: string, phases: string[], withinMs = 30_000) {
    const deadline = Date.now() + withinMs;
    for (;;) {
      const { rows } = await api.owner.query<{ phase: string }>(
        'select phase from competitions where id = $1',
        [id],
      );
      if (phases.includes(rows[0].phase)) return rows[0].phase;
      if (Date.now() > deadline) throw new Error(`still ${rows[0].phase}, wanted ${phases}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  it('lists every consenting entrant in the tenant pipeline, with the final standing once it ends', async () => {
    const created = await create(owner, ['js-semver-compare-nan'], 4_000, 6_000);
    expect(created.errors).toBeUndefined();
    const competition = created.data!.createHiringCompetition;
    started.push(competition.id);
    expect(competition.kind).toBe('HIRING');
    const assessmentId = competition.assessmentId as string;
    expect(assessmentId).toBeTruthy();
    await phaseBecomes(competition.id, ['registration', 'live']);

    const ada = await api.signUp();
    const bob = await api.signUp();
    const learner = (u: { accessToken: string }) => ({ token: u.accessToken });

    // What registering agrees to is said before and in the answer; no consent, no entry.
    const seen = await api.ok<{ competition: { consentNotice: string; assessmentId: null } }>(
      `query($c: ID!) { competition(id: $c) { consentNotice assessmentId } }`,
      { c: competition.id },
      learner(ada),
    );
    expect(seen.competition.consentNotice).toMatch(
      /Pipeline Corp sees your name, e-mail address and result/,
    );
    expect(seen.competition.assessmentId).toBeNull();
    const refused = await api.gql(REGISTER, { c: competition.id }, learner(ada));
    expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0].extensions?.field).toBe('consent');
    expect(refused.errors?.[0].message).toMatch(/^Pipeline Corp runs this hiring competition/);
    for (const u of [ada, bob]) {
      const { registerForCompetition: r } = await api.ok<{
        registerForCompetition: { registered: boolean; consentNotice: string };
      }>(REGISTER, { c: competition.id, consent: true }, learner(u));
      expect(r.registered).toBe(true);
      expect(r.consentNotice).toMatch(/Pipeline Corp/);
    }
    // Registering again keeps one row.
    await api.ok(REGISTER, { c: competition.id, consent: true }, learner(ada));

    const before = await api.ok<{ candidates: Row[] }>(CANDIDATES, { a: assessmentId }, owner);
    expect(before.candidates.map((c) => c.email).sort()).toEqual([ada.email, bob.email].sort());
    expect(before.candidates.every((c) => c.status === 'invited' && c.competition === null)).toBe(
      true,
    );
    expect(before.candidates[0].competitionId).toBe(competition.id);

    await phaseBecomes(competition.id, ['live']);
    const boards = api.app.get(LeaderboardService);
    const challengeId = (
      await api.owner.query<{ challenge_id: string }>(
        'select challenge_id from competition_challenges where competition_id = $1',
        [competition.id],
      )
    ).rows[0].challenge_id;
    const submit = (userId: string, permille: number, verdict: 'clean' | 'flagged') =>
      boards.recordGraded({
        competitionId: competition.id,
        userId,
        challengeId,
        correctnessPermille: permille,
        integrityVerdict: verdict,
        reviewStatus: verdict === 'clean' ? 'not_needed' : 'pending',
      });
    // Ada solves it; Bob half-solves it, then a flagged full solve waits for review.
    await submit(ada.userId, 1000, 'clean');
    await submit(bob.userId, 500, 'clean');
    await submit(bob.userId, 1000, 'flagged');

    // The contest ends through the workflow: ended, then final with the standings.
    await phaseBecomes(competition.id, ['final'], 40_000);
    const after = await api.ok<{ candidates: Row[] }>(CANDIDATES, { a: assessmentId }, owner);
    const byEmail = new Map(after.candidates.map((c) => [c.email, c]));
    const difficulty = (competition.challenges as { difficulty: number }[])[0].difficulty;
    expect(byEmail.get(ada.email)).toMatchObject({
      status: 'submitted',
      competition: {
        rank: 1,
        points: difficulty * 100,
        solved: 1,
        challenges: 1,
        submits: 1,
        integrity: { clean: 1, flagged: 0, tampered: 0, reviewPending: 0 },
      },
    });
    expect(byEmail.get(bob.email)).toMatchObject({
      status: 'submitted',
      competition: {
        rank: 2,
        points: difficulty * 50,
        solved: 0,
        submits: 2,
        integrity: { clean: 1, flagged: 1, tampered: 0, reviewPending: 1 },
      },
    });

    const { pipelineCsv } = await api.ok<{ pipelineCsv: string }>(
      `query($a: ID!) { pipelineCsv(assessmentId: $a) }`,
      { a: assessmentId },
      owner,
    );
    expect(pipelineCsv.split('\r\n')[0]).toMatch(
      /competition_rank,competition_points,competition_solved,competition_integrity$/,
    );
    expect(pipelineCsv).toContain(
      `,1,${difficulty * 100},1/1,clean 1; flagged 0; tampered 0; review pending 0`,
    );

    const adaRow = byEmail.get(ada.email)!;
    const report = await api.ok<{
      candidateReport: { invite: { email: string; competition: { rank: number } } };
    }>(
      `query($i: ID!) { candidateReport(inviteId: $i) { invite { email competition { rank } } } }`,
      { i: adaRow.id },
      owner,
    );
    expect(report.candidateReport.invite).toEqual({ email: ada.email, competition: { rank: 1 } });

    // Another tenant sees neither the pipeline, nor its CSV, nor a report, nor the assessment.
    for (const [query, vars] of [
      [CANDIDATES, { a: assessmentId }],
      [`query($a: ID!) { pipelineCsv(assessmentId: $a) }`, { a: assessmentId }],
      [`query($i: ID!) { candidateReport(inviteId: $i) { totalScore } }`, { i: adaRow.id }],
    ] as const) {
      const foreign = await api.gql(query, vars, other);
      expect(foreign.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    }
    const { rows } = await api.owner.query(
      'select 1 from candidate_invites where competition_id = $1 and tenant_id <> $2',
      [competition.id, owner.tenantId],
    );
    expect(rows).toEqual([]);
    // Nobody is sent a link to a competition's pipeline.
    const invite = await api.gql(
      `mutation($a: ID!) { inviteCandidates(assessmentId: $a, candidates: [{ email: "x@example.com" }]) { invited { id } } }`,
      { a: assessmentId },
      owner,
    );
    expect(invite.errors?.[0].extensions?.code).toBe('CONFLICT');
  }, 90_000);

  it("uses the tenant's own private challenges, never another tenant's nor in a public contest", async () => {
    const mine = await newPrivateChallenge(api.owner, owner.tenantId, 'js-semver-compare-nan');
    const created = await create(owner, [mine.slug, 'js-semver-compare-nan'], 2_000, 600_000);
    expect(created.errors).toBeUndefined();
    const c = created.data!.createHiringCompetition;
    started.push(c.id);
    expect((c.challenges as { slug: string }[]).map((x) => x.slug)).toEqual([
      mine.slug,
      'js-semver-compare-nan',
    ]);

    const foreign = await create(other, [mine.slug], 2_000, 600_000);
    expect(foreign.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(foreign.errors?.[0].message).toBe(
      `challengeSlugs: no catalog challenge or private challenge of yours "${mine.slug}".`,
    );

    const now = Date.now();
    const publicContest = await fetch(`${api.base}/internal/v1/competitions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${INTERNAL_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        title: 'Open cup',
        registrationOpensAt: new Date(now + 3_600_000).toISOString(),
        startsAt: new Date(now + 7_200_000).toISOString(),
        endsAt: new Date(now + 9_000_000).toISOString(),
        challengeSlugs: [mine.slug],
      }),
    });
    expect(publicContest.status).toBe(400);
    expect(((await publicContest.json()) as { detail: string }).detail).toBe(
      `challengeSlugs: no catalog challenge "${mine.slug}".`,
    );

    // The database refuses it too, whoever writes the row.
    const pub = await api.owner.query<{ id: string }>(
      `insert into competitions (kind, title, registration_opens_at, starts_at, ends_at)
       values ('public_contest', 'x', now(), now(), now() + interval '1 hour') returning id`,
    );
    await expect(
      api.owner.query(
        'insert into competition_challenges (competition_id, position, challenge_id) values ($1, 1, $2)',
        [pub.rows[0].id, mine.challengeId],
      ),
    ).rejects.toThrow(/not allowed in competition/);

    // An entrant reads the private challenge once the contest is live, and starts an attempt.
    const entrant = await api.signUp();
    const auth = { token: entrant.accessToken };
    await phaseBecomes(c.id, ['registration', 'live']);
    await api.ok(REGISTER, { c: c.id, consent: true }, auth);
    await phaseBecomes(c.id, ['live']);
    const view = await api.ok<{ competition: { challenges: { slug: string; title: string }[] } }>(
      `query($c: ID!) { competition(id: $c) { challenges { slug title } } }`,
      { c: c.id },
      auth,
    );
    expect(view.competition.challenges[0].slug).toBe(mine.slug);
    expect(view.competition.challenges[0].title).toMatch(/^Private /);
    const attempt = await api.ok<{ startAttempt: { id: string } }>(
      `mutation($s: String!) { startAttempt(slug: $s) { id } }`,
      { s: mine.slug },
      auth,
    );
    expect(attempt.startAttempt.id).toBeTruthy();
    // A learner who did not enter still cannot.
    const outsider = await api.signUp();
    const refused = await api.gql(
      `mutation($s: String!) { startAttempt(slug: $s) { id } }`,
      { s: mine.slug },
      { token: outsider.accessToken },
    );
    expect(refused.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  }, 60_000);
});
