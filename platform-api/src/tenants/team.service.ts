import { Inject, Injectable } from '@nestjs/common';
import { recordAudit } from '../audit/audit';
import { accountIdByEmail } from '../auth/acting-user';
import { AuthService } from '../auth/auth.service';
import type { Principal } from '../auth/principal';
import { emailField } from '../common/email';
import { isUuid } from '../common/ids';
import { hashOpaqueToken, looksLikeOpaqueToken, newOpaqueToken } from '../common/opaque-tokens';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config.schema';
import { ScopedDb, scopeOf, type Tx } from '../database/scoped-db.service';
import type { TeamInvite as TeamInviteRow, TenantRole } from '../generated/prisma/client';
import { enqueueMail } from '../mail/outbox-mail';
import { mayGrant } from '../permissions/role-table';
import {
  type AcceptTeamInviteInput,
  type AcceptTeamInvitePayload,
  type TeamInvite,
  TeamInviteStatus,
  type TeamInvitePreview,
  type TeamMember,
} from './dto/tenant.types';
import { TenantErrors } from './tenants.errors';
import { tenantOf } from '../common/tenant-principal';

const INVITE_TTL_DAYS = 7;

export const teamInviteStatus = (row: TeamInviteRow, now = new Date()): TeamInviteStatus =>
  row.acceptedAt
    ? TeamInviteStatus.accepted
    : row.revokedAt
      ? TeamInviteStatus.revoked
      : row.expiresAt <= now
        ? TeamInviteStatus.expired
        : TeamInviteStatus.pending;

const toInvite = (row: TeamInviteRow): TeamInvite => ({
  id: row.id,
  email: row.email,
  role: row.role,
  status: teamInviteStatus(row),
  expiresAt: row.expiresAt,
  createdAt: row.createdAt,
});

