import { randomUUID } from 'node:crypto';
import { ApiHarness } from '../support/api-harness';
import { HiringClient } from '../hiring/hiring-client';
import { bodyHash } from '../../src/ats/idempotency';
import { AtsClient, documentedOperations } from './ats-client';
import { teamMember } from '../integrity/forgery';

type Invitation = {
  id: string;
  status: string;
  assessmentId: string;
  externalReference: { ats: string; applicationId: string } | null;
};
type Page<T> = { data: T[]; nextCursor: string | null };
type Problem = { code: string; detail: string; errors?: { pointer: string }[]; scope?: string };

const SLUG = 'py-paginate-last-page';

/** Every /ats/v1 operation in the document, against the real API and database. */
describe('the ATS API (/ats/v1)', () => {
  let api: ApiHarness;
  let hiring: HiringClient;
  let staff: { token: string; tenantId: string; userId: string; email: string };
  let ats: AtsClient;
  let assessmentId: string;

  const createKey = async (scopes: string[], auth = staff) => {
    const { createApiKey } = await api.ok<{
      createApiKey: { secret: string; apiKey: { id: string; prefix: string } };
    }>(
      `mutation($i: ApiKeyInput!) { createApiKey(input: $i) { secret apiKey { id prefix } } }`,
      { i: { name: `key ${scopes.join(' ')}`, scopes } },
      auth,
    );
    return createApiKey;
  };
  const invite = (body: Record<string, unknown>, idempotencyKey?: string) =>
    ats.call<Invitation & Problem>('createInvitation', '/invitations', { body, idempotencyKey });
  const candidate = (n = randomUUID().slice(0, 8)) => ({
    email: `cand-${n}@example.com`,
    firstName: 'Ada',
    lastName: `Lovelace ${n}`,
  });

  beforeAll(async () => {
    api = await ApiHarness.start({ env: { ATS_RATE_LIMIT_PER_MINUTE: '1000' } });
    hiring = new HiringClient(api);
    staff = await hiring.signUpCompany('Acme ATS');
    assessmentId = await hiring.createPublishedAssessment(staff, [SLUG]);
    const key = await createKey([
      'assessments:read',
      'candidates:write',
      'results:read',
      'webhooks:manage',
    ]);
    ats = new AtsClient(api, key.secret);
  }, 60_000);

  afterAll(async () => {
    await api?.stop();
  });

  it('lists and gets published assessments, with cursor pagination', async () => {
    const second = await hiring.createPublishedAssessment(staff, [SLUG], { title: 'Second' });
    const first = await ats.call<Page<{ id: string }>>('listAssessments', '/assessments?limit=1');
    expect(first.status).toBe(200);
    expect(first.body.data.map((a) => a.id)).toEqual([second]);
    expect(first.headers.get('ratelimit-limit')).toBe('1000');
    expect(Number(first.headers.get('ratelimit-remaining'))).toBeLessThan(1000);
    const next = await ats.call<Page<{ id: string }>>(
      'listAssessments',
      `/assessments?limit=1&cursor=${first.body.nextCursor}`,
    );
    expect(next.body.data.map((a) => a.id)).toEqual([assessmentId]);
    expect(next.body.nextCursor).toBeNull();
    const one = await ats.call<{ id: string; challenges: { slug: string }[] }>(
      'getAssessment',
      `/assessments/${assessmentId}`,
    );
    expect(one.body.challenges.map((c) => c.slug)).toEqual([SLUG]);
    const missing = await ats.call<Problem>('getAssessment', `/assessments/${randomUUID()}`);
    expect([missing.status, missing.body.code]).toEqual([404, 'NOT_FOUND']);
    const bad = await ats.call<Problem>('listAssessments', '/assessments?limit=500&cursor=zzz');
    expect(bad.status).toBe(400);
    expect(bad.body.errors!.map((e) => e.pointer).sort()).toEqual([
      '#/query/cursor',
      '#/query/limit',
    ]);
  });

  it('refuses a missing, malformed, wrong or revoked key with 401, and a missing scope with 403 naming it', async () => {
    for (const key of [null, 'nope', `fpk_live_000000000000_${'a'.repeat(43)}`]) {
      const res = await ats.call<Problem>('listAssessments', '/assessments', { key });
      expect([res.status, res.body.code]).toEqual([401, 'KEY_INVALID']);
    }
    const readOnly = await createKey(['results:read']);
    const forbidden = await ats.call<Problem>('listAssessments', '/assessments', {
      key: readOnly.secret,
    });
    expect([forbidden.status, forbidden.body.code, forbidden.body.scope]).toEqual([
      403,
      'SCOPE_MISSING',
      'assessments:read',
    ]);
    // Basic with the key as the user name and an empty password (Greenhouse's way) works.
    const reader = await createKey(['assessments:read']);
    const basic = `Basic ${Buffer.from(`${reader.secret}:`).toString('base64')}`;
    const viaBasic = await ats.call('listAssessments', '/assessments', { authorization: basic });
    expect(viaBasic.status).toBe(200);
    await api.ok(
      `mutation($id: ID!) { revokeApiKey(id: $id) { revokedAt } }`,
      { id: reader.apiKey.id },
      staff,
    );
    const revoked = await ats.call<Problem>('listAssessments', '/assessments', {
      authorization: basic,
    });
    expect([revoked.status, revoked.body.code]).toEqual([401, 'KEY_INVALID']);
    // Every use is audited with the key and the answer's status; last use is recorded.
    const { rows } = await api.owner.query<{ data: { status: number } }>(
      `select data from audit_log where target_id = $1 and action = 'api_key.used'`,
      [reader.apiKey.id],
    );
    expect(rows.map((r) => r.data.status)).toEqual([200]);
    const { apiKeys } = await api.ok<{ apiKeys: { id: string; lastUsedAt: string | null }[] }>(
      '{ apiKeys { id lastUsedAt } }',
      {},
      staff,
    );
    expect(apiKeys.find((k) => k.id === reader.apiKey.id)!.lastUsedAt).not.toBeNull();
  });

  it('invites a candidate (mail sent), and the same external reference twice is the same invitation', async () => {
    const person = candidate();
    const externalReference = { ats: 'greenhouse', applicationId: `app-${randomUUID()}` };
    const created = await invite({ assessmentId, candidate: person, externalReference });
    expect(created.status).toBe(201);
    expect(created.headers.get('location')).toBe(`/ats/v1/invitations/${created.body.id}`);
    expect(created.body).toMatchObject({ status: 'invited', externalReference });
    await hiring.waitForMail(staff, person.email);
    const again = await invite({ assessmentId, candidate: person, externalReference });
    expect([again.status, again.body.id]).toEqual([200, created.body.id]);
    const got = await ats.call<Invitation>('getInvitation', `/invitations/${created.body.id}`);
    expect(got.body.id).toBe(created.body.id);
    // Two requests at once with one new reference still make one invitation.
    const racing = { ats: 'lever', applicationId: `opp-${randomUUID()}` };
    const both = await Promise.all(
      [candidate(), candidate()].map((c) =>
        invite({ assessmentId, candidate: c, externalReference: racing }),
      ),
    );
    expect(new Set(both.map((r) => r.body.id)).size).toBe(1);
  });

  it('answers bad input with a problem pointing at each bad field', async () => {
    const res = await invite({
      assessmentId: 'x',
      candidate: { email: 'not-an-email', firstName: '' },
      externalReference: { ats: 'Greenhouse', applicationId: '' },
      tenantId: randomUUID(),
    });
    expect([res.status, res.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect(res.body.errors!.map((e) => e.pointer).sort()).toEqual([
      '/assessmentId',
      '/candidate/email',
      '/candidate/firstName',
      '/candidate/lastName',
      '/externalReference/applicationId',
      '/externalReference/ats',
      '/tenantId',
    ]);
    const noKey = await ats.call<Problem>('createInvitation', '/invitations', {
      body: { assessmentId, candidate: candidate() },
      idempotencyKey: null,
    });
    expect([noKey.status, noKey.body.code]).toEqual([400, 'IDEMPOTENCY_KEY_MISSING']);
    const unknown = await invite({ assessmentId: randomUUID(), candidate: candidate() });
    expect([unknown.status, unknown.body.code]).toEqual([404, 'NOT_FOUND']);
    const person = candidate();
    await invite({ assessmentId, candidate: person });
    const twice = await invite({ assessmentId, candidate: person });
    expect([twice.status, twice.body.code]).toEqual([409, 'ALREADY_INVITED']);
  });

  it('replays a repeated Idempotency-Key, refuses it with another body (422) and while in flight (409)', async () => {
    const key = randomUUID();
    const body = { assessmentId, candidate: candidate() };
    const first = await invite(body, key);
    const repeat = await invite({ candidate: body.candidate, assessmentId }, key);
    expect([repeat.status, repeat.body.id]).toEqual([201, first.body.id]);
    expect(repeat.headers.get('idempotent-replayed')).toBe('true');
    const other = await invite({ assessmentId, candidate: candidate() }, key);
    expect([other.status, other.body.code]).toEqual([422, 'IDEMPOTENCY_KEY_REUSED']);
    const otherPath = await ats.call<Problem>(
      'cancelInvitation',
      `/invitations/${first.body.id}/cancel`,
      {
        body: {},
        idempotencyKey: key,
      },
    );
    expect([otherPath.status, otherPath.body.code]).toEqual([422, 'IDEMPOTENCY_KEY_REUSED']);
    // Many identical requests at once: one runs, the others wait (409) or replay it.
    const inflightKey = randomUUID();
    const same = { assessmentId, candidate: candidate() };
    const answers = await Promise.all(Array.from({ length: 6 }, () => invite(same, inflightKey)));
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 201).length).toBeGreaterThanOrEqual(1);
    expect(statuses.every((s) => s === 201 || s === 409)).toBe(true);
    const conflicts = answers.filter((a) => a.status === 409);
    for (const c of conflicts) expect(c.body.code).toBe('IDEMPOTENCY_KEY_IN_FLIGHT');
    expect(new Set(answers.filter((a) => a.status === 201).map((a) => a.body.id)).size).toBe(1);
    const { rows } = await api.owner.query(`select id from candidate_invites where email = $1`, [
      same.candidate.email,
    ]);
    expect(rows).toHaveLength(1);
  });

  it('answers 409 while the first request of a key is in flight, and lets a repeat take over a dead one', async () => {
    const body = { assessmentId, candidate: candidate() };
    const { rows } = await api.owner.query<{ id: string }>(
      `select id from api_keys where tenant_id = $1 and 'candidates:write' = any(scopes)`,
      [staff.tenantId],
    );
    const claim = async (key: string, age: string) =>
      api.owner.query(
        `insert into idempotency_keys (tenant_id, api_key_id, key, request, body_hash, state, created_at)
         values ($1, $2, $3, 'POST /invitations', $4, 'in_flight', now() - $5::interval)`,
        [staff.tenantId, rows[0].id, key, bodyHash(body), age],
      );
    const busy = randomUUID();
    await claim(busy, '1 second');
    const inFlight = await invite(body, busy);
    expect([inFlight.status, inFlight.body.code]).toEqual([409, 'IDEMPOTENCY_KEY_IN_FLIGHT']);
    expect(inFlight.headers.get('retry-after')).toBe('1');
    // The first request's process died two minutes ago: the repeat runs the operation.
    const dead = randomUUID();
    await claim(dead, '2 minutes');
    const takenOver = await invite(body, dead);
    expect(takenOver.status).toBe(201);
  });

  it('lists invitations with filters, cancels one before it starts, and not after', async () => {
    const applicationId = `wd-${randomUUID()}`;
    const made = await invite({
      assessmentId,
      candidate: candidate(),
      externalReference: { ats: 'workday', applicationId },
    });
    const filtered = await ats.call<Page<Invitation>>(
      'listInvitations',
      `/invitations?externalAts=workday&externalApplicationId=${applicationId}&status=invited&assessmentId=${assessmentId}`,
    );
    expect(filtered.body.data.map((i) => i.id)).toEqual([made.body.id]);
    const bad = await ats.call<Problem>('listInvitations', '/invitations?status=done');
    expect(bad.body.errors!.map((e) => e.pointer)).toEqual(['#/query/status']);
    const cancelled = await ats.call<Invitation>(
      'cancelInvitation',
      `/invitations/${made.body.id}/cancel`,
      {
        body: {},
      },
    );
    expect([cancelled.status, cancelled.body.status]).toEqual([200, 'cancelled']);
    const listed = await ats.call<Page<Invitation>>(
      'listInvitations',
      '/invitations?status=cancelled',
    );
    expect(listed.body.data.map((i) => i.id)).toContain(made.body.id);

    const started = await invite({ assessmentId, candidate: candidate() });
    await api.owner.query(
      `insert into assessment_sessions (tenant_id, invite_id, candidate_user_id, phase, time_limit_seconds)
       values ($1, $2, (select id from users limit 1), 'in_progress', 1800)`,
      [staff.tenantId, started.body.id],
    );
    const refused = await ats.call<Problem>(
      'cancelInvitation',
      `/invitations/${started.body.id}/cancel`,
      {
        body: {},
      },
    );
    expect([refused.status, refused.body.code]).toEqual([409, 'INVITATION_STARTED']);
  });

  it('gives results: pending, then withheld under review with no score, then the decided score', async () => {
    const made = await invite({ assessmentId, candidate: candidate() });
    const id = made.body.id;
    const pending = await ats.call<{ status: string; score: number | null }>(
      'getInvitationResult',
      `/invitations/${id}/result`,
    );
    expect(pending.body).toMatchObject({ status: 'pending', score: null });

    // A finished session whose only submission was flagged and waits for a recruiter.
    const submissionId = await finishedFlaggedSession(api, staff.tenantId, id);
    const held = await ats.call<{
      status: string;
      score: number | null;
      challenges: { score: number | null; reviewStatus: string }[];
      integrity: { status: string; findings: { verdict: string; codes: string[] }[] };
      reportUrl: string;
    }>('getInvitationResult', `/invitations/${id}/result`);
    expect(held.body).toMatchObject({
      status: 'under_review',
      score: null,
      challenges: [{ score: null, reviewStatus: 'pending' }],
      integrity: {
        status: 'under_review',
        findings: [{ verdict: 'flagged', codes: ['test-file-changed'] }],
      },
    });
    expect(held.body.reportUrl).toMatch(new RegExp(`/reports/${id}$`));

    // The key's owner invited (through the ATS): a second member must accept the flag.
    const accept = `mutation($s: ID!, $r: String!) { decideIntegrityReview(submissionId: $s, decision: ACCEPT, reason: $r) { reviewStatus } }`;
    const own = await api.gql(accept, { s: submissionId, r: 'the change was legitimate' }, staff);
    expect(own.errors?.[0].extensions).toMatchObject({ reason: 'FOUR_EYES_REQUIRED' });
    const colleague = await teamMember(api, new HiringClient(api), staff, 'recruiter');
    await api.ok(accept, { s: submissionId, r: 'the change was legitimate' }, colleague);
    const decided = await ats.call<{
      status: string;
      score: number | null;
      integrity: { status: string };
    }>('getInvitationResult', `/invitations/${id}/result`);
    expect(decided.body).toMatchObject({
      status: 'completed',
      score: 80,
      integrity: { status: 'accepted' },
    });
    const other = await ats.call<Problem>(
      'getInvitationResult',
      `/invitations/${randomUUID()}/result`,
    );
    expect(other.status).toBe(404);
  });

  it('manages webhook endpoints: the secret once, listed, fetched, removed', async () => {
    const created = await ats.call<{ id: string; secret: string }>(
      'createWebhookEndpoint',
      '/webhook-endpoints',
      { body: { url: 'https://ats.example.com/hooks', events: ['assessment.completed'] } },
    );
    expect(created.status).toBe(201);
    expect(created.body.secret).toMatch(/^whsec_/);
    const { rows } = await api.owner.query<{ secret_sealed: string }>(
      'select secret_sealed from webhook_endpoints where id = $1',
      [created.body.id],
    );
    expect(rows[0].secret_sealed).not.toContain(created.body.secret.slice(6));
    const bad = await ats.call<Problem>('createWebhookEndpoint', '/webhook-endpoints', {
      body: { url: 'ftp://x', events: ['nope'] },
    });
    expect(bad.body.errors!.map((e) => e.pointer).sort()).toEqual(['/events/0', '/url']);
    const list = await ats.call<Page<{ id: string }>>('listWebhookEndpoints', '/webhook-endpoints');
    expect(list.body.data.map((e) => e.id)).toContain(created.body.id);
    const one = await ats.call<{ id: string; secret?: string }>(
      'getWebhookEndpoint',
      `/webhook-endpoints/${created.body.id}`,
    );
    expect(one.body.secret).toBeUndefined();
    const removed = await ats.call(
      'deleteWebhookEndpoint',
      `/webhook-endpoints/${created.body.id}`,
      {
        method: 'DELETE',
      },
    );
    expect(removed.status).toBe(204);
    const gone = await ats.call<Problem>(
      'getWebhookEndpoint',
      `/webhook-endpoints/${created.body.id}`,
    );
    expect(gone.status).toBe(404);
  });

  it("never shows one tenant's rows to another tenant's key", async () => {
    const other = await hiring.signUpCompany('Other Co');
    const otherKey = await createKey(
      ['assessments:read', 'candidates:write', 'results:read'],
      other as never,
    );
    const theirs = new AtsClient(api, otherKey.secret);
    const mine = await invite({ assessmentId, candidate: candidate() });
    for (const [op, path] of [
      ['getAssessment', `/assessments/${assessmentId}`],
      ['getInvitation', `/invitations/${mine.body.id}`],
      ['getInvitationResult', `/invitations/${mine.body.id}/result`],
    ]) {
      expect((await theirs.call(op, path)).status).toBe(404);
    }
    const listed = await theirs.call<Page<unknown>>('listInvitations', '/invitations');
    expect(listed.body.data).toEqual([]);
  });

  it('answers 429 with Retry-After past the key’s rate limit', async () => {
    const limited = await ApiHarness.start({ env: { ATS_RATE_LIMIT_PER_MINUTE: '3' } });
    try {
      const owner = await new HiringClient(limited).signUpCompany('Limited');
      const { createApiKey } = await limited.ok<{ createApiKey: { secret: string } }>(
        `mutation($i: ApiKeyInput!) { createApiKey(input: $i) { secret } }`,
        { i: { name: 'limited', scopes: ['assessments:read'] } },
        owner,
      );
      const client = new AtsClient(limited, createApiKey.secret);
      const answers = [];
      for (let i = 0; i < 4; i++)
        answers.push(await client.call<Problem>('listAssessments', '/assessments'));
      expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 429]);
      expect(answers[2].headers.get('ratelimit-remaining')).toBe('0');
      expect(answers[3].body.code).toBe('RATE_LIMITED');
      expect(Number(answers[3].headers.get('retry-after'))).toBeGreaterThan(0);
    } finally {
      await limited.stop();
    }
  });

  it('serves the document and a script-free reference page under a strict CSP', async () => {
    const doc = await ats.call<{ openapi: string }>('getOpenApiDocument', '/openapi.json', {
      key: null,
    });
    expect(doc.body.openapi).toBe('3.1.0');
    const page = await fetch(`${api.base}/docs/api`);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = await page.text();
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('/ats/v1/invitations');
  });

  it('covered every operation of the document', () => {
    expect([...ats.covered].sort()).toEqual(expect.arrayContaining(documentedOperations().sort()));
  });
});

