import { Injectable } from '@nestjs/common';
import { recordAudit } from '../audit/audit';
import { accountIdByEmail } from '../auth/acting-user';
import type { Principal } from '../auth/principal';
import { isUuid } from '../common/ids';
import { tenantOf } from '../common/tenant-principal';
import { ScopedDb, scopeOf, type Tx } from '../database/scoped-db.service';
import type { TenantRole } from '../generated/prisma/client';
import { mayGrant } from '../permissions/role-table';
import {
  type TeamInvite,
  TeamInviteStatus,
  type TeamInvitePreview,
  type TeamMember,
} from './dto/tenant.types';
import { pendingTeamInvite } from './pending-team-invite';
import { teamInviteStatus, toInvite } from './team-invite-status';
import { TenantErrors } from './tenants.errors';

/**
 * The team: members and their roles, and invitations to join by email. Sending an invitation
 * and accepting one touch several aggregates and are use cases (send-team-invite/,
 * accept-team-invite/).
 */
@Injectable()
export class TeamService {
  constructor(private readonly db: ScopedDb) {}

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
    const { invite, tenantName } = await pendingTeamInvite(this.db, token);
    const account = await this.db.run({}, (tx) => accountIdByEmail(tx, invite.email));
    return { tenantName, email: invite.email, role: invite.role, accountExists: !!account };
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
