import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { components } from '@fixpoint/openapi';
import { recordAudit } from '../audit/audit';
import { CurrentTenantPrincipal, type TenantPrincipal } from '../common/tenant-principal';
import { AtsProblem } from '../ats/ats-problem';
import { AppError } from '../common/app-error';
import { isUuid } from '../common/ids';
import { ScopedDb, scopeOf } from '../database/scoped-db.service';
import { Can } from '../common/access.decorators';
import { AtsValidators } from '@fixpoint/openapi';
import {
  CreatedWebhookEndpoint,
  WebhookDeliveryView,
  WebhookEndpointInput,
  WebhookEndpointView,
} from './dto/webhook.types';
import { WebhookDispatcher } from './webhook-dispatcher';
import { WebhookEndpointsService } from './webhook-endpoints.service';

const validators = new AtsValidators();

/** Problems of the shared service, as the portal's GraphQL errors. */
async function asGraphQL<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof AtsProblem)) throw error;
    const code =
      error.status === 404 ? 'NOT_FOUND' : error.status === 409 ? 'CONFLICT' : 'BAD_USER_INPUT';
    throw new AppError(code, error.detail, { reason: error.code });
  }
}

/** Webhooks in the portal (Settings → Webhooks): endpoints, the delivery log, "send again". */
@Resolver()
export class WebhooksResolver {
  constructor(
    private readonly endpoints: WebhookEndpointsService,
    private readonly dispatcher: WebhookDispatcher,
    private readonly db: ScopedDb,
  ) {}

  @Can('manage', 'Webhook')
  @Query(() => [WebhookEndpointView], { description: 'Webhook endpoints, newest first.' })
  async webhookEndpoints(@CurrentTenantPrincipal() principal: TenantPrincipal) {
    const page = await this.endpoints.list(principal.tenant.id, { limit: 100 });
    return page.data.map((e) => ({ ...e, createdAt: new Date(e.createdAt) }));
  }

  @Can('manage', 'Webhook')
  @Mutation(() => CreatedWebhookEndpoint)
  createWebhookEndpoint(
    @CurrentTenantPrincipal() principal: TenantPrincipal,
    @Args('input') input: WebhookEndpointInput,
  ) {
    const body = { url: input.url, description: input.description ?? '', events: input.events };
    const errors = validators.checkRequest('createWebhookEndpoint', body);
    if (errors.length) {
      const first = errors[0];
      throw new AppError(
        'BAD_USER_INPUT',
        `${first.pointer.slice(1) || 'input'}: ${first.detail}`,
        {
          field: first.pointer.split('/')[1] ?? 'input',
        },
      );
    }
    return asGraphQL(async () => {
      const created = await this.endpoints.create(
        principal.tenant.id,
        { userId: principal.userId },
        body as components['schemas']['WebhookEndpointCreate'],
      );
      await this.db.run(scopeOf(principal), (tx) =>
        recordAudit(
          tx,
          principal,
          'webhook_endpoint.created',
          { type: 'WebhookEndpoint', id: created.id },
          {
            url: created.url,
            events: created.events,
          },
        ),
      );
      const { secret, ...endpoint } = created;
      return { endpoint: { ...endpoint, createdAt: new Date(endpoint.createdAt) }, secret };
    });
  }

  @Can('manage', 'Webhook')
  @Mutation(() => Boolean, { description: 'No more events go to it; its log stays.' })
  deleteWebhookEndpoint(
    @CurrentTenantPrincipal() principal: TenantPrincipal,
    @Args('id', { type: () => ID }) id: string,
  ) {
    return asGraphQL(async () => {
      await this.endpoints.remove(principal.tenant.id, id);
      await this.db.run(scopeOf(principal), (tx) =>
        recordAudit(tx, principal, 'webhook_endpoint.removed', { type: 'WebhookEndpoint', id }),
      );
      return true;
    });
  }

  @Can('manage', 'Webhook')
  @Query(() => [WebhookDeliveryView], {
    description: "An endpoint's delivery attempts, newest first.",
  })
  webhookDeliveries(
    @CurrentTenantPrincipal() principal: TenantPrincipal,
    @Args('endpointId', { type: () => ID }) endpointId: string,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
  ) {
    if (!isUuid(endpointId)) throw new AppError('NOT_FOUND', 'No such webhook endpoint.');
    return this.db.run(scopeOf(principal), async (tx) => {
      const rows = await tx.webhookDelivery.findMany({
        where: { endpointId },
        orderBy: { createdAt: 'desc' },
        take: Math.min(Math.max(first, 1), 200),
      });
      const events = await tx.webhookEvent.findMany({
        where: { id: { in: [...new Set(rows.map((r) => r.eventId))] } },
        select: { id: true, type: true },
      });
      return rows.map((r) => ({
        ...r,
        eventType: events.find((e) => e.id === r.eventId)?.type ?? '',
        resent: r.workflowId.includes('-resend-'),
      }));
    });
  }

  @Can('manage', 'Webhook')
  @Mutation(() => Boolean, {
    description: 'Delivers the event to the endpoint again (a new delivery).',
  })
  resendWebhookEvent(
    @CurrentTenantPrincipal() principal: TenantPrincipal,
    @Args('endpointId', { type: () => ID }) endpointId: string,
    @Args('eventId', { type: () => ID }) eventId: string,
  ) {
    return asGraphQL(async () => {
      await this.endpoints.get(principal.tenant.id, endpointId);
      if (!isUuid(eventId)) throw new AppError('NOT_FOUND', 'No such event.');
      const resend = await this.db.run(scopeOf(principal), async (tx) => {
        const event = await tx.webhookEvent.findUnique({ where: { id: eventId } });
        if (!event) throw new AppError('NOT_FOUND', 'No such event.');
        const runs = await tx.webhookDelivery.findMany({
          where: { eventId, endpointId },
          distinct: ['workflowId'],
          select: { workflowId: true },
        });
        await recordAudit(
          tx,
          principal,
          'webhook_event.resent',
          { type: 'WebhookEvent', id: eventId },
          { endpointId },
        );
        return Math.max(1, runs.length);
      });
      try {
        await this.dispatcher.start({
          tenantId: principal.tenant.id,
          endpointId,
          eventId,
          resend,
        });
      } catch {
        throw new AppError(
          'SERVICE_UNAVAILABLE',
          'Webhook delivery is unavailable right now. Try again in a moment.',
        );
      }
      return true;
    });
  }
}
