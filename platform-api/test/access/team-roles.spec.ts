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

/**
 * Issue 13, items 1 and 2: inside one company, nobody climbs. Only owners grant, change or
 * remove `owner`; nobody changes their own role; the last owner stays; and an invitation's
 * join link is shown in the local mailbox only to roles that could have granted its role.
 */
describe('team roles: no way up', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await ApiHarness.start({ env: { OUTBOX_POLL_MS: '50' } });
  });
  afterAll(async () => {
    await api?.stop();
  });

  async function company() {
    const tenantId = await newTenant(api.owner, 'Climb Inc');
    const as = async (role: Role) => {
      const userId = await newUser(api.owner);
      await newMembership(api.owner, tenantId, userId, role);
      return {
        userId,
        membership: await membershipId(api.owner, tenantId, userId),
        auth: { token: accessTokenFor(userId), tenantId },
      };
    };
    return { tenantId, as };
  }
  const changeRole = `mutation($id: ID!, $r: TenantRole!) { changeMemberRole(membershipId: $id, role: $r) { role } }`;
  const invite = `mutation($e: String!, $r: TenantRole!) { inviteTeamMember(email: $e, role: $r) { id } }`;
  const roleOf = async (membership: string) =>
    (await api.owner.query('select role from memberships where id = $1', [membership])).rows[0]
      ?.role as string | undefined;

  it('refuses an admin making itself owner, and any member changing its own role', async () => {
    const { as } = await company();
    await as('owner');
    const admin = await as('admin');
    const owner2 = await as('owner');
    const self = await api.gql(changeRole, { id: admin.membership, r: 'owner' }, admin.auth);
    expect(codeOf(self)).toBe('FORBIDDEN');
    expect(await roleOf(admin.membership)).toBe('admin');
    // An owner may not demote itself either (another owner does it), even with a second owner.
    const demote = await api.gql(changeRole, { id: owner2.membership, r: 'viewer' }, owner2.auth);
    expect(codeOf(demote)).toBe('FORBIDDEN');
    expect(await roleOf(owner2.membership)).toBe('owner');
  });

  it('refuses an admin granting, changing or removing owner; an owner may', async () => {
    const { as } = await company();
    const owner = await as('owner');
    const admin = await as('admin');
    const other = await as('recruiter');
    expect(
      codeOf(await api.gql(changeRole, { id: other.membership, r: 'owner' }, admin.auth)),
    ).toBe('FORBIDDEN');
    expect(
      codeOf(await api.gql(changeRole, { id: owner.membership, r: 'viewer' }, admin.auth)),
    ).toBe('FORBIDDEN');
    expect(
      codeOf(
        await api.gql(
          `mutation($id: ID!) { removeMember(membershipId: $id) }`,
          { id: owner.membership },
          admin.auth,
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(
      codeOf(await api.gql(invite, { e: `o-${randomUUID()}@example.com`, r: 'owner' }, admin.auth)),
    ).toBe('FORBIDDEN');
    expect(await roleOf(owner.membership)).toBe('owner');
    expect(await roleOf(other.membership)).toBe('recruiter');
    // Admins still manage the roles below owner.
    await api.ok(changeRole, { id: other.membership, r: 'hiring_manager' }, admin.auth);
    // The owner makes the admin owner, and may invite owners.
    await api.ok(changeRole, { id: admin.membership, r: 'owner' }, owner.auth);
    await api.ok(invite, { e: `o-${randomUUID()}@example.com`, r: 'owner' }, owner.auth);
  });

  it('keeps the last owner', async () => {
    const { as } = await company();
    const owner = await as('owner');
    const second = await as('owner');
    await api.ok(changeRole, { id: second.membership, r: 'admin' }, owner.auth);
    const removed = await api.gql(
      `mutation($id: ID!) { removeMember(membershipId: $id) }`,
      { id: owner.membership },
      second.auth,
    );
    expect(codeOf(removed)).toBe('FORBIDDEN');
    expect(await roleOf(owner.membership)).toBe('owner');
  });

  it('shows a join link in the mailbox only to roles that may grant its role', async () => {
    const { as } = await company();
    const owner = await as('owner');
    const admin = await as('admin');
    const recruiter = await as('recruiter');
    const adminInvitee = `a-${randomUUID()}@example.com`;
    const ownerInvitee = `o-${randomUUID()}@example.com`;
    await api.ok(invite, { e: adminInvitee, r: 'admin' }, owner.auth);
    await api.ok(invite, { e: ownerInvitee, r: 'owner' }, owner.auth);
    type Mail = { to: string; text: string; links: string[] };
    const mailboxOf = async (auth: { token: string; tenantId: string }) => {
      for (let i = 0; i < 100; i++) {
        const { mailbox } = await api.ok<{ mailbox: Mail[] }>(
          '{ mailbox { to text links } }',
          {},
          auth,
        );
        if (mailbox.length >= 2) return mailbox;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error('mail not delivered');
    };
    const mailTo = (box: Mail[], to: string) => box.find((m) => m.to === to)!;
    const hasLink = (m: Mail) => m.links.length > 0 || /join\?token=/.test(m.text);

    const seenByRecruiter = await mailboxOf(recruiter.auth);
    expect(hasLink(mailTo(seenByRecruiter, adminInvitee))).toBe(false);
    expect(hasLink(mailTo(seenByRecruiter, ownerInvitee))).toBe(false);
    const seenByAdmin = await mailboxOf(admin.auth);
    expect(hasLink(mailTo(seenByAdmin, adminInvitee))).toBe(true);
    expect(hasLink(mailTo(seenByAdmin, ownerInvitee))).toBe(false);
    const seenByOwner = await mailboxOf(owner.auth);
    expect(hasLink(mailTo(seenByOwner, ownerInvitee))).toBe(true);
  });
});
