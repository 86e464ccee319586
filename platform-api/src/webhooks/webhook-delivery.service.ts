import { Inject, Injectable, Logger } from '@nestjs/common';
import type Redis from 'ioredis';
import { z } from 'zod';
import { refusalOf } from '@fixpoint/connector-core';
import { OutboundHttp } from '../ats/outbound-http';
import { AppError } from '../common/app-error';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config.schema';
import { ScopedDb } from '../database/scoped-db.service';
import { REDIS } from '../redis/redis.module';
import { webhookSecretContext } from '../secrets/sealed-columns';
import { SecretBox } from '../secrets/secret-box';
import { signatureHeader } from './signature';

export const attemptRequest = z.object({
  tenantId: z.uuid(),
  endpointId: z.uuid(),
  eventId: z.uuid(),
  workflowId: z.string().min(1).max(300),
  attempt: z.number().int().min(1).max(1000),
});

const MAX_ERROR = 500;

/** What one attempt answers the workflow (workflows/src/contracts/webhook-delivery.ts). */
export interface AttemptAnswer {
  delivered: boolean;
  statusCode: number | null;
  gone: boolean;
  refused: boolean;
}

/**
 * One delivery attempt of an event to an endpoint, asked by the webhook-delivery workflow: the
 * secret is opened here (it never leaves the API), the body signed with the time, POSTed with
 * a timeout, and the attempt recorded (status, duration, error) for the portal's log.
 *
 * Temporal may ask again for an attempt whose answer was lost (the worker died while we were
 * POSTing): a chain (one workflow: the first delivery, or one "send again") that already
 * delivered answers `delivered` without POSTing, and a claim in Redis keeps a second ask from
 * POSTing while the first is still in flight.
 */
@Injectable()
export class WebhookDeliveryService {
  private readonly logger = new Logger('Webhooks');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: ScopedDb,
    private readonly box: SecretBox,
    private readonly outbound: OutboundHttp,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  async attempt(input: z.infer<typeof attemptRequest>): Promise<AttemptAnswer> {
    const claim = `webhook-attempt:${input.workflowId}`;
    // Redis away: POST anyway (delivery is at least once; the receiver deduplicates by id).
    const claimed = await this.redis
      .set(claim, String(input.attempt), 'PX', this.config.WEBHOOK_TIMEOUT_MS + 30_000, 'NX')
      .catch(() => 'OK');
    if (claimed !== 'OK')
      throw new AppError('CONFLICT', 'A delivery of this event is in flight; retry.');
    try {
      return await this.claimedAttempt(input);
    } finally {
      await this.redis.del(claim).catch(() => undefined);
    }
  }

  private async claimedAttempt(input: z.infer<typeof attemptRequest>): Promise<AttemptAnswer> {
    const found = await this.db.run({ tenantId: input.tenantId }, async (tx) => ({
      endpoint: await tx.webhookEndpoint.findUnique({ where: { id: input.endpointId } }),
      event: await tx.webhookEvent.findUnique({ where: { id: input.eventId } }),
      delivered: await tx.webhookDelivery.findFirst({
        where: {
          eventId: input.eventId,
          endpointId: input.endpointId,
          workflowId: input.workflowId,
          succeeded: true,
        },
        select: { statusCode: true },
      }),
    }));
    if (found.delivered) {
      this.logger.log(
        { endpointId: input.endpointId, eventId: input.eventId, attempt: input.attempt },
        'webhook already delivered by this chain: not sent again',
      );
      return {
        delivered: true,
        statusCode: found.delivered.statusCode,
        gone: false,
        refused: false,
      };
    }
    if (!found.endpoint || found.endpoint.disabledAt) {
      return { delivered: false, statusCode: null, gone: true, refused: false };
    }
    // Started in the consumer's transaction, which may not have committed yet: try again.
    if (!found.event) throw new AppError('CONFLICT', 'The event is not visible yet; retry.');
    const { endpoint, event } = found;
    const body = JSON.stringify({
      id: event.id,
      type: event.type,
      createdAt: event.createdAt.toISOString(),
      data: event.payload,
    });
    const secret = this.box.open(endpoint.secretSealed, webhookSecretContext(endpoint.id));
    const started = performance.now();
    let statusCode: number | null = null;
    let error: string | null = null;
    let refused = false;
    try {
      const response = await this.outbound.fetch(endpoint.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Fixpoint-Webhooks/1',
          'fixpoint-event-id': event.id,
          'fixpoint-event-type': event.type,
          'fixpoint-signature': signatureHeader(secret, body),
        },
        body,
        redirect: 'manual',
        signal: AbortSignal.timeout(this.config.WEBHOOK_TIMEOUT_MS),
      });
      statusCode = response.status;
      await response.body?.cancel().catch(() => undefined);
      if (!response.ok) error = `answered ${response.status}`;
    } catch (failure) {
      // The URL itself was refused (URL_NOT_PUBLIC: its name now resolves to a private
      // address; URL_INVALID): the same URL will be refused again, so this chain stops here.
      const refusal = refusalOf(failure);
      refused = refusal !== null;
      error = refusal ? `${refusal.code} (not retried): ${refusal.detail}` : describe(failure);
    }
    const durationMs = Math.round(performance.now() - started);
    const delivered = error === null;
    await this.db.run({ tenantId: input.tenantId }, (tx) =>
      tx.webhookDelivery.create({
        data: {
          tenantId: input.tenantId,
          eventId: event.id,
          endpointId: endpoint.id,
          workflowId: input.workflowId,
          attempt: input.attempt,
          statusCode,
          durationMs,
          error: error?.slice(0, MAX_ERROR) ?? null,
          succeeded: delivered,
        },
      }),
    );
    if (!delivered)
      this.logger.log(
        { endpointId: endpoint.id, eventId: event.id, error },
        'webhook not delivered',
      );
    return { delivered, statusCode, gone: false, refused };
  }
}

function describe(error: unknown): string {
  const e = error as {
    name?: string;
    message?: string;
    cause?: { code?: string; message?: string };
  };
  if (e.name === 'TimeoutError') return 'timed out';
  return e.cause?.code ?? e.cause?.message ?? e.message ?? String(error);
}
