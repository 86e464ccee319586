import { ApiHarness, codeOf } from '../support/api-harness';
import {
  accessTokenFor,
  newHiringRows,
  newMembership,
  newTenant,
  newUser,
} from '../support/builders';

type Role = 'owner' | 'admin' | 'recruiter' | 'hiring_manager' | 'viewer';
const ROLES: Role[] = ['owner', 'admin', 'recruiter', 'hiring_manager', 'viewer'];

/**
 * Issue 13, item 3: a candidate's in-progress attempt belongs to the candidate's session. Staff
 * of the same company, whatever their role, neither read it through the solve loop nor change
 * it (save, reset, hint, run, submit): they read a candidate's work through reports only.
 */
describe("a candidate's attempt is the candidate's alone", () => {
  let api: ApiHarness;
  let tenantId: string;
  let attemptId: string;
  let candidateUserId: string;

  beforeAll(async () => {
    api = await ApiHarness.start();
    tenantId = await newTenant(api.owner, 'Attempts Inc');
    const { rows } = await api.owner.query<{ id: string; current_version_id: string }>(
      `select id, current_version_id from challenges where slug = 'py-paginate-last-page' and tenant_id is null`,
    );
    const hiring = await newHiringRows(api.owner, tenantId, rows[0].id);
    const session = await api.owner.query<{ candidate_user_id: string }>(
      `update assessment_sessions set phase = 'in_progress', started_at = now(),
         deadline_at = now() + interval '30 minutes' where id = $1 returning candidate_user_id`,
      [hiring.sessionId],
    );
    candidateUserId = session.rows[0].candidate_user_id;
    const attempt = await api.owner.query<{ id: string }>(
      `insert into attempts (tenant_id, user_id, session_id, challenge_version_id, files, deadline_at)
       values ($1, $2, $3, $4, '{"paginate.py": "candidate work"}', now() + interval '30 minutes')
       returning id`,
      [tenantId, candidateUserId, hiring.sessionId, rows[0].current_version_id],
    );
    attemptId = attempt.rows[0].id;
  });
  afterAll(async () => {
    await api?.stop();
  });

  const operations: [string, string][] = [
    ['attempt', `query($id: ID!) { attempt(id: $id) { id } }`],
    [
      'saveFiles',
      `mutation($id: ID!) { saveFiles(attemptId: $id, files: [{ path: "paginate.py", content: "staff" }]) { id } }`,
    ],
    ['resetAttempt', `mutation($id: ID!) { resetAttempt(attemptId: $id) { id } }`],
    ['revealHint', `mutation($id: ID!) { revealHint(attemptId: $id) { level } }`],
    ['runTests', `mutation($id: ID!) { runTests(attemptId: $id) { id } }`],
    ['submit', `mutation($id: ID!) { submit(attemptId: $id) { id } }`],
  ];

  it.each(ROLES)('as %s: every solve-loop operation on it is NOT_FOUND', async (role) => {
    const userId = await newUser(api.owner);
    await newMembership(api.owner, tenantId, userId, role);
    const auth = { token: accessTokenFor(userId), tenantId };
    const outcomes: Record<string, unknown> = {};
    for (const [name, query] of operations) {
      outcomes[name] = codeOf(await api.gql(query, { id: attemptId }, auth)) ?? 'ok';
    }
    expect(outcomes).toEqual(Object.fromEntries(operations.map(([n]) => [n, 'NOT_FOUND'])));
    const { rows } = await api.owner.query(
      `select files, hints_revealed, status, (select count(*)::int from runs where attempt_id = a.id) as runs
         from attempts a where id = $1`,
      [attemptId],
    );
    expect(rows[0]).toEqual({
      files: { 'paginate.py': 'candidate work' },
      hints_revealed: 0,
      status: 'in_progress',
      runs: 0,
    });
  });
});
