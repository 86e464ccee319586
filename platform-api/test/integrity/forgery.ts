import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApiHarness } from '../support/api-harness';
import { HiringClient } from '../hiring/hiring-client';

/** A JS catalog challenge whose hidden tests use node:assert/strict. */
export const JS = 'js-semver-compare-nan';
export const JS_FILE = 'src/version.js';

const starter = readFileSync(
  join(__dirname, '..', '..', '..', 'challenges', JS, 'starter', JS_FILE),
  'utf8',
);

/**
 * The forgery a candidate appends to the starter module: it tries to make every function of
 * node:assert/strict a no-op, so that every hidden test would "pass" without the bug being
 * fixed. The graded run must catch it whether or not the assignments take: canaries that must
 * fail would pass (tampered), and the scan sees the test framework touched (flagged).
 */
export const FORGED = `${starter}
import assert from 'node:assert/strict';
for (const name of Object.keys(assert)) {
  try {
    assert[name] = () => {};
  } catch {
    // read-only (AssertionError): leave it
  }
}
`;

type Auth = { token: string; tenantId?: string };

/** A member of the tenant with `role`, invited and joined the way the portal does it. */
export async function teamMember(
  api: ApiHarness,
  hiring: HiringClient,
  owner: Auth & { tenantId: string },
  role: string,
): Promise<Auth & { tenantId: string }> {
  const email = `${role}-${Math.random().toString(36).slice(2)}@example.com`;
  await api.ok(
    `mutation($e: String!) { inviteTeamMember(email: $e, role: ${role}) { id } }`,
    { e: email },
    owner,
  );
  const mail = await hiring.waitForMail(owner, email);
  const token = new URL(mail.links[0]).searchParams.get('token')!;
  const joined = await api.ok<{ acceptTeamInvite: { auth: { accessToken: string } } }>(
    `mutation($i: AcceptTeamInviteInput!) { acceptTeamInvite(input: $i) { auth { accessToken } } }`,
    { i: { token, displayName: `Tess ${role}`, password: 'a long enough password' } },
  );
  return { token: joined.acceptTeamInvite.auth.accessToken, tenantId: owner.tenantId };
}

/** Waits until the candidate's session ended (the workflow finalizes it). */
export async function waitForEnd(api: ApiHarness, token: string) {
  const deadline = Date.now() + 120_000;
  for (;;) {
    const { candidateSession } = await api.ok<{ candidateSession: { phase: string } }>(
      '{ candidateSession { phase } }',
      {},
      { token },
    );
    if (candidateSession.phase === 'submitted' || candidateSession.phase === 'expired') return;
    if (Date.now() > deadline) throw new Error(`session still ${candidateSession.phase}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/**
 * A candidate of `assessmentId` opens the link, consents, saves `content` as the challenge's
 * module and submits; returns once the session is scored.
 */
export async function candidateSubmits(
  api: ApiHarness,
  hiring: HiringClient,
  staff: Auth,
  assessmentId: string,
  content: string,
) {
  const email = `cand-${Math.random().toString(36).slice(2)}@example.com`;
  const { inviteId, token: link } = await hiring.inviteCandidate(staff, assessmentId, email);
  const { token } = await hiring.openSession(link);
  const begun = await api.ok<{ beginAssessment: { challenges: { attemptId: string }[] } }>(
    'mutation { beginAssessment(consent: true) { challenges { attemptId } } }',
    {},
    { token },
  );
  const attemptId = begun.beginAssessment.challenges[0].attemptId;
  await api.ok(
    `mutation($id: ID!, $f: [FileInput!]!) { saveFiles(attemptId: $id, files: $f) { id } }`,
    { id: attemptId, f: [{ path: JS_FILE, content }] },
    { token },
  );
  await api.ok('mutation { submitAssessment { phase } }', {}, { token });
  await waitForEnd(api, token);
  return { inviteId, attemptId, token, email };
}

export const REPORT = `query($id: ID!) { candidateReport(inviteId: $id) {
  totalScore reviewRequired invite { score underReview }
  challenges { slug score hiddenPassed hiddenTotal
    runs { suite status tests { name message } }
    integrity { submissionId verdict seed canaries reviewStatus reviewedBy reviewedAt reason
      findings { layer code message file line excerpt test expected actual } } } } }`;

export interface Report {
  totalScore: number | null;
  reviewRequired: boolean;
  invite: { score: number | null; underReview: boolean };
  challenges: {
    slug: string;
    score: number | null;
    runs: { suite: string; status: string; tests: { name: string; message: string | null }[] }[];
    integrity: {
      submissionId: string;
      verdict: string;
      seed: string | null;
      reviewStatus: string;
      reviewedBy: string | null;
      reviewedAt: string | null;
      reason: string | null;
      findings: { layer: string; code: string; message: string }[];
    } | null;
  }[];
}

export const DECIDE = `mutation($s: ID!, $d: ReviewDecision!, $r: String!) {
  decideIntegrityReview(submissionId: $s, decision: $d, reason: $r) {
    submissionId reviewStatus score totalScore reviewedAt } }`;
