import { type ArgumentsHost, Catch } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { Response } from 'express';
import { AppError } from '../common/app-error';
import { ProblemFilter, sendProblem } from '../common/problem.filter';
import { outageOf, temporarilyUnavailable } from './dependency-errors';

/**
 * REST routes (the worker's finalize call, the widget API) answer a dependency's outage with a
 * 503 problem and Retry-After, so callers retry instead of giving up on a 500. Our own errors
 * keep the ProblemFilter's answer, whichever of the two filters Nest asks first; anything else
 * keeps Nest's default. GraphQL errors are shaped by formatGraphQLErrorWithOutages instead.
 */
@Catch()
export class DependencyUnavailableFilter extends BaseExceptionFilter {
  private readonly problems = new ProblemFilter();

  override catch(error: unknown, host: ArgumentsHost) {
    if (host.getType() !== 'http') return error;
    if (error instanceof AppError) return this.problems.catch(error, host);
    const outage = outageOf(error);
    if (!outage) return super.catch(error, host);
    const res = host.switchToHttp().getResponse<Response>();
    const unavailable = temporarilyUnavailable(outage);
    res.setHeader('retry-after', '5');
    res.json(sendProblem(res, 503, unavailable.code, unavailable.message));
  }
}