/** The team: members and their roles, and invitations to join by email. */
@Injectable()
export class TeamService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: ScopedDb,
    private readonly auth: AuthService,
  ) {}

  members(principal: Principal): Promise<TeamMember[]> {
    return this.db.run(scopeOf(principal), async (tx) => {
      const rows = await tx.membership.findMany({
        where: { tenantId: tenantOf(principal).tenant.id },
        select: {
          id: true,
          userId: true,
          role: true,
          createdAt: true,
          user: { select: { displayName: true, email: true } },
        },
        orderBy: { createdAt: 'asc' },
      });
      return rows.map(({ user, ...row }) => ({ ...row, ...user }));
    });
  }

  invites(principal: Principal): Promise<TeamInvite[]> {
    return this.db.run(scopeOf(principal), async (tx) =>
      (await tx.teamInvite.findMany({ orderBy: { createdAt: 'desc' } })).map(toInvite),
    );
  }

  invite(principal: Principal, rawEmail: string, role: TenantRole): Promise<TeamInvite> {
    const email = emailField.safeParse(rawEmail);
    if (!email.success) throw TenantErrors.invalid('email', email.error.issues[0].message);
    if (!mayGrant(principal.tenant?.role, role)) throw TenantErrors.cannotGrant(role);
    return this.db.run(scopeOf(principal), async (tx) => {
      const member = await tx.membership.findFirst({
        where: {
          tenantId: tenantOf(principal).tenant.id,
          user: { email: email.data, kind: 'account' },
        },
        select: { id: true },
      });
      if (member) throw TenantErrors.alreadyMember(email.data);
      const tenant = await tx.tenant.findUniqueOrThrow({
        where: { id: tenantOf(principal).tenant.id },
      });
      const inviter = await tx.user.findUniqueOrThrow({ where: { id: principal.userId } });
      const { token, hash } = newOpaqueToken();
      const row = await tx.teamInvite.create({
        data: {
          tenantId: tenant.id,
          email: email.data,
          role,
          tokenHash: hash,
          expiresAt: new Date(Date.now() + INVITE_TTL_DAYS * 86_400_000),
          createdBy: principal.userId,
        },
      });
      const link = new URL(`/join?token=${token}`, this.config.PORTAL_URL).toString();
      await enqueueMail(tx, tenant.id, {
        to: email.data,
        subject: `${inviter.displayName} invited you to ${tenant.name} on Fixpoint`,
        text: [
          `${inviter.displayName} invited you to join ${tenant.name} on Fixpoint as ${role.replace('_', ' ')}.`,
          '',
          `Accept the invitation: ${link}`,
          '',
          `The link works once and expires in ${INVITE_TTL_DAYS} days.`,
        ].join('\n'),
        links: [link],
        // Only roles that could grant this role see the join link in the local mailbox.
        linkAudience: { grantsRole: role },
      });
      await recordAudit(
        tx,
        principal,
        'team.invited',
        { type: 'TeamInvite', id: row.id },
        {
          email: email.data,
          role,
        },
      );
      return toInvite(row);
    });
  }

  revokeInvite(principal: Principal, id: string): Promise<TeamInvite> {
    return this.db.run(scopeOf(principal), async (tx) => {
      const row = isUuid(id) ? await tx.teamInvite.findUnique({ where: { id } }) : null;
      if (!row) throw TenantErrors.inviteNotFound();
      if (!mayGrant(principal.tenant?.role, row.role)) throw TenantErrors.cannotGrant(row.role);
      if (teamInviteStatus(row) !== TeamInviteStatus.pending) throw TenantErrors.notPending();
      const revoked = await tx.teamInvite.update({
        where: { id },
        data: { revokedAt: new Date() },
      });
      await recordAudit(
        tx,
        principal,
        'team.invite_revoked',
        { type: 'TeamInvite', id },
        {
          email: row.email,
        },
      );
      return toInvite(revoked);
    });
  }

  changeRole(principal: Principal, membershipId: string, role: TenantRole): Promise<TeamMember> {
    return this.db.run(scopeOf(principal), async (tx) => {
      const member = await this.lockMember(tx, principal, membershipId);
      // Nobody climbs: not by re-roling themselves, and only owners touch the owner role.
      if (member.userId === principal.userId) throw TenantErrors.ownRole();
      for (const r of [member.role, role])
        if (!mayGrant(principal.tenant?.role, r)) throw TenantErrors.cannotGrant(r);
      if (member.role === 'owner' && role !== 'owner') await this.keepAnOwner(tx, principal);
      const updated = await tx.membership.update({
        where: { id: membershipId },
        data: { role },
        select: {
          id: true,
          userId: true,
          role: true,
          createdAt: true,
          user: { select: { displayName: true, email: true } },
        },
      });
      await recordAudit(
        tx,
        principal,
        'team.role_changed',
        { type: 'Membership', id: membershipId },
        {
          from: member.role,
          to: role,
        },
      );
      const { user, ...rest } = updated;
      return { ...rest, ...user };
    });
  }

  removeMember(principal: Principal, membershipId: string): Promise<boolean> {
    return this.db.run(scopeOf(principal), async (tx) => {
      const member = await this.lockMember(tx, principal, membershipId);
      if (!mayGrant(principal.tenant?.role, member.role))
        throw TenantErrors.cannotGrant(member.role);
      if (member.role === 'owner') await this.keepAnOwner(tx, principal);
      await tx.membership.delete({ where: { id: membershipId } });
      await recordAudit(
        tx,
        principal,
        'team.member_removed',
        { type: 'Membership', id: membershipId },
        {
          userId: member.userId,
          role: member.role,
        },
      );
      return true;
    });
  }

  /** The invitation behind a link, for the join page (no sign-in needed). */
  async preview(token: string): Promise<TeamInvitePreview> {
    const { invite, tenantName } = await this.pendingInvite(token);
    const account = await this.db.run({}, (tx) => accountIdByEmail(tx, invite.email));
    return { tenantName, email: invite.email, role: invite.role, accountExists: !!account };
  }

  /**
   * Joins the company: with the existing account's password, or as a new account. The invite
   * is consumed in the same transaction as the membership it grants.
   */
  async accept(input: AcceptTeamInviteInput, ip: string): Promise<AcceptTeamInvitePayload> {
    const { invite } = await this.pendingInvite(input.token);
    const existing = await this.db.run({}, (tx) => accountIdByEmail(tx, invite.email));
    const user = existing ? await this.auth.verifyAccount(invite.email, input.password, ip) : null;
    const account = user
      ? null
      : await this.auth.checkNewAccount(
          { email: invite.email, password: input.password, displayName: input.displayName ?? '' },
          ip,
        );
    return this.db.run({ tenantId: invite.tenantId }, async (tx) => {
      const consumed = await tx.teamInvite.updateMany({
        where: { id: invite.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
        data: { acceptedAt: new Date() },
      });
      if (consumed.count === 0) throw TenantErrors.inviteNotFound();
      const auth = user
        ? await this.auth.signIn(tx, user)
        : await this.auth.createAccount(tx, account!);
      await tx.membership.upsert({
        where: { tenantId_userId: { tenantId: invite.tenantId, userId: auth.user.id } },
        create: { tenantId: invite.tenantId, userId: auth.user.id, role: invite.role },
        update: {},
      });
      const joined = { userId: auth.user.id, tenant: { id: invite.tenantId, role: invite.role } };
      await recordAudit(
        tx,
        joined,
        'team.joined',
        { type: 'TeamInvite', id: invite.id },
        {
          email: invite.email,
          role: invite.role,
        },
      );
      return {
        auth,
        tenant: await tx.tenant.findUniqueOrThrow({
          where: { id: invite.tenantId },
          select: { id: true, slug: true, name: true },
        }),
        role: invite.role,
      };
    });
  }

  private async pendingInvite(token: string) {
    if (!looksLikeOpaqueToken(token)) throw TenantErrors.inviteNotFound();
    const found = await this.db.run(
      {},
      (tx) =>
        tx.$queryRaw<{ id: string; tenant_id: string }[]>`
        select id, tenant_id from team_invite_by_token(${hashOpaqueToken(token)})`,
    );
    if (!found[0]) throw TenantErrors.inviteNotFound();
    return this.db.run({ tenantId: found[0].tenant_id }, async (tx) => {
      const invite = await tx.teamInvite.findUniqueOrThrow({ where: { id: found[0].id } });
      if (teamInviteStatus(invite) !== TeamInviteStatus.pending)
        throw TenantErrors.inviteNotFound();
      const tenant = await tx.tenant.findUniqueOrThrow({ where: { id: invite.tenantId } });
      return { invite, tenantName: tenant.name };
    });
  }

  // Memberships are also visible to their own user (to pick a tenant): always filter by tenant.
  private async lockMember(tx: Tx, principal: Principal, membershipId: string) {
    if (!isUuid(membershipId)) throw TenantErrors.memberNotFound();
    await tx.$queryRaw`select 1 from memberships where tenant_id = app_tenant_id() for update`;
    const member = await tx.membership.findFirst({
      where: { id: membershipId, tenantId: tenantOf(principal).tenant.id },
    });
    if (!member) throw TenantErrors.memberNotFound();
    return member;
  }

  /** Called before an owner is demoted or removed: another owner must remain. */
  private async keepAnOwner(tx: Tx, principal: Principal) {
    const owners = await tx.membership.count({
      where: { role: 'owner', tenantId: tenantOf(principal).tenant.id },
    });
    if (owners <= 1) throw TenantErrors.lastOwner();
  }
}
