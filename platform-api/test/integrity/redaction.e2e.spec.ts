import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApiHarness } from '../support/api-harness';
import { INTERNAL_TOKEN, WorkerProcess } from '../support/worker-process';
import { HiringClient } from '../hiring/hiring-client';
import { FORGED, JS, JS_FILE, REPORT, type Report, waitForEnd } from './forgery';

const fixed = readFileSync(
  join(__dirname, '..', '..', '..', 'challenges', JS, 'solution', JS_FILE),
  'utf8',
);
const CAREERS = 'https://careers.redaction.test';

const ATTEMPT = `query($id: ID!) { attempt(id: $id) {
  runs { suite status redacted total passed failed tests { name status message output } stdout stderr }
  submission { score reviewRequired breakdown { total } } } }`;

interface AttemptView {
  runs: {
    suite: string;
    status: string;
    redacted: boolean;
    total: number;
    passed: number;
    failed: number;
    tests: { name: string; message: string | null; output: string | null }[];
    stdout: string;
    stderr: string;
  }[];
  submission: { score: number | null; reviewRequired: boolean; breakdown: unknown } | null;
}

/** The hidden test names of the challenge, as staff see them (the validated set). */
async function hiddenTestNames(api: ApiHarness): Promise<string[]> {
  const { rows } = await api.owner.query<{ hidden_tests: Record<string, string> }>(
    `select v.hidden_tests from challenge_versions v join challenges c on c.current_version_id = v.id
      where c.slug = $1 and c.tenant_id is null`,
    [JS],
  );
  const source = Object.values(rows[0].hidden_tests).join('\n');
  return [...source.matchAll(/test\('([^']+)'/g)].map((m) => m[1]);
}

describe('redaction: solvers read hidden runs as counts only', () => {
  let api: ApiHarness;
  let worker: WorkerProcess;
  let hiring: HiringClient;
  let names: string[];
  const taskQueue = `api-test-${randomUUID()}`;

  beforeAll(async () => {
    api = await ApiHarness.start({
      sandbox: true,
      env: { TEMPORAL_TASK_QUEUE: taskQueue, INTERNAL_API_TOKEN: INTERNAL_TOKEN },
    });
    worker = await WorkerProcess.start(api.base, taskQueue);
    hiring = new HiringClient(api);
    names = await hiddenTestNames(api);
    expect(names.length).toBeGreaterThan(2);
  }, 120_000);

  afterAll(async () => {
    await worker?.stop();
    await api?.stop();
  });

  const expectCountsOnly = (view: AttemptView) => {
    const hidden = view.runs.filter((r) => r.suite !== 'visible');
    expect(hidden).toHaveLength(1);
    expect(hidden[0]).toMatchObject({ redacted: true, tests: [], stdout: '', stderr: '' });
    expect(hidden[0].total).toBeGreaterThan(0);
    const text = JSON.stringify(view);
    for (const name of names) expect(text).not.toContain(name);
  };

  it('a learner: visible runs whole, the hidden run as counts; a forged practice submit shows no score and raises nothing', async () => {
    const email = `learner-${randomUUID().slice(0, 8)}@example.com`;
    const learner = { token: (await api.signUp(email)).accessToken };
    const start = async () =>
      (
        await api.ok<{ startAttempt: { id: string } }>(
          `mutation { startAttempt(slug: "${JS}") { id } }`,
          {},
          learner,
        )
      ).startAttempt.id;

    const forgedId = await start();
    await api.ok(
      `mutation($id: ID!) { runTests(attemptId: $id) { status } }`,
      { id: forgedId },
      learner,
    );
    const { submit } = await api.ok<{ submit: { score: number | null; reviewRequired: boolean } }>(
      `mutation($id: ID!, $f: [FileInput!]!) { submit(attemptId: $id, files: $f) { score reviewRequired } }`,
      { id: forgedId, f: [{ path: JS_FILE, content: FORGED }] },
      learner,
    );
    expect(submit).toEqual({ score: null, reviewRequired: true });
    const forged = (await api.ok<{ attempt: AttemptView }>(ATTEMPT, { id: forgedId }, learner))
      .attempt;
    expectCountsOnly(forged);
    const visible = forged.runs.find((r) => r.suite === 'visible')!;
    expect(visible.redacted).toBe(false);
    expect(visible.tests.length).toBeGreaterThan(0);
    expect(visible.tests.every((t) => t.name.length > 0)).toBe(true);
    const { myProgress } = await api.ok<{
      myProgress: { solvedCount: number; mastery: unknown[] };
    }>('{ myProgress { solvedCount mastery { key } } }', {}, learner);
    expect(myProgress.solvedCount).toBe(0);
    expect(myProgress.mastery).toEqual([]);

    // A real fix: scored at once, and still counts only for the hidden run.
    const fixedId = await start();
    const clean = await api.ok<{ submit: { score: number | null; reviewRequired: boolean } }>(
      `mutation($id: ID!, $f: [FileInput!]!) { submit(attemptId: $id, files: $f) { score reviewRequired } }`,
      { id: fixedId, f: [{ path: JS_FILE, content: fixed }] },
      learner,
    );
    expect(clean.submit.reviewRequired).toBe(false);
    expect(clean.submit.score).toBeGreaterThan(0);
    expectCountsOnly(
      (await api.ok<{ attempt: AttemptView }>(ATTEMPT, { id: fixedId }, learner)).attempt,
    );
  }, 240_000);

  it('a career-page applicant: the widget and their token show no hidden names; staff see them in the report', async () => {
    const company = await hiring.signUpCompany('Redaction Careers');
    const staff = { token: company.token, tenantId: company.tenantId };
    const { createEmbedKey: key } = await api.ok<{
      createEmbedKey: { publishableKey: string };
    }>(
      `mutation($i: EmbedKeyInput!) { createEmbedKey(input: $i) { publishableKey } }`,
      { i: { name: 'Careers', allowedOrigins: [CAREERS], challengeSlugs: [JS] } },
      staff,
    );
    const call = (path: string, body: unknown, bearer?: string) =>
      fetch(`${api.base}/widget/v1${path}`, {
        method: 'POST',
        headers: {
          origin: CAREERS,
          'x-fixpoint-key': key.publishableKey,
          'content-type': 'application/json',
          ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
        },
        body: JSON.stringify(body),
      });
    const started = (await (await call('/attempts', { challenge: JS })).json()) as {
      attemptId: string;
      applicantToken: string;
    };
    const submitted = await call(
      `/attempts/${started.attemptId}/submit`,
      {
        name: 'Ann Applicant',
        email: `ann-${randomUUID().slice(0, 8)}@example.com`,
        consent: true,
        files: [{ path: JS_FILE, content: FORGED }],
      },
      started.applicantToken,
    );
    expect(submitted.status).toBe(202);
    const answer = await submitted.text();
    for (const name of names) expect(answer).not.toContain(name);
    await waitForEnd(api, started.applicantToken);

    const view = await api.ok<{ attempt: AttemptView }>(
      ATTEMPT,
      { id: started.attemptId },
      { token: started.applicantToken },
    );
    expectCountsOnly(view.attempt);
    expect(view.attempt.submission).toMatchObject({ score: null, reviewRequired: true });

    // The key's career-page assessment is the company's only one.
    const { assessments } = await api.ok<{ assessments: { id: string }[] }>(
      '{ assessments { id } }',
      {},
      staff,
    );
    expect(assessments).toHaveLength(1);
    const { candidates: pipeline } = await api.ok<{
      candidates: { id: string; score: number | null; underReview: boolean }[];
    }>(
      `query($id: ID!) { candidates(assessmentId: $id) { id score underReview } }`,
      { id: assessments[0].id },
      staff,
    );
    expect(pipeline[0]).toMatchObject({ score: null, underReview: true });
    const report = (
      await api.ok<{ candidateReport: Report }>(REPORT, { id: pipeline[0].id }, staff)
    ).candidateReport;
    const hidden = report.challenges[0].runs.find((r) => r.suite === 'hidden')!;
    // Staff read the hidden run as the sandbox reported it: names (and messages) included.
    expect(hidden.tests.length).toBeGreaterThan(0);
    expect(hidden.tests.every((t) => t.name.length > 0)).toBe(true);
    const theirs = view.attempt.runs.find((r) => r.suite === 'hidden')!;
    expect(theirs.total).toBe(hidden.tests.length);
    for (const t of hidden.tests) expect(JSON.stringify(view.attempt)).not.toContain(t.name);
  }, 240_000);
});
