import { Inject, Injectable } from '@nestjs/common';
import { recordAudit } from '../../audit/audit';
import type { Principal } from '../../auth/principal';
import { emailField } from '../../common/email';
import { newOpaqueToken } from '../../common/opaque-tokens';
import { parseInput } from '../../common/parse-input';
import { tenantOf } from '../../common/tenant-principal';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/config.schema';
import { ScopedDb, scopeOf } from '../../database/scoped-db.service';
import type { TenantRole } from '../../generated/prisma/client';
import { enqueueMail } from '../../mail/outbox-mail';
import { mayGrant } from '../../permissions/role-table';
import type { TeamInvite } from '../dto/tenant.types';
import { toInvite } from '../team-invite-status';
import { TenantErrors } from '../tenants.errors';

const INVITE_TTL_DAYS = 7;

/**
 * Invite someone to the company by e-mail: checks the inviter may grant the role and the
 * address is not a member yet, then in one transaction stores the single-use link (hashed),
 * queues the mail with it and records the audit entry.
 */
@Injectable()
export class SendTeamInvite {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: ScopedDb,
  ) {}

  execute(principal: Principal, rawEmail: string, role: TenantRole): Promise<TeamInvite> {
    const address = parseInput(emailField, rawEmail, 'email');
    if (!mayGrant(principal.tenant?.role, role)) throw TenantErrors.cannotGrant(role);
    return this.db.run(scopeOf(principal), async (tx) => {
      const member = await tx.membership.findFirst({
        where: {
          tenantId: tenantOf(principal).tenant.id,
          user: { email: address, kind: 'account' },
        },
        select: { id: true },
      });
      if (member) throw TenantErrors.alreadyMember(address);
      const tenant = await tx.tenant.findUniqueOrThrow({
        where: { id: tenantOf(principal).tenant.id },
      });
      const inviter = await tx.user.findUniqueOrThrow({ where: { id: principal.userId } });
      const { token, hash } = newOpaqueToken();
      const row = await tx.teamInvite.create({
        data: {
          tenantId: tenant.id,
          email: address,
          role,
          tokenHash: hash,
          expiresAt: new Date(Date.now() + INVITE_TTL_DAYS * 86_400_000),
          createdBy: principal.userId,
        },
      });
      const link = new URL(`/join?token=${token}`, this.config.PORTAL_URL).toString();
      await enqueueMail(tx, tenant.id, {
        to: address,
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
          email: address,
          role,
        },
      );
      return toInvite(row);
    });
  }
}
