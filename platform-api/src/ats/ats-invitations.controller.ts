import { Body, Controller, Get, Headers, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { components } from '@fixpoint/openapi';
import type { Response } from 'express';
import { isUuid } from '../common/ids';
import { send } from './answer';
import { AtsRoute, type AtsRequest } from './ats-key.guard';
import { AtsProblems } from './ats-problem';
import { AtsInvitationsService, type InvitationFilters } from './ats-invitations.service';
import { Idempotency } from './idempotency';
import type { InvitationStatus } from './invitation-view';
import { pageRequest } from './pagination';
import { requestBody } from './request-body';

const STATUSES: InvitationStatus[] = ['invited', 'started', 'completed', 'expired', 'cancelled'];

@Controller('ats/v1/invitations')
export class AtsInvitationsController {
  constructor(
    private readonly invitations: AtsInvitationsService,
    private readonly idempotency: Idempotency,
  ) {}

  @AtsRoute('candidates:write')
  @Post()
  async create(
    @Req() req: AtsRequest,
    @Body() body: unknown,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ) {
    const key = req.atsKey!;
    const answer = await this.idempotency.run(key, idempotencyKey, 'POST /invitations', body, () =>
      this.invitations.create(
        key,
        requestBody<components['schemas']['InvitationCreate']>('createInvitation', body),
      ),
    );
    return send(res, answer);
  }

  @AtsRoute('candidates:write')
  @Get()
  list(@Req() req: AtsRequest, @Query() query: Record<string, unknown>) {
    return this.invitations.list(req.atsKey!, pageRequest(query), filtersOf(query));
  }

  @AtsRoute('candidates:write')
  @Get(':id')
  get(@Req() req: AtsRequest, @Param('id') id: string) {
    return this.invitations.get(req.atsKey!, id);
  }

  @AtsRoute('candidates:write')
  @Post(':id/cancel')
  async cancel(
    @Req() req: AtsRequest,
    @Param('id') id: string,
    @Body() body: unknown,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ) {
    const key = req.atsKey!;
    const answer = await this.idempotency.run(
      key,
      idempotencyKey,
      `POST /invitations/${id}/cancel`,
      body ?? {},
      () => this.invitations.cancel(key, id),
    );
    return send(res, answer);
  }

  @AtsRoute('results:read')
  @Get(':id/result')
  result(@Req() req: AtsRequest, @Param('id') id: string) {
    return this.invitations.result(req.atsKey!, id);
  }
}

function filtersOf(query: Record<string, unknown>): InvitationFilters {
  const errors: { pointer: string; detail: string }[] = [];
  const text = (name: string) =>
    typeof query[name] === 'string' ? (query[name] as string) : undefined;
  const filters: InvitationFilters = {
    assessmentId: text('assessmentId'),
    status: text('status') as InvitationStatus | undefined,
    externalAts: text('externalAts'),
    externalApplicationId: text('externalApplicationId'),
  };
  if (filters.assessmentId !== undefined && !isUuid(filters.assessmentId))
    errors.push({ pointer: '#/query/assessmentId', detail: 'must be a UUID' });
  if (filters.status !== undefined && !STATUSES.includes(filters.status))
    errors.push({ pointer: '#/query/status', detail: `must be one of ${STATUSES.join(', ')}` });
  if (filters.externalAts !== undefined && !/^[a-z][a-z0-9_-]{1,39}$/.test(filters.externalAts))
    errors.push({ pointer: '#/query/externalAts', detail: 'must be an ATS name like greenhouse' });
  if (errors.length) throw AtsProblems.validation(errors, 'The query');
  return filters;
}
