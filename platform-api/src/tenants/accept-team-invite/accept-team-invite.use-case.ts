import { Injectable } from '@nestjs/common';
import { recordAudit } from '../../audit/audit';
import { accountIdByEmail } from '../../auth/acting-user';
import { AuthService } from '../../auth/auth.service';
import { ScopedDb } from '../../database/scoped-db.service';
import type { AcceptTeamInviteInput, AcceptTeamInvitePayload } from '../dto/tenant.types';
import { pendingTeamInvite } from '../pending-team-invite';
import { TenantErrors } from '../tenants.errors';

/**
 * Join a company from an invitation: with the existing account's password, or as a new
 * account. The invite is consumed in the same transaction as the membership it grants, and the
 * new member is signed in.
 */
@Injectable()
export class AcceptTeamInvite {
  constructor(
    private readonly db: ScopedDb,
    private readonly auth: AuthService,
  ) {}

  async execute(input: AcceptTeamInviteInput, ip: string): Promise<AcceptTeamInvitePayload> {
    const { invite } = await pendingTeamInvite(this.db, input.token);
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
}
