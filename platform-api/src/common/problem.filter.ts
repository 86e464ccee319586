import { type ArgumentsHost, Catch, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { AppError } from './app-error';

/** An RFC 9457 problem body for our error codes. */
export const problemBody = (status: number, code: string, detail: string) => ({
  type: `https://fixpoint.dev/problems/${code.toLowerCase().replace(/_/g, '-')}`,
  title: code,
  status,
  detail,
  code,
});

export function sendProblem(res: Response, status: number, code: string, detail: string) {
  res.status(status).type('application/problem+json');
  return problemBody(status, code, detail);
}

/**
 * REST routes answer our errors as application/problem+json with the code's HTTP status (a
 * guard's UNAUTHENTICATED on /metrics, say). GraphQL errors are left to Apollo's formatting.
 */
@Catch(AppError)
export class ProblemFilter implements ExceptionFilter {
  catch(error: AppError, host: ArgumentsHost) {
    if (host.getType() !== 'http') return error;
    const res = host.switchToHttp().getResponse<Response>();
    // A more precise reason (KEY_INVALID, ORIGIN_NOT_ALLOWED) is the problem's code when given.
    const reason = error.extensions['reason'];
    const code = typeof reason === 'string' ? reason : error.code;
    const retryAfter = error.extensions['retryAfterSeconds'];
    if (typeof retryAfter === 'number') res.setHeader('retry-after', String(retryAfter));
    res.json(sendProblem(res, error.httpStatus, code, error.message));
  }
}
