import { Injectable, type OnModuleInit } from '@nestjs/common';
import { atsResultChanged } from '@fixpoint/workflows/contracts';
import type { AtsSync } from '../generated/prisma/client';
import { OutboxRelay } from '../mail/outbox-relay';
import { AtsSyncService } from './ats-sync.service';

// Outbox topics after which an invitation's result changed: the candidate began (an ATS may
// show it in progress), it may be final, or it never will be.
const TOPICS = [
  'session.started',
  'assessment.report_ready',
  'result.decided',
  'invitation.cancelled',
];

/**
 * Tells an invitation's open syncs that its result may have changed, so a result reaches the
 * ATS in seconds rather than at the next poll. Runs as an outbox consumer (beside the webhook
 * one): at least once, and Temporal away leaves the row pending.
 */
@Injectable()
export class ResultSignals implements OnModuleInit {
  constructor(
    private readonly relay: OutboxRelay,
    private readonly syncs: AtsSyncService,
  ) {}

  onModuleInit() {
    for (const topic of TOPICS) {
      this.relay.register(topic, async (row, client) => {
        const payload = row.payload as { invitationId?: string; inviteId?: string | null };
        const inviteId = payload.invitationId ?? payload.inviteId;
        if (!row.tenantId || !inviteId) return;
        const { rows } = await client.query<{
          id: string;
          tenant_id: string;
          ats: string;
          external_ref: string;
          workflow_id: string;
        }>(
          `select id, tenant_id, ats, external_ref, workflow_id from ats_syncs
            where invite_id = $1 and tenant_id = $2 and state not in ('delivered', 'closed')`,
          [inviteId, row.tenantId],
        );
        for (const sync of rows) {
          await this.syncs.nudge(
            {
              id: sync.id,
              tenantId: sync.tenant_id,
              ats: sync.ats,
              externalRef: sync.external_ref,
              workflowId: sync.workflow_id,
            } as AtsSync,
            atsResultChanged,
          );
        }
      });
    }
  }
}
