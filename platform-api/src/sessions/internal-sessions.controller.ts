import { createHash, timingSafeEqual } from 'node:crypto';
import { Body, Controller, Headers, HttpCode, Inject, Param, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Internal } from '../common/access.decorators';
import { sendProblem as problem } from '../common/problem.filter';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config.schema';
import { FinalizeSession, finalizeRequest } from './finalize-session.use-case';

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * Internal REST for the worker (not for browsers): the assessmentSession workflow's finalize
 * activity. Authenticated by the shared INTERNAL_API_TOKEN, not by a user; errors are RFC 9457.
 */
@Internal()
@Controller('internal/v1')
export class InternalSessionsController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly finalize: FinalizeSession,
  ) {}

  @Post('assessment-sessions/:id/finalize')
  @HttpCode(200)
  async finalizeSession(
    @Param('id') id: string,
    @Headers('authorization') authorization: string | undefined,
    @Body() body: unknown,
    @Res({ passthrough: true }) res: Response,
  ) {
    const presented = authorization?.startsWith('Bearer ') ? authorization.slice(7) : '';
    if (!timingSafeEqual(digest(presented), digest(this.config.INTERNAL_API_TOKEN))) {
      return problem(res, 401, 'UNAUTHENTICATED', 'A valid internal token is required.');
    }
    const parsed = finalizeRequest.safeParse(body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return problem(res, 400, 'BAD_USER_INPUT', `${issue.path.join('.')}: ${issue.message}`);
    }
    // Its AppErrors (NOT_FOUND) become problems through the global ProblemFilter.
    return this.finalize.execute(id, parsed.data);
  }
}
