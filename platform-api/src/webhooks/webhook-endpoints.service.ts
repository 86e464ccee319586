import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { components } from '@fixpoint/openapi';
import { isUuid } from '../common/ids';
import { ScopedDb } from '../database/scoped-db.service';
import type { WebhookEndpoint as Row } from '../generated/prisma/client';
import { webhookSecretContext } from '../secrets/sealed-columns';
import { SecretBox } from '../secrets/secret-box';
import { AtsProblems } from '../ats/ats-problem';
import { OutboundHttp } from '../ats/outbound-http';
import { afterCursor, pageOf, type PageRequest } from '../ats/pagination';
import { newSigningSecret } from './signature';

type Endpoint = components['schemas']['WebhookEndpoint'];
type EndpointCreate = components['schemas']['WebhookEndpointCreate'];

const MAX_ENDPOINTS = 20;

export const toEndpoint = (row: Row): Endpoint => ({
  id: row.id,
  url: row.url,
  description: row.description,
  events: row.events as Endpoint['events'],
  createdAt: row.createdAt.toISOString(),
});

/** Who adds an endpoint: a member in the portal, or an API key. */
export type EndpointActor = { userId: string } | { apiKeyId: string };

/**
 * Webhook endpoints, for the ATS API and the portal alike. The signing secret is sealed
 * (AES-256-GCM, the row id as associated data) and shown once, at creation. Removing an
 * endpoint disables it (its delivery log stays); deliveries under way stop at their next try.
 */
@Injectable()
export class WebhookEndpointsService {
  constructor(
    private readonly db: ScopedDb,
    private readonly box: SecretBox,
    private readonly outbound: OutboundHttp,
  ) {}

  create(tenantId: string, actor: EndpointActor, input: EndpointCreate) {
    this.outbound.assertPublic(input.url, '/url');
    return this.db.run({ tenantId }, async (tx) => {
      const count = await tx.webhookEndpoint.count({ where: { disabledAt: null } });
      if (count >= MAX_ENDPOINTS) {
        throw AtsProblems.conflict(
          'TOO_MANY_ENDPOINTS',
          `A company has at most ${MAX_ENDPOINTS} webhook endpoints; remove one first.`,
        );
      }
      const id = randomUUID();
      const secret = newSigningSecret();
      const row = await tx.webhookEndpoint.create({
        data: {
          id,
          tenantId,
          url: input.url,
          description: input.description ?? '',
          events: [...new Set(input.events)],
          secretSealed: this.box.seal(secret, webhookSecretContext(id)),
          createdBy: 'userId' in actor ? actor.userId : null,
          apiKeyId: 'apiKeyId' in actor ? actor.apiKeyId : null,
        },
      });
      return { ...toEndpoint(row), secret };
    });
  }

  list(tenantId: string, page: PageRequest) {
    return this.db.run({ tenantId }, async (tx) => {
      const rows = await tx.webhookEndpoint.findMany({
        where: { disabledAt: null, ...afterCursor(page.after) },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        take: page.limit + 1,
      });
      return pageOf(rows, page.limit, toEndpoint);
    });
  }

  get(tenantId: string, id: string) {
    return this.db.run({ tenantId }, async (tx) => toEndpoint(await this.find(tx, id)));
  }

  remove(tenantId: string, id: string) {
    return this.db.run({ tenantId }, async (tx) => {
      await this.find(tx, id);
      await tx.webhookEndpoint.update({ where: { id }, data: { disabledAt: new Date() } });
    });
  }

  private async find(tx: Parameters<Parameters<ScopedDb['run']>[1]>[0], id: string) {
    const row = isUuid(id)
      ? await tx.webhookEndpoint.findFirst({ where: { id, disabledAt: null } })
      : null;
    if (!row) throw AtsProblems.notFound('webhook endpoint');
    return row;
  }
}
