import { randomUUID } from 'node:crypto';
import { ApiHarness, codeOf } from '../support/api-harness';
import {
  accessTokenFor,
  membershipId,
  newMembership,
  newTenant,
  newUser,
} from '../support/builders';

type Role = 'owner' | 'admin' | 'recruiter' | 'hiring_manager' | 'viewer';
const ROLES: Role[] = ['owner', 'admin', 'recruiter', 'hiring_manager', 'viewer'];
const ALL = ROLES;
const MANAGERS: Role[] = ['owner', 'admin'];
const SENDERS: Role[] = ['owner', 'admin', 'recruiter'];
const READERS: Role[] = ['owner', 'admin', 'recruiter', 'hiring_manager'];

/**
 * docs/hiring-api.md's role table, written out here on purpose (not imported from the code):
 * the API must answer `roleCapabilities` with exactly this, and enforce it below.
 */
const TABLE: Record<Role, string[]> = {
  owner: [
    'readTeam',
    'manageTeam',
    'grantOwner',
    'readAssessments',
    'manageAssessments',
    'inviteCandidates',
    'readPipeline',
    'readReports',
    'decideReviews',
    'readChallenges',
    'uploadChallenges',
    'readEmbeds',
    'manageEmbeds',
    'manageApiKeys',
    'manageWebhooks',
    'readAudit',
    'readMailbox',
    'readBilling',
    'manageBilling',
    'manageCompany',
  ],
  admin: [
    'readTeam',
    'manageTeam',
    'readAssessments',
    'manageAssessments',
    'inviteCandidates',
    'readPipeline',
    'readReports',
    'decideReviews',
    'readChallenges',
    'uploadChallenges',
    'readEmbeds',
    'manageEmbeds',
    'manageApiKeys',
    'manageWebhooks',
    'readAudit',
    'readMailbox',
    'readBilling',
  ],
  recruiter: [
    'readTeam',
    'readAssessments',
    'readChallenges',
    'readEmbeds',
    'manageAssessments',
    'inviteCandidates',
    'readPipeline',
    'readReports',
    'decideReviews',
    'uploadChallenges',
    'readMailbox',
  ],
  hiring_manager: [
    'readTeam',
    'readAssessments',
    'readChallenges',
    'readEmbeds',
    'readPipeline',
    'readReports',
  ],
  viewer: ['readAssessments', 'readChallenges'],
};

const INPUT = {
  title: 'Role check',
  instructions: 'x',
  timeLimitMinutes: 20,
  hintsAllowed: true,
  hintPenalty: 5,
  challengeSlugs: ['py-paginate-last-page'],
};

/**
 * The role table of docs/hiring-api.md, through the API: each role against each portal
 * operation on real rows of its own tenant. Allowed: it succeeds. Not allowed: FORBIDDEN and
 * the rows are unchanged.
 */
