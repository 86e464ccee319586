import { Body, Controller, Headers, Param, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Internal } from '../../common/access.decorators';
import { sendProblem } from '../../common/problem.filter';
import { PartnerCalls } from '../partner-calls';
import { WorkdayService } from './workday.service';

/**
 * The inbound assessment order a customer's Workday integration sends, one URL per tenant,
 * authenticated with the tenant's order secret (Authorization: Bearer). A repeated order
 * answers 200 with the same invitation; refusals are RFC 9457 problems.
 */
// Not a user token: the global guard leaves the Bearer order secret to this route (as it
// leaves API keys to the /ats/v1 guard).
@Internal()
@Controller('ats/workday/v1')
export class WorkdayController {
  constructor(
    private readonly workday: WorkdayService,
    private readonly calls: PartnerCalls,
  ) {}

  @Post('orders/:tenantId')
  async order(
    @Param('tenantId') tenantId: string,
    @Headers('authorization') authorization: string | undefined,
    @Body() body: unknown,
    @Res({ passthrough: true }) res: Response,
  ) {
    const answer = await this.workday.order(tenantId, authorization, body);
    // Logged once the order secret was right: a stranger cannot write to a tenant's log.
    if (answer.code !== 'UNAUTHENTICATED')
      this.calls.recordOnFinish(res, { tenantId, id: null }, 'workday', 'order', () => ({
        assessmentId: (body as { Assessment_ID?: unknown } | null)?.Assessment_ID ?? null,
        code: answer.code,
        ...(answer.invitationId ? { invitationId: answer.invitationId } : {}),
        ...(answer.status >= 400 ? { detail: answer.detail } : {}),
      }));
    if (answer.status >= 400) return sendProblem(res, answer.status, answer.code, answer.detail);
    res.status(answer.status);
    return { invitationId: answer.invitationId, detail: answer.detail };
  }
}
