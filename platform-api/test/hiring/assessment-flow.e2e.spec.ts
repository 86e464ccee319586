import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApiHarness, codeOf } from '../support/api-harness';
import { INTERNAL_TOKEN, WorkerProcess } from '../support/worker-process';
import { HiringClient } from './hiring-client';

const PY = 'py-paginate-last-page';
const JS = 'js-semver-compare-nan';
const fix = readFileSync(
  join(__dirname, '..', '..', '..', 'challenges', PY, 'solution', 'pagination.py'),
  'utf8',
);

const SESSION = `id phase deadline timeLimitSeconds hintsAllowed challenges { position attemptId slug title }`;

async function waitForPhase(api: ApiHarness, token: string, phases: string[]) {
  const deadline = Date.now() + 90_000;
  for (;;) {
    const { candidateSession } = await api.ok<{
      candidateSession: { phase: string; score: number | null };
    }>('{ candidateSession { phase score } }', {}, { token });
    if (phases.includes(candidateSession.phase)) return candidateSession;
    if (Date.now() > deadline) throw new Error(`session still ${candidateSession.phase}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe('hiring end to end: company, team, assessment, candidate, workflow, report', () => {
  let api: ApiHarness;
  let worker: WorkerProcess;
  let hiring: HiringClient;
  const taskQueue = `api-test-${randomUUID()}`;

  beforeAll(async () => {
    api = await ApiHarness.start({
      sandbox: true,
      env: {
        TEMPORAL_TASK_QUEUE: taskQueue,
        INTERNAL_API_TOKEN: INTERNAL_TOKEN,
        OUTBOX_POLL_MS: '50',
      },
    });
    worker = await WorkerProcess.start(api.base, taskQueue);
    hiring = new HiringClient(api);
  }, 90_000);

  afterAll(async () => {
    await worker?.stop();
    await api?.stop();
  });

  it('takes a company from sign-up to a candidate report with the run timeline', async () => {
    const owner = await hiring.signUpCompany('Acme Hiring');
    const ownerAuth = { token: owner.token, tenantId: owner.tenantId };

    // The owner invites a recruiter; the invitation arrives in the local mailbox.
    const recruiterEmail = `rita-${randomUUID().slice(0, 8)}@example.com`;
    await api.ok(
      `mutation($e: String!) { inviteTeamMember(email: $e, role: recruiter) { id status } }`,
      { e: recruiterEmail },
      ownerAuth,
    );
    const invitation = await hiring.waitForMail(ownerAuth, recruiterEmail);
    const joinToken = new URL(invitation.links[0]).searchParams.get('token')!;
    const preview = await api.ok<{ teamInvite: unknown }>(
      `query($t: String!) { teamInvite(token: $t) { tenantName email role accountExists } }`,
      { t: joinToken },
    );
    expect(preview.teamInvite).toEqual({
      tenantName: 'Acme Hiring',
      email: recruiterEmail,
      role: 'recruiter',
      accountExists: false,
    });
    const joined = await api.ok<{
      acceptTeamInvite: { auth: { accessToken: string }; role: string };
    }>(
      `mutation($i: AcceptTeamInviteInput!) { acceptTeamInvite(input: $i) { auth { accessToken } role tenant { id } } }`,
      { i: { token: joinToken, displayName: 'Rita Recruiter', password: 'another long password' } },
    );
    expect(joined.acceptTeamInvite.role).toBe('recruiter');
    // Single use: the same link does nothing the second time.
    expect(
      codeOf(
        await api.gql(`query($t: String!) { teamInvite(token: $t) { email } }`, { t: joinToken }),
      ),
    ).toBe('NOT_FOUND');
    const recruiter = { token: joined.acceptTeamInvite.auth.accessToken, tenantId: owner.tenantId };

    // The recruiter builds an assessment from two catalog challenges and invites a candidate.
    const assessmentId = await hiring.createPublishedAssessment(recruiter, [PY, JS]);
    const batch = await api.ok<{
      inviteCandidates: { invited: unknown[]; errors: { index: number; message: string }[] };
    }>(
      `mutation($id: ID!, $c: [CandidateInput!]!) {
        inviteCandidates(assessmentId: $id, candidates: $c) { invited { email status } errors { index email message } } }`,
      {
        id: assessmentId,
        c: [{ email: 'not-an-email' }, { email: 'dup@example.com' }, { email: 'DUP@example.com' }],
      },
      recruiter,
    );
    expect(batch.inviteCandidates.invited).toEqual([
      { email: 'dup@example.com', status: 'invited' },
    ]);
    expect(batch.inviteCandidates.errors.map((e) => [e.index, e.message])).toEqual([
      [0, 'email: must be an email address'],
      [2, 'already invited to this assessment'],
    ]);
    const candidateEmail = `cand-${randomUUID().slice(0, 8)}@example.com`;
    const {
      inviteId,
      token: link,
      mail,
    } = await hiring.inviteCandidate(recruiter, assessmentId, candidateEmail, 50);
    expect(mail.subject).toContain('Acme Hiring');
    expect(mail.text).toContain('45 minutes'); // 30 min + 50%

    // The candidate's landing page, then the session: opening twice is the same session.
    const landing = await api.ok<{ candidateInvite: Record<string, unknown> }>(
      `query($t: String!) { candidateInvite(token: $t) { companyName assessmentTitle timeLimitMinutes challengeCount hintsAllowed status } }`,
      { t: link },
    );
    expect(landing.candidateInvite).toEqual({
      companyName: 'Acme Hiring',
      assessmentTitle: 'Backend debugging',
      timeLimitMinutes: 45,
      challengeCount: 2,
      hintsAllowed: false,
      status: 'invited',
    });
    const first = await hiring.openSession(link);
    const again = await hiring.openSession(link);
    expect(again.session.id).toBe(first.session.id);
    const candidate = { token: again.token };

    expect(
      codeOf(await api.gql('mutation { beginAssessment(consent: false) { id } }', {}, candidate)),
    ).toBe('BAD_USER_INPUT');
    const begun = await api.ok<{
      beginAssessment: {
        phase: string;
        timeLimitSeconds: number;
        deadline: string;
        challenges: { attemptId: string; slug: string }[];
      };
    }>(`mutation { beginAssessment(consent: true) { ${SESSION} } }`, {}, candidate);
    expect(begun.beginAssessment.phase).toBe('in_progress');
    expect(begun.beginAssessment.timeLimitSeconds).toBe(45 * 60);
    expect(begun.beginAssessment.challenges.map((c) => c.slug)).toEqual([PY, JS]);
    const [py] = begun.beginAssessment.challenges;

    // The candidate works only inside the session: staff queries and learner calls are refused.
    expect(codeOf(await api.gql('{ assessments { id } }', {}, candidate))).toBe('FORBIDDEN');
    expect(
      codeOf(await api.gql(`mutation { startAttempt(slug: "${PY}") { id } }`, {}, candidate)),
    ).toBe('FORBIDDEN');
    expect(
      codeOf(
        await api.gql(
          `mutation($id: ID!) { revealHint(attemptId: $id) { text } }`,
          { id: py.attemptId },
          candidate,
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(
      codeOf(
        await api.gql(
          `mutation($id: ID!) { submit(attemptId: $id) { score } }`,
          { id: py.attemptId },
          candidate,
        ),
      ),
    ).toBe('CONFLICT');

    const failing = await api.ok<{ runTests: { status: string } }>(
      `mutation($id: ID!) { runTests(attemptId: $id) { status } }`,
      { id: py.attemptId },
      candidate,
    );
    expect(failing.runTests.status).toBe('FAIL');
    const passing = await api.ok<{ runTests: { status: string } }>(
      `mutation($id: ID!, $f: [FileInput!]!) { runTests(attemptId: $id, files: $f) { status } }`,
      { id: py.attemptId, f: [{ path: 'pagination.py', content: fix }] },
      candidate,
    );
    expect(passing.runTests.status).toBe('PASS');
    await api.ok('mutation { recordIntegrity(pastes: 2, focusLosses: 3) }', {}, candidate);

    // The pipeline shows the candidate as started; then they submit and the workflow scores.
    const started = await api.ok<{ candidates: { email: string; status: string }[] }>(
      `query($id: ID!) { candidates(assessmentId: $id) { email status } }`,
      { id: assessmentId },
      recruiter,
    );
    expect(started.candidates).toContainEqual({ email: candidateEmail, status: 'started' });
    await api.ok('mutation { submitAssessment { phase } }', {}, candidate);
    const ended = await waitForPhase(api, candidate.token, ['submitted']);
    expect(ended.score).toBeGreaterThan(0);

    // The recruiter reads the report: per-challenge scores, every run with its diff, integrity.
    const { candidateReport: report } = await api.ok<{
      candidateReport: {
        endedBy: string;
        totalScore: number;
        challenges: {
          slug: string;
          score: number;
          hiddenPassed: number;
          hiddenTotal: number;
          runs: { suite: string; status: string; diff: string }[];
          finalDiff: string;
        }[];
        integrity: { pasteEvents: number; focusLosses: number };
      };
    }>(
      `query($id: ID!) { candidateReport(inviteId: $id) {
        endedBy totalScore
        challenges { slug score hiddenPassed hiddenTotal runs { suite status diff } finalDiff }
        integrity { pasteEvents focusLosses similar { candidate } } } }`,
      { id: inviteId },
      recruiter,
    );
    expect(report.endedBy).toBe('submitted');
    const [pyReport, jsReport] = report.challenges;
    expect(pyReport.slug).toBe(PY);
    expect(pyReport.hiddenPassed).toBe(pyReport.hiddenTotal);
    expect(pyReport.runs.map((r) => [r.suite, r.status])).toEqual([
      ['visible', 'fail'],
      ['visible', 'pass'],
      ['hidden', 'pass'],
    ]);
    expect(pyReport.runs[0].diff).toBe('');
    expect(pyReport.runs[1].diff).toMatch(/^\+/m);
    expect(pyReport.finalDiff).toContain('+++ b/pagination.py');
    // Left untouched: it fixed nothing, so it scores 0, and no hidden run was spent on it.
    expect(jsReport).toMatchObject({ slug: JS, score: 0, finalDiff: '', hiddenTotal: 0 });
    expect(jsReport.runs.filter((r) => r.suite === 'hidden')).toEqual([]);
    expect(report.totalScore).toBe(Math.round((pyReport.score + 0) / 2));
    expect(report.integrity).toMatchObject({ pasteEvents: 2, focusLosses: 3 });

    const csv = await api.ok<{ pipelineCsv: string }>(
      `query($id: ID!) { pipelineCsv(assessmentId: $id) }`,
      { id: assessmentId },
      recruiter,
    );
    expect(csv.pipelineCsv).toContain(`${candidateEmail},submitted,${report.totalScore},50,`);

    // Done is done: the link no longer opens a session, writes are refused.
    expect(
      codeOf(
        await api.gql(`mutation($t: String!) { openCandidateSession(token: $t) { token } }`, {
          t: link,
        }),
      ),
    ).toBe('CONFLICT');
    expect(
      codeOf(
        await api.gql(
          `mutation($id: ID!) { runTests(attemptId: $id) { status } }`,
          { id: py.attemptId },
          candidate,
        ),
      ),
    ).toBe('CONFLICT');

    const audit = await api.ok<{ auditLog: { action: string }[] }>(
      '{ auditLog { action } }',
      {},
      ownerAuth,
    );
    expect(audit.auditLog.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        'tenant.created',
        'team.invited',
        'team.joined',
        'assessment.created',
        'assessment.published',
        'candidates.invited',
      ]),
    );
  }, 180_000);

  it('auto-submits the last saved files when time runs out (the finalize call the timer makes)', async () => {
    const owner = await hiring.signUpCompany('Timeboxed Ltd');
    const auth = { token: owner.token, tenantId: owner.tenantId };
    const assessmentId = await hiring.createPublishedAssessment(auth, [PY]);
    const { inviteId, token: link } = await hiring.inviteCandidate(
      auth,
      assessmentId,
      'late@example.com',
    );
    const { token, session } = await hiring.openSession(link);
    const begun = await api.ok<{ beginAssessment: { challenges: { attemptId: string }[] } }>(
      `mutation { beginAssessment(consent: true) { ${SESSION} } }`,
      {},
      { token },
    );
    const attemptId = begun.beginAssessment.challenges[0].attemptId;
    // Saved, never run or submitted by the candidate.
    await api.ok(
      `mutation($id: ID!, $f: [FileInput!]!) { saveFiles(attemptId: $id, files: $f) { id } }`,
      { id: attemptId, f: [{ path: 'pagination.py', content: fix }] },
      { token },
    );

    const finalize = (body: unknown, bearer = INTERNAL_TOKEN) =>
      fetch(`${api.base}/internal/v1/assessment-sessions/${session.id}/finalize`, {
        method: 'POST',
        headers: { authorization: `Bearer ${bearer}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const wrongToken = await finalize(
      { tenantId: owner.tenantId, reason: 'expired' },
      'not-the-token',
    );
    expect(wrongToken.status).toBe(401);
    expect(wrongToken.headers.get('content-type')).toContain('application/problem+json');
    expect((await finalize({ tenantId: owner.tenantId, reason: 'late' })).status).toBe(400);
    // Another tenant's id cannot reach this session (row-level security): 404.
    const other = await hiring.signUpCompany('Other Co');
    expect((await finalize({ tenantId: other.tenantId, reason: 'expired' })).status).toBe(404);

    const response = await finalize({ tenantId: owner.tenantId, reason: 'expired' });
    expect(response.status).toBe(200);
    const result = (await response.json()) as { phase: string; score: number };
    expect(result.phase).toBe('expired');
    expect(result.score).toBeGreaterThan(0);
    // Idempotent: the workflow's retry gets the same answer and nothing runs twice.
    expect(await (await finalize({ tenantId: owner.tenantId, reason: 'expired' })).json()).toEqual({
      sessionId: session.id,
      ...result,
    });

    const { candidateReport } = await api.ok<{
      candidateReport: {
        endedBy: string;
        totalScore: number;
        challenges: { runs: { suite: string }[]; hiddenPassed: number; hiddenTotal: number }[];
      };
    }>(
      `query($id: ID!) { candidateReport(inviteId: $id) { endedBy totalScore challenges { hiddenPassed hiddenTotal runs { suite } } } }`,
      { id: inviteId },
      auth,
    );
    expect(candidateReport.endedBy).toBe('expired');
    expect(candidateReport.totalScore).toBe(result.score);
    expect(candidateReport.challenges[0].runs.map((r) => r.suite)).toEqual(['hidden']);
    expect(candidateReport.challenges[0].hiddenPassed).toBe(
      candidateReport.challenges[0].hiddenTotal,
    );
    const { rows } = await api.owner.query(
      `select payload from outbox where topic = 'assessment.report_ready' and payload->>'sessionId' = $1`,
      [session.id],
    );
    expect(rows).toHaveLength(1);
  }, 120_000);
});
