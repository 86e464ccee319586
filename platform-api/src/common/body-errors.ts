import type { NextFunction, Request, Response } from 'express';
import { problemBody } from './problem.filter';

/** Largest request body the API reads; the solve loop's own per-file and total limits are lower. */
export const MAX_BODY = '2mb';

/** What Express's body parser attaches to the errors it raises before any handler runs. */
interface BodyParserError {
  type?: string;
  status?: number;
}

/** The body parser's refusals, as our codes (anything else it raises is a malformed body). */
function refusalOf(error: BodyParserError): { status: number; code: string; detail: string } {
  switch (error.type) {
    case 'entity.too.large':
      return {
        status: 413,
        code: 'PAYLOAD_TOO_LARGE',
        detail: `The request is larger than ${MAX_BODY}. Send a smaller body.`,
      };
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return {
        status: 415,
        code: 'UNSUPPORTED_MEDIA_TYPE',
        detail:
          'Send the body as JSON in UTF-8 (Content-Type: application/json), uncompressed or gzip.',
      };
    default:
      return {
        status: 400,
        code: 'MALFORMED_JSON',
        detail: 'The body is not valid JSON: check its syntax (quotes, commas, brackets).',
      };
  }
}

/**
 * Express error middleware for the body parser, which refuses a body before routing, so no
 * Nest filter sees it: on /graphql the answer keeps GraphQL's shape (BAD_USER_INPUT, like any
 * bad input); on every REST route it is an RFC 9457 problem with our code (MALFORMED_JSON,
 * PAYLOAD_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE), a pointer to the document root for bad JSON.
 */
export function bodyErrors(
  error: BodyParserError | undefined,
  req: Request,
  res: Response,
  next: NextFunction,
) {
  if (!error || typeof error.type !== 'string') return next(error);
  const { status, code, detail } = refusalOf(error);
  if (req.path === '/graphql') {
    res.status(status).json({
      errors: [{ message: detail, extensions: { code: 'BAD_USER_INPUT', reason: code } }],
    });
    return;
  }
  res
    .status(status)
    .type('application/problem+json')
    .json({
      ...problemBody(status, code, detail),
      instance: req.originalUrl,
      ...(code === 'MALFORMED_JSON'
        ? { errors: [{ pointer: '', detail: 'is not valid JSON' }] }
        : {}),
    });
}
