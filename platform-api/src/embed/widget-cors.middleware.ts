import type { NextFunction, Request, Response } from 'express';

/**
 * CORS for the widget API, called from companies' pages. Preflights carry no key, so they are
 * answered for any origin (they return nothing); every real request is checked against its
 * key's allowed origins by the handler, and a refused one gets a 403 problem the widget can
 * read and show. No cookies: credentials are never allowed.
 */
export function widgetCors(req: Request, res: Response, next: NextFunction) {
  const origin = req.headers.origin;
  if (origin) {
    res.setHeader('access-control-allow-origin', origin);
    res.setHeader('vary', 'Origin');
    res.setHeader('access-control-expose-headers', 'retry-after');
  }
  if (req.method === 'OPTIONS') {
    res.setHeader('access-control-allow-methods', 'GET, POST');
    res.setHeader('access-control-allow-headers', 'authorization, content-type, x-fixpoint-key');
    res.setHeader('access-control-max-age', '600');
    res.status(204).end();
    return;
  }
  next();
}
