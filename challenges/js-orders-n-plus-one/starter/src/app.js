import express from 'express';
import { ordersRouter } from './routes/orders.js';

export function createApp({ db }) {
  const app = express();
  app.use('/api/orders', ordersRouter(db));
  app.use((err, req, res, next) => {
    res.status(500).json({ error: 'internal error' });
  });
  return app;
}
