import { Router } from 'express';
import { buildOrderFeed, getOrderDetails } from '../services/order-feed.js';

const STATUSES = new Set(['open', 'shipped', 'cancelled']);

export function ordersRouter(db) {
  const router = Router();

  router.get('/', async (req, res) => {
    const { status } = req.query;
    const limit = req.query.limit === undefined ? 20 : Number(req.query.limit);
    if (status !== undefined && !STATUSES.has(status)) {
      return res.status(400).json({ error: `unknown status "${status}"` });
    }
    if (!Number.isInteger(limit) || limit < 1 || limit > 100) {
      return res.status(400).json({ error: 'limit must be an integer between 1 and 100' });
    }
    res.json({ orders: await buildOrderFeed(db, { status, limit }) });
  });

  router.get('/:id', async (req, res) => {
    const order = await getOrderDetails(db, Number(req.params.id));
    if (!order) return res.status(404).json({ error: 'order not found' });
    res.json(order);
  });

  return router;
}
