import { Inject, Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import type { Histogram } from 'prom-client';
import { HTTP_DURATION } from './metrics.tokens';

/** Times every HTTP request. Routes are the matched pattern, so ids never explode the labels. */
@Injectable()
export class HttpMetricsMiddleware implements NestMiddleware {
  constructor(@Inject(HTTP_DURATION) private readonly duration: Histogram<string>) {}

  use(req: Request, res: Response, next: NextFunction) {
    const end = this.duration.startTimer({ method: req.method });
    res.on('finish', () => {
      const route =
        (req.route as { path?: string } | undefined)?.path ?? req.baseUrl ?? 'unmatched';
      end({ route: route || req.path, status: String(res.statusCode) });
    });
    next();
  }
}
