import {
  Body,
  Controller,
  Delete,
  Get,
  Headers,
  HttpCode,
  Param,
  Post,
  Query,
  Req,
  Res,
} from '@nestjs/common';
import type { components } from '@fixpoint/openapi';
import type { Response } from 'express';
import { send } from '../ats/answer';
import { AtsRoute, type AtsRequest } from '../ats/ats-key.guard';
import { Idempotency } from '../ats/idempotency';
import { pageRequest } from '../ats/pagination';
import { requestBody } from '../ats/request-body';
import { WebhookEndpointsService } from './webhook-endpoints.service';

@Controller('ats/v1/webhook-endpoints')
export class AtsWebhookEndpointsController {
  constructor(
    private readonly endpoints: WebhookEndpointsService,
    private readonly idempotency: Idempotency,
  ) {}

  @AtsRoute('webhooks:manage')
  @Get()
  list(@Req() req: AtsRequest, @Query() query: Record<string, unknown>) {
    return this.endpoints.list(req.atsKey!.tenantId, pageRequest(query));
  }

  @AtsRoute('webhooks:manage')
  @Post()
  async create(
    @Req() req: AtsRequest,
    @Body() body: unknown,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ) {
    const key = req.atsKey!;
    const answer = await this.idempotency.run(
      key,
      idempotencyKey,
      'POST /webhook-endpoints',
      body,
      async () => {
        const input = requestBody<components['schemas']['WebhookEndpointCreate']>(
          'createWebhookEndpoint',
          body,
        );
        const created = await this.endpoints.create(key.tenantId, { apiKeyId: key.id }, input);
        return {
          status: 201,
          body: created,
          location: `/ats/v1/webhook-endpoints/${created.id}`,
          sensitive: true,
        };
      },
    );
    return send(res, answer);
  }

  @AtsRoute('webhooks:manage')
  @Get(':id')
  get(@Req() req: AtsRequest, @Param('id') id: string) {
    return this.endpoints.get(req.atsKey!.tenantId, id);
  }

  @AtsRoute('webhooks:manage')
  @Delete(':id')
  @HttpCode(204)
  async remove(@Req() req: AtsRequest, @Param('id') id: string) {
    await this.endpoints.remove(req.atsKey!.tenantId, id);
  }
}