describe('portal roles, enforced by the API', () => {
  let api: ApiHarness;
  let tenantId: string;
  let challengeId: string;

  beforeAll(async () => {
    api = await ApiHarness.start({ env: { OUTBOX_POLL_MS: '60000' } });
    tenantId = await newTenant(api.owner, 'Roles Inc');
    const { rows } = await api.owner.query<{ id: string }>(
      `select id from challenges where slug = 'py-paginate-last-page' and tenant_id is null`,
    );
    challengeId = rows[0].id;
  });

  afterAll(async () => {
    await api?.stop();
  });

  const sql = async (text: string, values: unknown[]) =>
    (await api.owner.query<{ id: string }>(text, values)).rows[0]?.id;
  const assessment = (status: string) =>
    sql(
      `with a as (insert into assessments (tenant_id, title, instructions, time_limit_minutes, hints_allowed, hint_penalty, status)
         values ($1, 'A', '', 30, true, 10, $2) returning id)
       insert into assessment_challenges (assessment_id, tenant_id, position, challenge_id)
         select id, $1, 1, $3 from a returning assessment_id as id`,
      [tenantId, status, challengeId],
    );
  const invite = async () =>
    sql(
      `insert into candidate_invites (tenant_id, assessment_id, email, token_hash, expires_at)
       values ($1, $2, $3, $4, now() + interval '7 days') returning id`,
      [tenantId, await assessment('published'), `c-${randomUUID()}@example.com`, randomUUID()],
    );
  const teamInvite = () =>
    sql(
      `insert into team_invites (tenant_id, email, role, token_hash, expires_at)
       values ($1, $2, 'viewer', $3, now() + interval '7 days') returning id`,
      [tenantId, `t-${randomUUID()}@example.com`, randomUUID()],
    );
  const member = async () => {
    const userId = await newUser(api.owner);
    await newMembership(api.owner, tenantId, userId, 'viewer');
    return membershipId(api.owner, tenantId, userId);
  };

  const operations: [string, Role[], () => Promise<[string, Record<string, unknown>]>][] = [
    [
      'inviteTeamMember',
      MANAGERS,
      async () => [
        `mutation($e: String!) { inviteTeamMember(email: $e, role: recruiter) { id } }`,
        { e: `n-${randomUUID()}@example.com` },
      ],
    ],
    [
      'revokeTeamInvite',
      MANAGERS,
      async () => [
        `mutation($id: ID!) { revokeTeamInvite(id: $id) { status } }`,
        { id: await teamInvite() },
      ],
    ],
    [
      'changeMemberRole',
      MANAGERS,
      async () => [
        `mutation($id: ID!) { changeMemberRole(membershipId: $id, role: hiring_manager) { role } }`,
        { id: await member() },
      ],
    ],
    [
      'removeMember',
      MANAGERS,
      async () => [
        `mutation($id: ID!) { removeMember(membershipId: $id) }`,
        { id: await member() },
      ],
    ],
    [
      'createAssessment',
      SENDERS,
      async () => [
        `mutation($i: AssessmentInput!) { createAssessment(input: $i) { id } }`,
        { i: INPUT },
      ],
    ],
    [
      'updateAssessment',
      SENDERS,
      async () => [
        `mutation($id: ID!, $i: AssessmentInput!) { updateAssessment(id: $id, input: $i) { id } }`,
        { id: await assessment('draft'), i: INPUT },
      ],
    ],
    [
      'publishAssessment',
      SENDERS,
      async () => [
        `mutation($id: ID!) { publishAssessment(id: $id) { status } }`,
        { id: await assessment('draft') },
      ],
    ],
    [
      'archiveAssessment',
      SENDERS,
      async () => [
        `mutation($id: ID!) { archiveAssessment(id: $id) { status } }`,
        { id: await assessment('published') },
      ],
    ],
    [
      'inviteCandidates',
      SENDERS,
      async () => [
        `mutation($id: ID!) { inviteCandidates(assessmentId: $id, candidates: [{ email: "p@example.com" }]) { invited { id } } }`,
        { id: await assessment('published') },
      ],
    ],
    [
      'resendInvite',
      SENDERS,
      async () => [
        `mutation($id: ID!) { resendInvite(id: $id) { sendCount } }`,
        { id: await invite() },
      ],
    ],
    [
      'revokeInvite',
      SENDERS,
      async () => [
        `mutation($id: ID!) { revokeInvite(id: $id) { status } }`,
        { id: await invite() },
      ],
    ],
    [
      'setAccommodation',
      SENDERS,
      async () => [
        `mutation($id: ID!) { setAccommodation(id: $id, extraTimePercent: 25) { extraTimePercent } }`,
        { id: await invite() },
      ],
    ],
    ['teamMembers', READERS, async () => ['{ teamMembers { id } }', {}]],
    ['teamInvites', READERS, async () => ['{ teamInvites { id } }', {}]],
    ['assessments', ALL, async () => ['{ assessments { id } }', {}]],
    [
      'candidates',
      READERS,
      async () => [
        `query($id: ID!) { candidates(assessmentId: $id) { id } }`,
        { id: await assessment('published') },
      ],
    ],
    [
      'candidateReport',
      READERS,
      async () => [
        `query($id: ID!) { candidateReport(inviteId: $id) { assessmentTitle } }`,
        { id: await invite() },
      ],
    ],
    [
      'pipelineCsv',
      READERS,
      async () => [
        `query($id: ID!) { pipelineCsv(assessmentId: $id) }`,
        { id: await assessment('published') },
      ],
    ],
    ['auditLog', MANAGERS, async () => ['{ auditLog { id } }', {}]],
    ['mailbox', SENDERS, async () => ['{ mailbox { id } }', {}]],
    ['embedKeys', READERS, async () => ['{ embedKeys { id } }', {}]],
    ['tenant', ALL, async () => ['{ tenant { id } }', {}]],
  ];

  it('publishes the role table it enforces (roleCapabilities), viewer row included', async () => {
    const data = await api.ok<{ roleCapabilities: { role: Role; capabilities: string[] }[] }>(
      '{ roleCapabilities { role capabilities } }',
    );
    const published = Object.fromEntries(
      data.roleCapabilities.map((r) => [r.role, [...r.capabilities].sort()]),
    );
    const expected = Object.fromEntries(ROLES.map((r) => [r, [...TABLE[r]].sort()]));
    expect(published).toEqual(expected);
  });

  it('lets every role with the pipeline right, and no other, read the pipeline', () => {
    const pipelineRoles = ROLES.filter((r) => TABLE[r].includes('readPipeline'));
    const op = operations.find(([name]) => name === 'candidates')!;
    expect(op[1]).toEqual(pipelineRoles);
    expect(operations.find(([name]) => name === 'pipelineCsv')![1]).toEqual(pipelineRoles);
  });

  it.each(ROLES)('as %s: allowed operations succeed, the others are FORBIDDEN', async (role) => {
    const userId = await newUser(api.owner);
    await newMembership(api.owner, tenantId, userId, role);
    const auth = { token: accessTokenFor(userId), tenantId };
    const outcomes: Record<string, string> = {};
    const expected: Record<string, string> = {};
    for (const [name, allowed, prepare] of operations) {
      const [query, variables] = await prepare();
      const before = await api.owner.query(
        'select count(*)::int as n from audit_log where tenant_id = $1',
        [tenantId],
      );
      const result = await api.gql(query, variables, auth);
      outcomes[name] = result.errors ? String(codeOf(result)) : 'ok';
      expected[name] = allowed.includes(role) ? 'ok' : 'FORBIDDEN';
      if (outcomes[name] === 'FORBIDDEN') {
        const after = await api.owner.query(
          'select count(*)::int as n from audit_log where tenant_id = $1',
          [tenantId],
        );
        expect(after.rows[0].n).toBe(before.rows[0].n);
      }
    }
    expect(outcomes).toEqual(expected);
  });
});
