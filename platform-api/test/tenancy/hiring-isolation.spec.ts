import fc from 'fast-check';
import { defineAbilityFor, type Action, type Subject } from '../../src/permissions/abilities';
import { ApiHarness, codeOf } from '../support/api-harness';
import {
  accessTokenFor,
  membershipId,
  newHiringRows,
  newMembership,
  newPrivateChallenge,
  newTenant,
  newUser,
} from '../support/builders';

const ROLES = ['owner', 'admin', 'recruiter', 'hiring_manager', 'viewer'] as const;

/**
 * Every hiring query and mutation, pointed at tenant B's rows by a member of tenant A: the
 * answer is NOT_FOUND when A's role may do it at all (B's rows are invisible), FORBIDDEN when
 * the role may not (checked before any row is read), and B's rows never change.
 */
describe('tenant isolation of hiring', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await ApiHarness.start();
  });

  afterAll(async () => {
    await api?.stop();
  });

  it("never shows or changes tenant B's assessments, invites, reports, team or mail to tenant A", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...ROLES), async (role) => {
        const a = await newTenant(api.owner, 'A');
        const userA = await newUser(api.owner);
        await newMembership(api.owner, a, userA, role);
        const b = await newTenant(api.owner, 'B');
        const userB = await newUser(api.owner);
        await newMembership(api.owner, b, userB, 'owner');
        const challenge = await newPrivateChallenge(api.owner, b, 'py-paginate-last-page');
        const rows = await newHiringRows(api.owner, b, challenge.challengeId);
        const memberB = await membershipId(api.owner, b, userB);
        const asA = { token: accessTokenFor(userA), tenantId: a };
        const input = {
          title: 'x',
          instructions: '',
          timeLimitMinutes: 10,
          hintsAllowed: true,
          hintPenalty: 5,
          challengeSlugs: ['py-paginate-last-page'],
        };
        const before = await snapshot(api, b);

        const cases: [Action, Subject, string, Record<string, unknown>][] = [
          [
            'read',
            'Assessment',
            'query($id: ID!) { assessment(id: $id) { id } }',
            { id: rows.assessmentId },
          ],
          [
            'read',
            'Pipeline',
            'query($id: ID!) { candidates(assessmentId: $id) { id } }',
            { id: rows.assessmentId },
          ],
          [
            'read',
            'CandidateReport',
            'query($id: ID!) { candidateReport(inviteId: $id) { totalScore } }',
            { id: rows.inviteId },
          ],
          [
            'read',
            'CandidateReport',
            'query($id: ID!) { pipelineCsv(assessmentId: $id) }',
            { id: rows.assessmentId },
          ],
          [
            'manage',
            'Assessment',
            'mutation($id: ID!, $i: AssessmentInput!) { updateAssessment(id: $id, input: $i) { id } }',
            { id: rows.assessmentId, i: input },
          ],
          [
            'manage',
            'Assessment',
            'mutation($id: ID!) { archiveAssessment(id: $id) { id } }',
            { id: rows.assessmentId },
          ],
          [
            'manage',
            'Invite',
            'mutation($id: ID!) { inviteCandidates(assessmentId: $id, candidates: [{ email: "x@example.com" }]) { errors { message } } }',
            { id: rows.assessmentId },
          ],
          [
            'manage',
            'Invite',
            'mutation($id: ID!) { resendInvite(id: $id) { id } }',
            { id: rows.inviteId },
          ],
          [
            'manage',
            'Invite',
            'mutation($id: ID!) { revokeInvite(id: $id) { id } }',
            { id: rows.inviteId },
          ],
          [
            'manage',
            'Invite',
            'mutation($id: ID!) { setAccommodation(id: $id, extraTimePercent: 50) { id } }',
            { id: rows.inviteId },
          ],
          [
            'manage',
            'Membership',
            'mutation($id: ID!) { revokeTeamInvite(id: $id) { id } }',
            { id: rows.teamInviteId },
          ],
          [
            'manage',
            'Membership',
            'mutation($id: ID!) { changeMemberRole(membershipId: $id, role: viewer) { id } }',
            { id: memberB },
          ],
          [
            'manage',
            'Membership',
            'mutation($id: ID!) { removeMember(membershipId: $id) }',
            { id: memberB },
          ],
        ];
        const ability = defineAbilityFor({ userId: userA, tenant: { id: a, role } });
        for (const [action, subject, query, variables] of cases) {
          const expected = ability.can(action, subject) ? 'NOT_FOUND' : 'FORBIDDEN';
          const code = codeOf(await api.gql(query, variables, asA));
          expect({ query, code }).toEqual({ query, code: expected });
        }

        // Lists show only A's own rows (none): B's never leak into them.
        if (ability.can('read', 'Assessment')) {
          const { assessments } = await api.ok<{ assessments: unknown[] }>(
            '{ assessments { id } }',
            {},
            asA,
          );
          expect(assessments).toEqual([]);
        }
        if (ability.can('create', 'Invite')) {
          const { mailbox } = await api.ok<{ mailbox: unknown[] }>('{ mailbox { id } }', {}, asA);
          expect(mailbox).toEqual([]);
        }
        if (ability.can('read', 'Membership')) {
          const { teamMembers } = await api.ok<{ teamMembers: { email: string }[] }>(
            '{ teamMembers { email } }',
            {},
            asA,
          );
          expect(teamMembers).toHaveLength(1);
        }
        expect(await snapshot(api, b)).toEqual(before);
      }),
      { numRuns: 10 },
    );
  });
});

async function snapshot(api: ApiHarness, tenantId: string) {
  const tables = [
    'assessments',
    'assessment_challenges',
    'candidate_invites',
    'assessment_sessions',
    'team_invites',
    'memberships',
    'mail_messages',
  ];
  const out: Record<string, unknown> = {};
  for (const table of tables) {
    out[table] = (
      await api.owner.query(`select * from ${table} where tenant_id = $1 order by 1`, [tenantId])
    ).rows;
  }
  return out;
}
