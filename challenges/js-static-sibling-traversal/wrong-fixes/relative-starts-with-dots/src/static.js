import fs from 'node:fs/promises';
import path from 'node:path';
import { contentTypeFor } from './mime.js';

// Serves files from `root`. Mount it under a prefix, e.g. app.use('/assets', serveStatic(dir)).
// Requests must never read anything outside `root`.
export function serveStatic(root) {
  const base = path.resolve(root);

  return async function staticHandler(req, res, next) {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();

    let requested;
    try {
      requested = decodeURIComponent(req.path);
    } catch {
      return res.status(400).type('text/plain').send('Bad Request');
    }
    if (requested.includes('\0')) {
      return res.status(400).type('text/plain').send('Bad Request');
    }

    let filePath = path.join(base, requested);
    // Anything whose path relative to the root climbs out of it is refused.
    if (path.relative(base, filePath).startsWith('..')) {
      return res.status(403).type('text/plain').send('Forbidden');
    }

    try {
      let stats = await fs.stat(filePath);
      if (stats.isDirectory()) {
        filePath = path.join(filePath, 'index.html');
        stats = await fs.stat(filePath);
      }
      if (!stats.isFile()) return next();
      const body = await fs.readFile(filePath);
      res.set('Content-Type', contentTypeFor(filePath));
      res.set('Content-Length', String(stats.size));
      return res.status(200).end(req.method === 'HEAD' ? undefined : body);
    } catch (error) {
      if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return next();
      return next(error);
    }
  };
}
