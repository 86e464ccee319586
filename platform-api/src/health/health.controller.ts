import { Public } from '../common/access.decorators';
import { Controller, Get, HttpCode, Res } from '@nestjs/common';
import type { Response } from 'express';
import { HealthService } from './health.service';

@Public()
@Controller()
export class HealthController {
  constructor(private readonly health: HealthService) {}

  /** Liveness: the process is up and serving HTTP. Checks nothing else on purpose. */
  @Get('healthz')
  @HttpCode(200)
  healthz() {
    return { status: 'ok' };
  }

  /** Readiness: 200 when Postgres, Redis and Temporal all answer; 503 naming what does not. */
  @Get('readyz')
  async readyz(@Res({ passthrough: true }) res: Response) {
    const readiness = await this.health.readiness();
    res.status(readiness.ok ? 200 : 503);
    return {
      status: readiness.ok ? 'ok' : 'fail',
      checks: Object.fromEntries(
        readiness.checks.map(({ name, ok, latencyMs, error }) => [
          name,
          { status: ok ? 'ok' : 'fail', latencyMs, ...(error ? { error } : {}) },
        ]),
      ),
    };
  }
}
