import fc from 'fast-check';
import { Client } from 'pg';
import { ApiHarness, codeOf } from '../support/api-harness';
import {
  accessTokenFor,
  newApiKey,
  newAuditEntry,
  newHiringRows,
  newMembership,
  newPrivateChallenge,
  newTenant,
  newTenantAttempt,
  newUser,
} from '../support/builders';

const ROLES = ['owner', 'admin', 'recruiter', 'hiring_manager', 'viewer'] as const;
const PUBLIC_SLUGS = ['py-paginate-last-page', 'js-semver-compare-nan', 'go-config-shadowed-err'];
const TENANT_TABLES = [
  'tenants',
  'memberships',
  'api_keys',
  'audit_log',
  'challenges where tenant_id is not null',
  'challenge_versions where tenant_id is not null',
  'attempts where tenant_id is not null',
  'runs where tenant_id is not null',
  'hint_reveals where tenant_id is not null',
  'assessments',
  'assessment_challenges',
  'candidate_invites',
  'assessment_sessions',
  'team_invites',
  'mail_messages',
];

describe('tenant isolation', () => {
  let api: ApiHarness;

  let owner: Client;

  beforeAll(async () => {
    api = await ApiHarness.start();
    owner = api.owner;
  });

  afterAll(async () => {
    await api?.stop();
  });

  /** Tenant B with a member, a private challenge, a candidate attempt, an audit entry and a key. */
  async function tenantWithRows(fromSlug: string) {
    const tenantId = await newTenant(owner, 'B');
    const userId = await newUser(owner);
    await newMembership(owner, tenantId, userId, 'owner');
    const challenge = await newPrivateChallenge(owner, tenantId, fromSlug);
    const attemptId = await newTenantAttempt(owner, tenantId, userId, challenge.versionId);
    await newAuditEntry(owner, tenantId);
    await newApiKey(owner, tenantId);
    const hiring = await newHiringRows(owner, tenantId, challenge.challengeId);
    return { tenantId, userId, challenge, attemptId, hiring };
  }

  it("gives a member of tenant A nothing of tenant B's rows: NOT_FOUND, never FORBIDDEN", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...ROLES),
        fc.constantFrom(...PUBLIC_SLUGS),
        fc.constantFrom(...PUBLIC_SLUGS),
        async (role, slugA, slugB) => {
          const a = await newTenant(owner, 'A');
          const userA = await newUser(owner);
          await newMembership(owner, a, userA, role);
          const privateA = await newPrivateChallenge(owner, a, slugA);
          const b = await tenantWithRows(slugB);
          const asA = { token: accessTokenFor(userA), tenantId: a };
          const snapshotBefore = await owner.query(
            'select files, hints_revealed, status from attempts where id = $1',
            [b.attemptId],
          );

          // A sees its own private challenge and the public catalog, never B's.
          const listing = await api.ok<{ challenges: { nodes: { slug: string }[] } }>(
            '{ challenges(first: 100) { nodes { slug } } }',
            {},
            asA,
          );
          const slugs = listing.challenges.nodes.map((n) => n.slug);
          expect(slugs).toContain(privateA.slug);
          expect(slugs).not.toContain(b.challenge.slug);

          const id = { id: b.attemptId };
          const files = [{ path: 'secret.py', content: 'overwritten by A' }];
          const attempts: [string, Record<string, unknown>][] = [
            [`{ challenge(slug: "${b.challenge.slug}") { slug } }`, {}],
            [`mutation { startAttempt(slug: "${b.challenge.slug}") { id } }`, {}],
            ['query($id: ID!) { attempt(id: $id) { id } }', id],
            [
              'mutation($id: ID!, $f: [FileInput!]!) { saveFiles(attemptId: $id, files: $f) { id } }',
              { ...id, f: files },
            ],
            ['mutation($id: ID!) { resetAttempt(attemptId: $id) { id } }', id],
            ['mutation($id: ID!) { runTests(attemptId: $id) { id } }', id],
            ['mutation($id: ID!) { revealHint(attemptId: $id) { level } }', id],
            ['mutation($id: ID!) { submit(attemptId: $id) { score } }', id],
          ];
          for (const [query, variables] of attempts) {
            const result = await api.gql(query, variables, asA);
            expect({ query, code: codeOf(result) }).toEqual({ query, code: 'NOT_FOUND' });
          }

          // Naming B as the tenant of the request does not help either.
          const spoof = await api.gql(
            '{ challenges { totalCount } }',
            {},
            { ...asA, tenantId: b.tenantId },
          );
          expect(codeOf(spoof)).toBe('NOT_FOUND');

          const mine = await api.ok<{ myAttempts: { nodes: { id: string }[] } }>(
            '{ myAttempts(first: 100) { nodes { id } } }',
            {},
            asA,
          );
          expect(mine.myAttempts.nodes.map((n) => n.id)).not.toContain(b.attemptId);

          const snapshotAfter = await owner.query(
            'select files, hints_revealed, status from attempts where id = $1',
            [b.attemptId],
          );
          expect(snapshotAfter.rows).toEqual(snapshotBefore.rows);
        },
      ),
      { numRuns: 8 },
    );
  });

  it('lets a member of two tenants act in each, one per request, seeing only that one', async () => {
    const userId = await newUser(owner);
    const a = await newTenant(owner, 'A');
    const b = await newTenant(owner, 'B');
    await newMembership(owner, a, userId, 'recruiter');
    await newMembership(owner, b, userId, 'viewer');
    const privateA = await newPrivateChallenge(owner, a, PUBLIC_SLUGS[0]);
    const privateB = await newPrivateChallenge(owner, b, PUBLIC_SLUGS[1]);
    const token = accessTokenFor(userId);
    const slugsAs = async (tenantId?: string) =>
      (
        await api.ok<{ challenges: { nodes: { slug: string }[] } }>(
          '{ challenges(first: 100) { nodes { slug } } }',
          {},
          { token, tenantId },
        )
      ).challenges.nodes.map((n) => n.slug);

    const asA = await slugsAs(a);
    expect(asA).toContain(privateA.slug);
    expect(asA).not.toContain(privateB.slug);
    const asB = await slugsAs(b);
    expect(asB).toContain(privateB.slug);
    expect(asB).not.toContain(privateA.slug);
    const asLearner = await slugsAs(undefined);
    expect(asLearner).not.toContain(privateA.slug);
    expect(asLearner).not.toContain(privateB.slug);
  });

  it("lets the API's database role see no tenant rows without app.tenant_id, and only its tenant's with it", async () => {
    const a = await tenantWithRows(PUBLIC_SLUGS[0]);
    const b = await tenantWithRows(PUBLIC_SLUGS[1]);
    const apiUrl = new URL(api.db.url);
    apiUrl.username = 'fixpoint_api';
    apiUrl.password = 'fixpoint_api';
    const asApi = new Client({ connectionString: apiUrl.toString() });
    await asApi.connect();
    try {
      for (const table of TENANT_TABLES) {
        const { rows } = await asApi.query(`select count(*)::int as n from ${table}`);
        expect({ table, n: rows[0].n }).toEqual({ table, n: 0 });
      }
      await asApi.query('begin');
      await asApi.query(`select set_config('app.tenant_id', $1, true)`, [a.tenantId]);
      for (const table of TENANT_TABLES) {
        const column = table.startsWith('tenants') ? 'id' : 'tenant_id';
        const base = table.split(' ')[0];
        const { rows } = await asApi.query(`select distinct ${column} as t from ${base}`);
        expect(rows.map((r) => r.t).filter((t) => t !== null)).toEqual([a.tenantId]);
      }
      // Writing into B while scoped to A is refused by the policy itself.
      await expect(
        asApi.query(
          `insert into audit_log (tenant_id, action, target_type) values ($1, 'x', 'y')`,
          [b.tenantId],
        ),
      ).rejects.toThrow(/row-level security/);
      await asApi.query('rollback');

      const bypass = await asApi.query<{ rolbypassrls: boolean; rolsuper: boolean }>(
        'select rolbypassrls, rolsuper from pg_roles where rolname = current_user',
      );
      expect(bypass.rows[0]).toEqual({ rolbypassrls: false, rolsuper: false });
    } finally {
      await asApi.end();
    }
  });
});
