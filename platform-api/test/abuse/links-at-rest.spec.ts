import { randomUUID } from 'node:crypto';
import { hashOpaqueToken } from '../../src/common/opaque-tokens';
import { ApiHarness, codeOf } from '../support/api-harness';
import { HiringClient } from '../hiring/hiring-client';

/**
 * Issue 13, items 10 and 11: outbox payloads kept working team and candidate links forever; a
 * candidate token outlived a resend; security-definer functions searched pg_temp first.
 */
const SLUG = 'py-paginate-last-page';
const TOKEN_LIKE = /[A-Za-z0-9_-]{43}/g;

describe('links and tokens at rest', () => {
  let api: ApiHarness;
  let hiring: HiringClient;
  let owner: { token: string; tenantId: string };

  beforeAll(async () => {
    api = await ApiHarness.start();
    hiring = new HiringClient(api);
    owner = await hiring.signUpCompany('Links Inc');
  });

  afterAll(async () => {
    await api?.stop();
  });

  /** Every stored invite-token hash, team and candidate. */
  const liveHashes = async () => {
    const { rows } = await api.owner.query<{ token_hash: string }>(
      `select token_hash from team_invites union all select token_hash from candidate_invites`,
    );
    return new Set(rows.map((r) => r.token_hash));
  };

  it('keeps no working link in the outbox once the mail is sent', async () => {
    const assessmentId = await hiring.createPublishedAssessment(owner, [SLUG]);
    const candidate = await hiring.inviteCandidate(
      owner,
      assessmentId,
      `cand-${randomUUID()}@example.com`,
    );
    const member = `member-${randomUUID()}@example.com`;
    await api.ok(
      `mutation($e: String!) { inviteTeamMember(email: $e, role: recruiter) { id } }`,
      { e: member },
      owner,
    );
    const teamMail = await hiring.waitForMail(owner, member);
    const teamToken = new URL(teamMail.links[0]).searchParams.get('token')!;
    const hashes = await liveHashes();
    // The links the mail carried are live: the check below would see them.
    expect(hashes.has(hashOpaqueToken(candidate.token))).toBe(true);
    expect(hashes.has(hashOpaqueToken(teamToken))).toBe(true);

    const { rows } = await api.owner.query<{ payload: unknown; delivered_at: Date | null }>(
      `select payload, delivered_at from outbox where tenant_id = $1 and topic = 'mail.send'`,
      [owner.tenantId],
    );
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(row.delivered_at).not.toBeNull();
      const candidates = JSON.stringify(row.payload).match(TOKEN_LIKE) ?? [];
      expect(candidates.filter((t) => hashes.has(hashOpaqueToken(t)))).toEqual([]);
    }
  });

  it('lets a team invitation link join once', async () => {
    const email = `join-${randomUUID()}@example.com`;
    await api.ok(
      `mutation($e: String!) { inviteTeamMember(email: $e, role: viewer) { id } }`,
      { e: email },
      owner,
    );
    const mail = await hiring.waitForMail(owner, email);
    const token = new URL(mail.links[0]).searchParams.get('token')!;
    const accept = (password: string) =>
      api.gql(
        `mutation($i: AcceptTeamInviteInput!) { acceptTeamInvite(input: $i) { tenant { id } } }`,
        { i: { token, displayName: 'New Member', password } },
      );
    const first = await accept('a long enough password');
    expect(first.errors).toBeUndefined();
    const again = await accept('another long password');
    expect(codeOf(again)).toBe('NOT_FOUND');
    expect(
      codeOf(await api.gql(`query($t: String!) { teamInvite(token: $t) { email } }`, { t: token })),
    ).toBe('NOT_FOUND');
  });

  it('refuses a candidate token issued before the invitation was resent', async () => {
    const assessmentId = await hiring.createPublishedAssessment(owner, [SLUG]);
    const invited = await hiring.inviteCandidate(
      owner,
      assessmentId,
      `resend-${randomUUID()}@example.com`,
    );
    const before = await hiring.openSession(invited.token);
    const view = `{ candidateSession { id phase } }`;
    await api.ok(view, {}, { token: before.token });
    // Tokens carry their issue time in seconds: the resend must come in a later second.
    await new Promise((r) => setTimeout(r, 1100));
    await api.ok(
      `mutation($id: ID!) { resendInvite(id: $id) { id } }`,
      { id: invited.inviteId },
      owner,
    );
    expect(codeOf(await api.gql(view, {}, { token: before.token }))).toBe('UNAUTHENTICATED');
  });

  it('gives every security-definer function the search path public, pg_temp', async () => {
    const { rows } = await api.owner.query<{ name: string; config: string[] | null }>(
      `select p.oid::regprocedure::text as name, p.proconfig as config
         from pg_proc p join pg_namespace n on n.oid = p.pronamespace
        where p.prosecdef and n.nspname = 'public'`,
    );
    expect(rows.length).toBeGreaterThan(3);
    const wrong = rows.filter((r) => !r.config?.includes('search_path=public, pg_temp'));
    expect(wrong).toEqual([]);
  });
});
