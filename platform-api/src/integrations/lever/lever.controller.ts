import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../../common/access.decorators';
import { AppError } from '../../common/app-error';
import { sendProblem } from '../../common/problem.filter';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/config.schema';
import { SyncUnavailable } from '../ats-sync.service';
import { PartnerCalls } from '../partner-calls';
import { LeverConnectionService } from './lever-connection.service';
import { LeverUnavailable, LeverWebhookService } from './lever-webhook.service';

/**
 * What Lever calls: the stage-change webhook (one URL per tenant, authenticated by its
 * signature, not by a key: Lever sends none) and the OAuth callback its authorize page sends
 * the Super Admin back to. Refusals are RFC 9457 problems.
 */
const SIGNED_OUTCOMES = new Set(['replayed', 'ignored', 'invited']);

@Public()
@Controller('ats/lever/v1')
export class LeverController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly webhooks: LeverWebhookService,
    private readonly connections: LeverConnectionService,
    private readonly calls: PartnerCalls,
  ) {}

  @Post('webhooks/:tenantId')
  @HttpCode(200)
  async webhook(
    @Param('tenantId') tenantId: string,
    @Body() body: unknown,
    @Res({ passthrough: true }) res: Response,
  ) {
    try {
      const result = await this.webhooks.receive(tenantId, body);
      // Logged once the signature verified (the outcomes below come after it).
      if (SIGNED_OUTCOMES.has(result.outcome))
        this.calls.recordOnFinish(res, { tenantId, id: null }, 'lever', 'stage_change', () => ({
          outcome: result.outcome,
          ...(result.detail ? { detail: result.detail } : {}),
          ...(result.invitationId ? { invitationId: result.invitationId } : {}),
        }));
      if (result.status !== 200)
        return sendProblem(res, result.status, result.outcome.toUpperCase(), result.detail);
      return result;
    } catch (error) {
      if (error instanceof LeverUnavailable || error instanceof SyncUnavailable) {
        res.setHeader('retry-after', '30');
        return sendProblem(res, 503, 'SERVICE_UNAVAILABLE', error.message);
      }
      throw error;
    }
  }

  @Get('oauth/callback')
  async callback(
    @Query('code') code: unknown,
    @Query('state') state: unknown,
    @Query('error') error: unknown,
    @Res() res: Response,
  ) {
    const page = new URL('/integrations', this.config.PORTAL_URL);
    if (typeof code !== 'string' || typeof state !== 'string' || error) {
      page.searchParams.set('lever', typeof error === 'string' ? error : 'missing_code');
      return res.redirect(302, page.toString());
    }
    try {
      await this.connections.completeOAuth(code, state);
      page.searchParams.set('lever', 'connected');
    } catch (failure) {
      page.searchParams.set(
        'lever',
        failure instanceof AppError ? failure.code.toLowerCase() : 'failed',
      );
    }
    return res.redirect(302, page.toString());
  }
}
