import { hashOpaqueToken, looksLikeOpaqueToken } from '../common/opaque-tokens';
import type { ScopedDb } from '../database/scoped-db.service';
import { TeamInviteStatus } from './dto/tenant.types';
import { teamInviteStatus } from './team-invite-status';
import { TenantErrors } from './tenants.errors';

/**
 * The pending invitation behind a join link, and its company's name. Expired, revoked, used
 * and unknown links are all the same NOT_FOUND.
 */
export async function pendingTeamInvite(db: ScopedDb, token: string) {
  if (!looksLikeOpaqueToken(token)) throw TenantErrors.inviteNotFound();
  const found = await db.run(
    {},
    (tx) =>
      tx.$queryRaw<{ id: string; tenant_id: string }[]>`
      select id, tenant_id from team_invite_by_token(${hashOpaqueToken(token)})`,
  );
  if (!found[0]) throw TenantErrors.inviteNotFound();
  return db.run({ tenantId: found[0].tenant_id }, async (tx) => {
    const invite = await tx.teamInvite.findUniqueOrThrow({ where: { id: found[0].id } });
    if (teamInviteStatus(invite) !== TeamInviteStatus.pending) throw TenantErrors.inviteNotFound();
    const tenant = await tx.tenant.findUniqueOrThrow({ where: { id: invite.tenantId } });
    return { invite, tenantName: tenant.name };
  });
}