/** Rows of an ended session with one flagged submission pending review (score 80). */
async function finishedFlaggedSession(api: ApiHarness, tenantId: string, inviteId: string) {
  const db = api.owner;
  const { rows: users } = await db.query<{ id: string }>(
    `insert into users (email, display_name, password_hash, kind)
     values ($1, 'Cand', 'x', 'candidate') returning id`,
    [`c-${randomUUID()}@example.com`],
  );
  const userId = users[0].id;
  const { rows: v } = await db.query<{ id: string; challenge_id: string }>(
    `select v.id, c.id as challenge_id from challenges c join challenge_versions v on v.id = c.current_version_id
      where c.slug = $1 and c.tenant_id is null`,
    [SLUG],
  );
  const { rows: s } = await db.query<{ id: string }>(
    `insert into assessment_sessions (tenant_id, invite_id, candidate_user_id, phase, time_limit_seconds,
       started_at, ended_at, score, result)
     values ($1, $2, $3, 'submitted', 1800, now() - interval '20 minutes', now(), null, $4) returning id`,
    [
      tenantId,
      inviteId,
      userId,
      JSON.stringify({
        endedBy: 'submitted',
        challenges: [{ position: 1, challengeId: v[0].challenge_id, attemptId: null, score: null }],
        reviewRequired: true,
      }),
    ],
  );
  const { rows: a } = await db.query<{ id: string }>(
    `insert into attempts (tenant_id, user_id, challenge_version_id, files, status, session_id, submitted_at)
     values ($1, $2, $3, '{}', 'submitted', $4, now()) returning id`,
    [tenantId, userId, v[0].id, s[0].id],
  );
  await db.query(
    `update assessment_sessions set result = jsonb_set(result, '{challenges,0,attemptId}', to_jsonb($2::text)) where id = $1`,
    [s[0].id, a[0].id],
  );
  const { rows: r } = await db.query<{ id: string }>(
    `insert into runs (tenant_id, user_id, attempt_id, suite, status, passed, failed, result, files, integrity)
     values ($1, $2, $3, 'hidden', 'pass', 4, 0, '{"tests": [], "stdout": "", "stderr": "", "durationMs": 1}', '{}', $4)
     returning id`,
    [
      tenantId,
      userId,
      a[0].id,
      JSON.stringify({
        findings: [{ layer: 'static', code: 'test-file-changed', message: 'm' }],
        canaries: 2,
        seed: 1,
      }),
    ],
  );
  const { rows: sub } = await db.query<{ id: string }>(
    `insert into submissions (tenant_id, user_id, attempt_id, run_id, score, breakdown, hidden_passed, hidden_total,
       integrity_verdict, review_status)
     values ($1, $2, $3, $4, 80, '{}', 4, 4, 'flagged', 'pending') returning id`,
    [tenantId, userId, a[0].id, r[0].id],
  );
  return sub[0].id;
}
