import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Database } from '../src/db.js';
import { createApp } from '../src/app.js';

const db = new Database({
  customers: [
    { id: 1, name: 'Ada Lovelace', email: 'ada@example.com' },
    { id: 2, name: 'Grace Hopper', email: 'grace@example.com' },
    { id: 3, name: 'Alan Turing', email: 'alan@example.com' },
  ],
  products: [
    { id: 10, sku: 'MUG-01', name: 'Mug' },
    { id: 11, sku: 'TEE-02', name: 'T-shirt' },
  ],
  orders: [
    { id: 100, customerId: 1, status: 'open', placedAt: '2025-03-01T09:00:00Z' },
    { id: 101, customerId: 2, status: 'open', placedAt: '2025-03-02T09:00:00Z' },
    { id: 102, customerId: 3, status: 'shipped', placedAt: '2025-03-03T09:00:00Z' },
    { id: 103, customerId: 1, status: 'open', placedAt: '2025-03-04T09:00:00Z' },
    { id: 104, customerId: 2, status: 'open', placedAt: '2025-03-05T09:00:00Z' },
  ],
  order_items: [
    { id: 1, orderId: 100, productId: 10, quantity: 2, priceCents: 1200 },
    { id: 2, orderId: 101, productId: 11, quantity: 1, priceCents: 2500 },
    { id: 3, orderId: 102, productId: 10, quantity: 1, priceCents: 1200 },
    { id: 4, orderId: 103, productId: 11, quantity: 3, priceCents: 2500 },
    { id: 5, orderId: 104, productId: 10, quantity: 1, priceCents: 1200 },
  ],
});

let server;
let baseUrl;

before(async () => {
  server = createApp({ db }).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  baseUrl = `http://127.0.0.1:${server.address().port}`;
});

after(() => {
  server.closeAllConnections();
  server.close();
});

test('lists open orders newest first with customer and items', async () => {
  const res = await fetch(`${baseUrl}/api/orders?status=open`);
  assert.equal(res.status, 200);
  const { orders } = await res.json();
  assert.deepEqual(
    orders.map((o) => [o.id, o.customer.name]),
    [
      [104, 'Grace Hopper'],
      [103, 'Ada Lovelace'],
      [101, 'Grace Hopper'],
      [100, 'Ada Lovelace'],
    ],
  );
  assert.deepEqual(orders[1].items, [{ sku: 'TEE-02', name: 'T-shirt', quantity: 3, priceCents: 2500 }]);
  assert.equal(orders[1].totalCents, 7500);
});

test('loading the order list stays within the query budget', async () => {
  db.queries = [];
  const res = await fetch(`${baseUrl}/api/orders`);
  assert.equal(res.status, 200);
  await res.json();
  assert.ok(db.queries.length <= 4, `expected at most 4 queries, got ${db.queries.length}:\n${db.queries.join('\n')}`);
});
