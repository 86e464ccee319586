import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { assessmentSessionWorkflowId, sessionState } from '@fixpoint/workflows/contracts';
import { ApiHarness, codeOf } from '../support/api-harness';
import { TEMPORAL_ADDRESS } from '../support/env';
import { INTERNAL_TOKEN, WorkerProcess } from '../support/worker-process';
import { HiringClient } from '../hiring/hiring-client';

const SLUG = 'py-paginate-last-page';
const fix = readFileSync(
  join(__dirname, '..', '..', '..', 'challenges', SLUG, 'solution', 'pagination.py'),
  'utf8',
);
const CAREERS = 'https://careers.acme.test';

describe('the career-page widget API', () => {
  let api: ApiHarness;
  let worker: WorkerProcess;
  let hiring: HiringClient;
  let staff: { token: string; tenantId: string };
  let key: { id: string; publishableKey: string; challenges: { assessmentId: string }[] };
  const taskQueue = `api-test-${randomUUID()}`;

  const call = (
    path: string,
    init: { method?: string; origin?: string; key?: string; bearer?: string; body?: unknown } = {},
  ) =>
    fetch(`${api.base}/widget/v1${path}`, {
      method: init.method ?? (init.body ? 'POST' : 'GET'),
      headers: {
        ...(init.origin !== undefined ? { origin: init.origin } : { origin: CAREERS }),
        ...(init.key !== undefined
          ? { 'x-fixpoint-key': init.key }
          : { 'x-fixpoint-key': key.publishableKey }),
        ...(init.bearer ? { authorization: `Bearer ${init.bearer}` } : {}),
        ...(init.body ? { 'content-type': 'application/json' } : {}),
      },
      body: init.body ? JSON.stringify(init.body) : undefined,
    });

  beforeAll(async () => {
    api = await ApiHarness.start({
      sandbox: true,
      env: { TEMPORAL_TASK_QUEUE: taskQueue, INTERNAL_API_TOKEN: INTERNAL_TOKEN },
    });
    worker = await WorkerProcess.start(api.base, taskQueue);
    hiring = new HiringClient(api);
    const owner = await hiring.signUpCompany('Acme Careers');
    staff = { token: owner.token, tenantId: owner.tenantId };
    const created = await api.ok<{ createEmbedKey: typeof key }>(
      `mutation($i: EmbedKeyInput!) { createEmbedKey(input: $i) { id publishableKey allowedOrigins challenges { slug assessmentId } } }`,
      { i: { name: 'Careers page', allowedOrigins: [`${CAREERS}/`], challengeSlugs: [SLUG] } },
      staff,
    );
    key = created.createEmbedKey;
  }, 90_000);

  afterAll(async () => {
    await worker?.stop();
    await api?.stop();
  });

  it('refuses keys that are not origins-only, and stores the origin as browsers send it', async () => {
    const bad = await api.gql(
      `mutation($i: EmbedKeyInput!) { createEmbedKey(input: $i) { id } }`,
      { i: { name: 'x', allowedOrigins: ['https://acme.test/jobs'], challengeSlugs: [SLUG] } },
      staff,
    );
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0].message).toContain('is not an origin');
    const { embedKeys } = await api.ok<{ embedKeys: { allowedOrigins: string[] }[] }>(
      '{ embedKeys { allowedOrigins } }',
      {},
      staff,
    );
    expect(embedKeys[0].allowedOrigins).toEqual([CAREERS]);
  });

  it('shows the challenge to an allowed origin, never its hidden tests or solution', async () => {
    const res = await call(`/challenges/${SLUG}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe(CAREERS);
    const body = (await res.json()) as {
      tenantName: string;
      files: { path: string; editable: boolean; content: string }[];
    };
    expect(body.tenantName).toBe('Acme Careers');
    expect(body.files.find((f) => f.path === 'pagination.py')).toMatchObject({ editable: true });
    const text = JSON.stringify(body);
    expect(text).not.toContain(JSON.stringify(fix).slice(1, -1)); // the solution
    const { rows } = await api.owner.query<{ hidden_tests: Record<string, string> }>(
      `select v.hidden_tests from challenge_versions v join challenges c on c.current_version_id = v.id where c.slug = $1 and c.tenant_id is null`,
      [SLUG],
    );
    for (const path of Object.keys(rows[0].hidden_tests)) expect(text).not.toContain(path);
  });

  it('refuses another origin, a wrong or revoked key, with problems the widget can show', async () => {
    const foreign = await call(`/challenges/${SLUG}`, { origin: 'https://evil.test' });
    expect(foreign.status).toBe(403);
    expect(foreign.headers.get('content-type')).toContain('application/problem+json');
    expect(await foreign.json()).toMatchObject({
      code: 'ORIGIN_NOT_ALLOWED',
      detail: 'This site is not allowed to show this Fixpoint challenge.',
    });
    expect((await call(`/challenges/${SLUG}`, { origin: '' })).status).toBe(403);
    const wrong = await call(`/challenges/${SLUG}`, { key: 'pk_thisisnotakeythisisnotakey00' });
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toMatchObject({ code: 'KEY_INVALID' });
    expect((await call('/challenges/go-config-shadowed-err')).status).toBe(404);

    const preflight = await fetch(`${api.base}/widget/v1/attempts`, {
      method: 'OPTIONS',
      headers: {
        origin: CAREERS,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'x-fixpoint-key, content-type',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')).toContain('x-fixpoint-key');
  });

  it('lets an applicant run the tests, submit with their email, and appear in the pipeline with a report', async () => {
    const started = await call('/attempts', { body: { challenge: SLUG } });
    expect(started.status).toBe(201);
    const { attemptId, applicantToken } = (await started.json()) as {
      attemptId: string;
      applicantToken: string;
    };

    const run = await call(`/attempts/${attemptId}/runs`, {
      bearer: applicantToken,
      body: { files: [{ path: 'pagination.py', content: fix }] },
    });
    expect(run.status).toBe(200);
    expect(await run.json()).toMatchObject({ status: 'pass', failed: 0 });
    // The publishable key alone cannot run anything.
    expect((await call(`/attempts/${attemptId}/runs`, { body: { files: [] } })).status).toBe(401);

    const noConsent = await call(`/attempts/${attemptId}/submit`, {
      bearer: applicantToken,
      body: { name: 'Ann', email: 'ann@example.com' },
    });
    expect(noConsent.status).toBe(400);
    const badEmail = await call(`/attempts/${attemptId}/submit`, {
      bearer: applicantToken,
      body: { name: 'Ann', email: 'ann', consent: true },
    });
    expect(await badEmail.json()).toMatchObject({
      code: 'BAD_USER_INPUT',
      detail: 'email: must be an email address',
    });
    const submitted = await call(`/attempts/${attemptId}/submit`, {
      bearer: applicantToken,
      body: { name: 'Ann Applicant', email: 'ann@example.com', consent: true },
    });
    expect(submitted.status).toBe(202);

    const assessmentId = key.challenges[0].assessmentId;
    const deadline = Date.now() + 60_000;
    let row: { email: string; name: string; status: string; score: number; id: string } | undefined;
    while (Date.now() < deadline) {
      const { candidates } = await api.ok<{ candidates: NonNullable<typeof row>[] }>(
        `query($id: ID!) { candidates(assessmentId: $id) { id email name status score } }`,
        { id: assessmentId },
        staff,
      );
      row = candidates.find((c) => c.email === 'ann@example.com');
      if (row?.status === 'submitted') break;
      await new Promise((r) => setTimeout(r, 250));
    }
    expect(row).toMatchObject({ name: 'Ann Applicant', status: 'submitted' });
    expect(row!.score).toBeGreaterThan(0);
    const { candidateReport } = await api.ok<{
      candidateReport: { endedBy: string; challenges: { runs: { suite: string }[] }[] };
    }>(
      `query($id: ID!) { candidateReport(inviteId: $id) { endedBy challenges { runs { suite } } } }`,
      { id: row!.id },
      staff,
    );
    expect(candidateReport.endedBy).toBe('submitted');
    expect(candidateReport.challenges[0].runs.map((r) => r.suite)).toEqual(['visible', 'hidden']);
    const { embedKeys } = await api.ok<{ embedKeys: { applicants: number; submitted: number }[] }>(
      '{ embedKeys { applicants submitted } }',
      {},
      staff,
    );
    expect(embedKeys[0]).toEqual({ applicants: 1, submitted: 1 });
  }, 120_000);

  it("counts a career-page applicant's runs in their session workflow, as the GraphQL door does", async () => {
    const started = await call('/attempts', { body: { challenge: SLUG } });
    const { attemptId, applicantToken } = (await started.json()) as {
      attemptId: string;
      applicantToken: string;
    };
    for (const content of [null, fix]) {
      const files = content === null ? [] : [{ path: 'pagination.py', content }];
      const res = await call(`/attempts/${attemptId}/runs`, {
        bearer: applicantToken,
        body: { files },
      });
      expect(res.status).toBe(200);
    }
    const { rows } = await api.owner.query<{ session_id: string; tenant_id: string }>(
      'select session_id, tenant_id from attempts where id = $1',
      [attemptId],
    );
    const connection = await Connection.connect({ address: TEMPORAL_ADDRESS });
    try {
      const temporal = new Client({ connection });
      const handle = temporal.workflow.getHandle(
        assessmentSessionWorkflowId({ tenantId: rows[0].tenant_id, sessionId: rows[0].session_id }),
      );
      // Signals are delivered in order before a later query is answered: both runs are counted.
      expect(await handle.query(sessionState)).toMatchObject({ phase: 'running', runs: 2 });
    } finally {
      await connection.close();
    }
  }, 120_000);

  it('rate-limits one client: the 61st call in a minute is 429 with Retry-After', async () => {
    let last: Response | undefined;
    for (let i = 0; i < 61; i++) last = await call(`/challenges/${SLUG}`);
    expect(last!.status).toBe(429);
    expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('stops working for a revoked key', async () => {
    await api.ok(
      'mutation($id: ID!) { revokeEmbedKey(id: $id) { revokedAt } }',
      { id: key.id },
      staff,
    );
    const res = await call(`/challenges/${SLUG}`);
    expect(res.status).toBe(401);
  });
});
