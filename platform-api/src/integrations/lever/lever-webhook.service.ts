import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  checkDelivery,
  externalRefOf,
  type LeverTarget,
  leverCall,
  parseOpportunity,
  parseStageChange,
} from '@fixpoint/connector-lever';
import { AtsInvitationsService } from '../../ats/ats-invitations.service';
import { isUuid } from '../../common/ids';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/config.schema';
import { ScopedDb } from '../../database/scoped-db.service';
import { AtsSyncService } from '../ats-sync.service';
import { LeverConnectionService } from './lever-connection.service';

const ATS = 'lever';

/** Our answer to a delivery: its HTTP status and a short word on what happened. */
export interface DeliveryAnswer {
  status: number;
  outcome: string;
  detail: string;
  invitationId?: string;
}

const answer = (status: number, outcome: string, detail: string): DeliveryAnswer => ({
  status,
  outcome,
  detail,
});

/**
 * A Lever candidate-stage-change delivery. Lever's signature covers only `token` and
 * `triggeredAt`, not the body, so a captured delivery could come back with another body: it is
 * acted on only when its signature matches, its `triggeredAt` is fresh, its token was never
 * seen, and then only on the opportunity's state as Lever's API tells it now (the body's stage
 * is not trusted). A mapped stage invites once per opportunity and stage.
 */
@Injectable()
export class LeverWebhookService {
  private readonly logger = new Logger('LeverWebhook');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: ScopedDb,
    private readonly connections: LeverConnectionService,
    private readonly invitations: AtsInvitationsService,
    private readonly syncs: AtsSyncService,
  ) {}

  async receive(tenantId: string, body: unknown): Promise<DeliveryAnswer> {
    const parsed = parseStageChange(body);
    if (!parsed.ok)
      return answer(
        400,
        'invalid',
        parsed.errors.map((e) => `${e.pointer} ${e.detail}`).join('; '),
      );
    const delivery = parsed.value;
    const connection = isUuid(tenantId) ? await this.connections.find(tenantId) : null;
    const signatureToken = connection ? this.connections.signatureTokenOf(connection) : null;
    if (!connection || !signatureToken)
      return answer(404, 'not_connected', 'No Lever webhook is set up at this URL.');
    const check = checkDelivery(
      delivery,
      signatureToken,
      Date.now(),
      this.config.LEVER_WEBHOOK_MAX_AGE_SECONDS * 1000,
    );
    if (!check.ok) return answer(check.reason === 'forged' ? 401 : 400, check.reason, check.detail);
    const fresh = await this.db.run(
      { tenantId },
      (tx) =>
        tx.$executeRaw`insert into ats_webhook_deliveries (tenant_id, ats, token)
        values (${tenantId}::uuid, ${ATS}, ${delivery.token}) on conflict do nothing`,
    );
    if (fresh === 0) return answer(409, 'replayed', 'This delivery was already received.');
    try {
      return await this.act(
        tenantId,
        connection.apiBase,
        connection.performAs,
        delivery.opportunityId,
      );
    } catch (error) {
      // Not acted on: Lever's own retry of this delivery (same token) must be let in.
      await this.db.run({ tenantId }, (tx) =>
        tx.atsWebhookDelivery.deleteMany({ where: { ats: ATS, token: delivery.token } }),
      );
      throw error;
    }
  }

  private async act(
    tenantId: string,
    apiBase: string,
    performAs: string | null,
    opportunityId: string | null,
  ): Promise<DeliveryAnswer> {
    // Lever's connection test: signed, no opportunity.
    if (!opportunityId) return answer(200, 'ignored', 'No opportunity in this delivery.');
    const authorization = await this.connections.authorizationFor(tenantId);
    if (!authorization) return answer(404, 'not_connected', 'Lever is not connected.');
    const read = await leverCall(
      { fetch, timeoutMs: this.config.ATS_CALL_TIMEOUT_MS },
      authorization,
      `${apiBase.replace(/\/$/, '')}/opportunities/${encodeURIComponent(opportunityId)}`,
    );
    if (!read.ok) {
      this.logger.warn({ tenantId, opportunityId, detail: read.detail }, 'opportunity not read');
      throw new LeverUnavailable(read.detail);
    }
    const opportunity = parseOpportunity(read.body);
    if (!opportunity.ok)
      throw new LeverUnavailable('Lever answered an opportunity we cannot read.');
    const { stageId, email, archived } = opportunity.value;
    if (archived || !stageId)
      return answer(200, 'ignored', 'The opportunity is archived or has no stage.');
    const mapping = await this.db.run({ tenantId }, (tx) =>
      tx.atsMapping.findUnique({
        where: { tenantId_ats_externalId: { tenantId, ats: ATS, externalId: stageId } },
      }),
    );
    if (!mapping) return answer(200, 'ignored', `Stage ${stageId} is not mapped to an assessment.`);
    if (!email) return answer(200, 'ignored', 'The opportunity has no e-mail address.');
    const externalRef = externalRefOf(opportunityId, stageId);
    let sync = await this.syncs.find(tenantId, ATS, externalRef);
    if (!sync) {
      const connection = await this.connections.find(tenantId);
      const invited = await this.invitations.create(
        {
          id: null,
          tenantId,
          name: 'Lever',
          scopes: [],
          createdBy: connection?.connectedBy ?? null,
        },
        {
          assessmentId: mapping.assessmentId,
          candidate: {
            email,
            firstName: opportunity.value.firstName,
            lastName: opportunity.value.lastName,
          },
          expiresInDays: 7,
          externalReference: {
            ats: ATS,
            applicationId: externalRef,
            ...(opportunity.value.profileUrl ? { profileUrl: opportunity.value.profileUrl } : {}),
          },
        },
      );
      const target: LeverTarget = {
        apiBase,
        opportunityId,
        label: mapping.label,
        passThreshold: mapping.passThreshold,
        stageOnPass: mapping.stageOnPass,
        performAs,
      };
      sync = await this.syncs.open({
        tenantId,
        ats: ATS,
        externalRef,
        inviteId: (invited.body as { id: string }).id,
        target,
        credentials: null,
      });
    }
    await this.syncs.start(sync);
    return { ...answer(200, 'invited', ''), invitationId: sync.inviteId };
  }
}

/** Lever could not be read now: the delivery answers 503 and Lever retries it. */
export class LeverUnavailable extends Error {
  override name = 'LeverUnavailable';
}
