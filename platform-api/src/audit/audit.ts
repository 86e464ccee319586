import type { Principal } from '../auth/principal';
import type { Tx } from '../database/scoped-db.service';

export interface AuditTarget {
  type: string;
  id?: string;
}

/**
 * Records a staff action in the tenant's audit log, in the transaction that makes the change
 * (so the log never claims what did not happen). Data must never hold secrets or tokens.
 */
export async function recordAudit(
  tx: Tx,
  principal: Principal,
  action: string,
  target: AuditTarget,
  data: Record<string, unknown> = {},
): Promise<void> {
  const tenantId = principal.tenant?.id;
  if (!tenantId) throw new Error(`audit ${action}: no tenant in the principal`);
  await tx.auditLog.create({
    data: {
      tenantId,
      actorUserId: principal.userId,
      action,
      targetType: target.type,
      targetId: target.id,
      data: data as object,
    },
  });
}
