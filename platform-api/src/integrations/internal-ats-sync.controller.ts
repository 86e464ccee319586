import { createHash, timingSafeEqual } from 'node:crypto';
import { Body, Controller, Headers, HttpCode, Inject, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Internal } from '../common/access.decorators';
import { sendProblem as problem } from '../common/problem.filter';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config.schema';
import { AtsSyncService, stepRequest } from './ats-sync.service';

const digest = (value: string) => createHash('sha256').update(value).digest();

/** Internal REST for the worker's ATS-sync activity (INTERNAL_API_TOKEN). */
@Internal()
@Controller('internal/v1')
export class InternalAtsSyncController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly syncs: AtsSyncService,
  ) {}

  @Post('ats-sync-steps')
  @HttpCode(200)
  async step(
    @Headers('authorization') authorization: string | undefined,
    @Body() body: unknown,
    @Res({ passthrough: true }) res: Response,
  ) {
    const presented = authorization?.startsWith('Bearer ') ? authorization.slice(7) : '';
    if (!timingSafeEqual(digest(presented), digest(this.config.INTERNAL_API_TOKEN))) {
      return problem(res, 401, 'UNAUTHENTICATED', 'A valid internal token is required.');
    }
    const parsed = stepRequest.safeParse(body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return problem(res, 400, 'BAD_USER_INPUT', `${issue.path.join('.')}: ${issue.message}`);
    }
    return this.syncs.step(parsed.data);
  }
}
