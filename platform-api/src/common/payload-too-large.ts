import type { NextFunction, Request, Response } from 'express';

/** Largest request body the API reads; the solve loop's own per-file and total limits are lower. */
export const MAX_BODY = '2mb';

/**
 * Express error middleware for bodies over MAX_BODY (the body parser refuses them before
 * GraphQL runs): on /graphql the answer has GraphQL's shape and a code, like any bad input.
 */
export function payloadTooLarge(
  error: { type?: string },
  req: Request,
  res: Response,
  next: NextFunction,
) {
  if (error?.type !== 'entity.too.large') return next(error);
  const message = `The request is larger than ${MAX_BODY}. Send smaller files.`;
  if (req.path === '/graphql') {
    res.status(413).json({ errors: [{ message, extensions: { code: 'BAD_USER_INPUT' } }] });
  } else {
    res.status(413).json({ statusCode: 413, message });
  }
}
