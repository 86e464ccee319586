import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  Logger,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { AppError } from '../common/app-error';
import { outageOf, temporarilyUnavailable } from '../health/dependency-errors';
import { AtsProblem } from './ats-problem';

const APP_ERROR_CODES: Record<string, [number, string]> = {
  NOT_FOUND: [404, 'NOT_FOUND'],
  CONFLICT: [409, 'CONFLICT'],
  FORBIDDEN: [403, 'FORBIDDEN'],
  UNAUTHENTICATED: [401, 'KEY_INVALID'],
  RATE_LIMITED: [429, 'RATE_LIMITED'],
  SERVICE_UNAVAILABLE: [503, 'SERVICE_UNAVAILABLE'],
};

/**
 * Every error of an /ats/v1 route becomes an RFC 9457 problem: our AtsProblems as they are,
 * the shared AppErrors with their code (a BAD_USER_INPUT naming a field gets its pointer), an
 * outage a 503 with Retry-After, a malformed JSON body a VALIDATION_FAILED at the root, and
 * anything else a 500 that says nothing of our internals.
 */
@Catch()
export class AtsProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('AtsApi');

  catch(error: unknown, host: ArgumentsHost) {
    const req = host.switchToHttp().getRequest<Request>();
    const res = host.switchToHttp().getResponse<Response>();
    const problem = this.toProblem(error);
    if (problem.retryAfterSeconds !== undefined)
      res.setHeader('retry-after', String(problem.retryAfterSeconds));
    res.status(problem.status).type('application/problem+json').json(problem.body(req.originalUrl));
  }

  private toProblem(error: unknown): AtsProblem {
    if (error instanceof AtsProblem) return error;
    if (error instanceof AppError) {
      if (error.code === 'BAD_USER_INPUT') {
        const field = error.extensions['field'];
        const pointer = typeof field === 'string' ? `/${field.replace(/\./g, '/')}` : '';
        return new AtsProblem(400, 'VALIDATION_FAILED', error.message, {
          errors: [{ pointer, detail: error.message }],
        });
      }
      const [status, code] = APP_ERROR_CODES[error.code] ?? [400, error.code];
      const reason = error.extensions['reason'];
      const retry = error.extensions['retryAfterSeconds'];
      return new AtsProblem(
        status,
        typeof reason === 'string' ? reason : code,
        error.message,
        {},
        typeof retry === 'number' ? retry : undefined,
      );
    }
    const outage = outageOf(error);
    if (outage) {
      const unavailable = temporarilyUnavailable(outage);
      return new AtsProblem(503, unavailable.code, unavailable.message, {}, 5);
    }
    if (error instanceof HttpException && error.getStatus() < 500) {
      // Express's JSON parser: a body that is not JSON.
      return new AtsProblem(error.getStatus(), 'VALIDATION_FAILED', 'The body must be JSON.', {
        errors: [{ pointer: '', detail: 'is not valid JSON' }],
      });
    }
    this.logger.error(`unexpected: ${(error as Error)?.stack ?? String(error)}`);
    return new AtsProblem(500, 'INTERNAL', 'Something went wrong on our side. Try again.');
  }
}
