import express from 'express';
import { serveStatic } from './static.js';

export function createApp({ publicDir }) {
  const app = express();

  app.get('/healthz', (req, res) => res.json({ ok: true }));
  app.use('/assets', serveStatic(publicDir));

  app.use((req, res) => res.status(404).type('text/plain').send('Not Found'));
  return app;
}
