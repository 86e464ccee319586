import { randomUUID } from 'node:crypto';
import { ApiHarness, codeOf } from '../support/api-harness';
import { INTERNAL_TOKEN, WorkerProcess } from '../support/worker-process';
import { HiringClient } from '../hiring/hiring-client';

/**
 * Issue 13, item 7: the widget API was an open door to sandbox work. Every sandbox-using call
 * counts per learner, per candidate session and per embed key; a key starts a bounded number of
 * applicants a day; an untouched attempt scores 0 without a run; who an applicant is gets fixed
 * at submit, and an address already used is a CONFLICT, not a 500.
 */
const SLUG = 'py-paginate-last-page';
const CAREERS = 'https://careers.acme.test';
const RUNS = 2;
const CAP = 5;

describe('limits on sandbox work', () => {
  let api: ApiHarness;
  let worker: WorkerProcess;
  let staff: { token: string; tenantId: string };
  let key: { id: string; publishableKey: string; challenges: { assessmentId: string }[] };
  const taskQueue = `api-test-${randomUUID()}`;

  const call = (path: string, init: { key?: string; bearer?: string; body?: unknown } = {}) =>
    fetch(`${api.base}/widget/v1${path}`, {
      method: init.body ? 'POST' : 'GET',
      headers: {
        origin: CAREERS,
        'x-fixpoint-key': init.key ?? key.publishableKey,
        ...(init.bearer ? { authorization: `Bearer ${init.bearer}` } : {}),
        ...(init.body ? { 'content-type': 'application/json' } : {}),
      },
      body: init.body ? JSON.stringify(init.body) : undefined,
    });

  const newKey = async (name: string) =>
    (
      await api.ok<{ createEmbedKey: typeof key }>(
        `mutation($i: EmbedKeyInput!) { createEmbedKey(input: $i) { id publishableKey challenges { assessmentId } } }`,
        { i: { name, allowedOrigins: [CAREERS], challengeSlugs: [SLUG] } },
        staff,
      )
    ).createEmbedKey;

  const startApplicant = async (publishableKey = key.publishableKey) => {
    const res = await call('/attempts', { key: publishableKey, body: { challenge: SLUG } });
    expect(res.status).toBe(201);
    return (await res.json()) as { attemptId: string; applicantToken: string };
  };

  beforeAll(async () => {
    api = await ApiHarness.start({
      sandbox: true,
      env: {
        TEMPORAL_TASK_QUEUE: taskQueue,
        INTERNAL_API_TOKEN: INTERNAL_TOKEN,
        RUN_RATE_LIMIT_PER_USER: String(RUNS),
        RUN_RATE_LIMIT_PER_SESSION: String(RUNS),
        EMBED_DAILY_APPLICANT_CAP: String(CAP),
      },
    });
    worker = await WorkerProcess.start(api.base, taskQueue);
    const owner = await new HiringClient(api).signUpCompany('Acme Careers');
    staff = { token: owner.token, tenantId: owner.tenantId };
    key = await newKey('Careers page');
  }, 90_000);

  afterAll(async () => {
    await worker?.stop();
    await api?.stop();
  });

  it("limits a learner's runs and submits together, with a retry-after", async () => {
    const learner = await api.signUp();
    const auth = { token: learner.accessToken };
    const { startAttempt } = await api.ok<{ startAttempt: { id: string } }>(
      `mutation { startAttempt(slug: "${SLUG}") { id } }`,
      {},
      auth,
    );
    const runTests = `mutation($id: ID!) { runTests(attemptId: $id) { status } }`;
    for (let i = 0; i < RUNS; i++) await api.ok(runTests, { id: startAttempt.id }, auth);
    const limited = await api.gql(runTests, { id: startAttempt.id }, auth);
    expect(codeOf(limited)).toBe('RATE_LIMITED');
    expect(limited.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(0);
    const submit = await api.gql(
      `mutation($id: ID!) { submit(attemptId: $id) { score } }`,
      { id: startAttempt.id },
      auth,
    );
    expect(codeOf(submit)).toBe('RATE_LIMITED');
  }, 60_000);

  it('refuses a practice submit of the untouched starter without running it', async () => {
    const learner = await api.signUp();
    const auth = { token: learner.accessToken };
    const { startAttempt } = await api.ok<{ startAttempt: { id: string } }>(
      `mutation { startAttempt(slug: "${SLUG}") { id } }`,
      {},
      auth,
    );
    const submit = await api.gql(
      `mutation($id: ID!) { submit(attemptId: $id) { score } }`,
      { id: startAttempt.id },
      auth,
    );
    expect(codeOf(submit)).toBe('BAD_USER_INPUT');
    expect(submit.errors?.[0].extensions?.reason).toBe('UNTOUCHED');
    const runs = await api.owner.query('select 1 from runs where attempt_id = $1', [
      startAttempt.id,
    ]);
    expect(runs.rowCount).toBe(0);
  });

  it("limits one applicant's widget runs per session: 429 with Retry-After", async () => {
    const { attemptId, applicantToken } = await startApplicant();
    const run = () =>
      call(`/attempts/${attemptId}/runs`, { bearer: applicantToken, body: { files: [] } });
    for (let i = 0; i < RUNS; i++) expect((await run()).status).toBe(200);
    const limited = await run();
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await limited.json()).toMatchObject({ code: 'RATE_LIMITED' });
  }, 60_000);

  it('scores an untouched applicant 0 without a run, fixes its identity, and answers a taken e-mail with CONFLICT', async () => {
    const first = await startApplicant();
    const second = await startApplicant();
    const email = `dup-${randomUUID()}@example.com`;
    const submit = (a: typeof first, name: string, address = email) =>
      call(`/attempts/${a.attemptId}/submit`, {
        bearer: a.applicantToken,
        body: { name, email: address, consent: true },
      });

    expect((await submit(first, 'First Applicant')).status).toBe(202);
    const taken = await submit(second, 'Second Applicant');
    expect(taken.status).toBe(409);
    expect(await taken.json()).toMatchObject({ code: 'EMAIL_TAKEN' });

    const assessmentId = key.challenges[0].assessmentId;
    const deadline = Date.now() + 60_000;
    type Row = { id: string; email: string; name: string; status: string; score: number | null };
    let row: Row | undefined;
    while (Date.now() < deadline) {
      const { candidates } = await api.ok<{ candidates: Row[] }>(
        `query($id: ID!) { candidates(assessmentId: $id) { id email name status score } }`,
        { id: assessmentId },
        staff,
      );
      row = candidates.find((c) => c.email === email);
      if (row?.status === 'submitted') break;
      await new Promise((r) => setTimeout(r, 250));
    }
    expect(row).toMatchObject({ name: 'First Applicant', status: 'submitted', score: 0 });
    const hidden = await api.owner.query(
      `select 1 from runs where attempt_id = $1 and suite = 'hidden'`,
      [first.attemptId],
    );
    expect(hidden.rowCount).toBe(0);

    // Scored: the applicant cannot become someone else now.
    const rename = await submit(first, 'Someone Else', `else-${randomUUID()}@example.com`);
    expect(rename.status).toBe(409);
    const after = await api.owner.query<{ email: string; name: string }>(
      'select email, name from candidate_invites where id = $1',
      [row!.id],
    );
    expect(after.rows[0]).toEqual({ email, name: 'First Applicant' });

    // The second applicant, with an address of their own, still submits.
    expect(
      (await submit(second, 'Second Applicant', `own-${randomUUID()}@example.com`)).status,
    ).toBe(202);
  }, 120_000);

  it('starts at most EMBED_DAILY_APPLICANT_CAP applicants a day per key', async () => {
    const other = await newKey('Second careers page');
    for (let i = 0; i < CAP; i++) await startApplicant(other.publishableKey);
    const refused = await call('/attempts', {
      key: other.publishableKey,
      body: { challenge: SLUG },
    });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await refused.json()).toMatchObject({ code: 'DAILY_APPLICANT_CAP' });
    // Another key's applicants are counted on their own.
    await startApplicant();
  }, 60_000);
});
