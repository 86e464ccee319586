import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApiHarness, codeOf } from '../support/api-harness';
import { INTERNAL_TOKEN, WorkerProcess } from '../support/worker-process';
import { HiringClient } from '../hiring/hiring-client';
import {
  candidateSubmits,
  DECIDE,
  FORGED,
  JS,
  JS_FILE,
  REPORT,
  type Report,
  teamMember,
} from './forgery';

const fixed = readFileSync(
  join(__dirname, '..', '..', '..', 'challenges', JS, 'solution', JS_FILE),
  'utf8',
);

describe('grade integrity: a forged submission is withheld until a person decides', () => {
  let api: ApiHarness;
  let worker: WorkerProcess;
  let hiring: HiringClient;
  let owner: { token: string; tenantId: string };
  let assessmentId: string;
  const taskQueue = `api-test-${randomUUID()}`;

  const report = async (inviteId: string, auth = owner) =>
    (await api.ok<{ candidateReport: Report }>(REPORT, { id: inviteId }, auth)).candidateReport;

  beforeAll(async () => {
    api = await ApiHarness.start({
      sandbox: true,
      env: { TEMPORAL_TASK_QUEUE: taskQueue, INTERNAL_API_TOKEN: INTERNAL_TOKEN },
    });
    worker = await WorkerProcess.start(api.base, taskQueue);
    hiring = new HiringClient(api);
    const company = await hiring.signUpCompany('Forgery Watch');
    owner = { token: company.token, tenantId: company.tenantId };
    assessmentId = await hiring.createPublishedAssessment(owner, [JS]);
  }, 120_000);

  afterAll(async () => {
    await worker?.stop();
    await api?.stop();
  });

  it('withholds a forged submission and its total, shows the finding, and a rejection counts 0', async () => {
    const { inviteId, attemptId, token } = await candidateSubmits(
      api,
      hiring,
      owner,
      assessmentId,
      FORGED,
    );
    const before = await report(inviteId);
    const [challenge] = before.challenges;
    expect(challenge.integrity?.verdict).toMatch(/^(TAMPERED|FLAGGED)$/);
    expect(challenge.integrity?.reviewStatus).toBe('PENDING');
    expect(challenge.integrity?.findings.length).toBeGreaterThan(0);
    expect(challenge.integrity?.seed).toBeTruthy();
    expect(challenge.score).toBeNull();
    expect(before.totalScore).toBeNull();
    expect(before.reviewRequired).toBe(true);
    expect(before.invite).toEqual({ score: null, underReview: true });
    // Staff see the hidden run whole in the report.
    const hidden = challenge.runs.find((r) => r.suite === 'hidden')!;
    expect(hidden.tests.length).toBeGreaterThan(0);

    const csv = await api.ok<{ pipelineCsv: string }>(
      `query($id: ID!) { pipelineCsv(assessmentId: $id) }`,
      { id: assessmentId },
      owner,
    );
    expect(csv.pipelineCsv).toMatch(/,submitted,under review,/);

    // The candidate, with their token after submit, sees counts only and no score.
    const { attempt } = await api.ok<{
      attempt: {
        runs: {
          suite: string;
          redacted: boolean;
          total: number;
          tests: unknown[];
          stdout: string;
          stderr: string;
        }[];
        submission: { score: number | null; reviewRequired: boolean; breakdown: unknown };
      };
    }>(
      `query($id: ID!) { attempt(id: $id) {
        runs { suite redacted total passed failed tests { name message output } stdout stderr }
        submission { score reviewRequired breakdown { total } } } }`,
      { id: attemptId },
      { token },
    );
    const theirs = attempt.runs.find((r) => r.suite === 'hidden')!;
    expect(theirs).toMatchObject({ redacted: true, tests: [], stdout: '', stderr: '' });
    expect(theirs.total).toBe(hidden.tests.length);
    expect(attempt.submission).toEqual({ score: null, reviewRequired: true, breakdown: null });
    const raw = JSON.stringify(attempt);
    for (const test of hidden.tests) expect(raw).not.toContain(test.name);

    // A reason is required.
    const noReason = await api.gql(
      DECIDE,
      { s: challenge.integrity!.submissionId, d: 'REJECT', r: '   ' },
      owner,
    );
    expect(codeOf(noReason)).toBe('BAD_USER_INPUT');

    const { decideIntegrityReview: decided } = await api.ok<{
      decideIntegrityReview: { reviewStatus: string; score: number; totalScore: number };
    }>(
      DECIDE,
      { s: challenge.integrity!.submissionId, d: 'REJECT', r: 'assert replaced with no-ops' },
      owner,
    );
    expect(decided).toMatchObject({ reviewStatus: 'REJECTED', score: 0, totalScore: 0 });

    const after = await report(inviteId);
    expect(after.totalScore).toBe(0);
    expect(after.reviewRequired).toBe(false);
    expect(after.invite).toEqual({ score: 0, underReview: false });
    expect(after.challenges[0].integrity).toMatchObject({
      reviewStatus: 'REJECTED',
      reason: 'assert replaced with no-ops',
      reviewedBy: expect.stringContaining('Olive Owner'),
    });

    const again = await api.gql(
      DECIDE,
      { s: challenge.integrity!.submissionId, d: 'ACCEPT', r: 'changed my mind' },
      owner,
    );
    expect(codeOf(again)).toBe('CONFLICT');

    const { auditLog } = await api.ok<{
      auditLog: { action: string; targetId: string; data: Record<string, unknown> }[];
    }>('{ auditLog { action targetId data } }', {}, owner);
    const entry = auditLog.find((e) => e.action === 'integrity_review.rejected');
    expect(entry).toMatchObject({
      targetId: challenge.integrity!.submissionId,
      data: {
        decision: 'rejected',
        reason: 'assert replaced with no-ops',
        findingCodes: challenge
          .integrity!.findings.map((f) => f.code)
          .filter((c, i, all) => all.indexOf(c) === i),
      },
    });
  }, 240_000);

  it('accepting takes a second member (four eyes) and releases the computed score into the total', async () => {
    const { inviteId } = await candidateSubmits(api, hiring, owner, assessmentId, FORGED);
    const [challenge] = (await report(inviteId)).challenges;
    expect(challenge.integrity?.reviewStatus).toBe('PENDING');
    // The owner invited this candidate: clearing the flag is not theirs to do alone.
    const own = await api.gql(
      DECIDE,
      { s: challenge.integrity!.submissionId, d: 'ACCEPT', r: 'my candidate is fine' },
      owner,
    );
    expect(own.errors?.[0].extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'FOUR_EYES_REQUIRED',
    });
    expect((await report(inviteId)).challenges[0].integrity?.reviewStatus).toBe('PENDING');
    const recruiter = await teamMember(api, hiring, owner, 'recruiter');
    const { decideIntegrityReview: decided } = await api.ok<{
      decideIntegrityReview: { reviewStatus: string; score: number; totalScore: number };
    }>(
      DECIDE,
      { s: challenge.integrity!.submissionId, d: 'ACCEPT', r: 'benign helper' },
      recruiter,
    );
    expect(decided.reviewStatus).toBe('ACCEPTED');
    expect(decided.score).toBeGreaterThanOrEqual(0);
    const after = await report(inviteId);
    expect(after.challenges[0].score).toBe(decided.score);
    expect(after.totalScore).toBe(decided.score);
    expect(after.invite.underReview).toBe(false);
  }, 240_000);

  it('a clean fix is scored at once and needs no decision', async () => {
    const { inviteId } = await candidateSubmits(api, hiring, owner, assessmentId, fixed);
    const after = await report(inviteId);
    expect(after.challenges[0].integrity).toMatchObject({
      verdict: 'CLEAN',
      reviewStatus: 'NOT_NEEDED',
    });
    expect(after.totalScore).toBeGreaterThan(0);
    const refused = await api.gql(
      DECIDE,
      { s: after.challenges[0].integrity!.submissionId, d: 'REJECT', r: 'no' },
      owner,
    );
    expect(codeOf(refused)).toBe('CONFLICT');
  }, 240_000);

  it('hiring managers and viewers cannot decide; another company cannot see the submission', async () => {
    const { inviteId } = await candidateSubmits(api, hiring, owner, assessmentId, FORGED);
    const submissionId = (await report(inviteId)).challenges[0].integrity!.submissionId;
    for (const role of ['hiring_manager', 'viewer']) {
      const member = await teamMember(api, hiring, owner, role);
      const refused = await api.gql(DECIDE, { s: submissionId, d: 'ACCEPT', r: 'ok' }, member);
      expect([role, codeOf(refused)]).toEqual([role, 'FORBIDDEN']);
    }
    const other = await hiring.signUpCompany('Someone Else');
    const foreign = await api.gql(
      DECIDE,
      { s: submissionId, d: 'ACCEPT', r: 'ok' },
      { token: other.token, tenantId: other.tenantId },
    );
    expect(codeOf(foreign)).toBe('NOT_FOUND');
    // Nothing was decided by those calls.
    expect((await report(inviteId)).challenges[0].integrity?.reviewStatus).toBe('PENDING');
  }, 240_000);
});
