import { test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { Database } from '../src/db.js';
import { createApp } from '../src/app.js';

// 60 orders from 12 customers; customer 12 has been deleted (GDPR request) but
// their orders remain.
function seed() {
  const customers = [];
  for (let id = 1; id <= 11; id++) customers.push({ id, name: `Customer ${id}`, email: `c${id}@example.com` });
  const products = [
    { id: 1, sku: 'MUG-01', name: 'Mug' },
    { id: 2, sku: 'TEE-02', name: 'T-shirt' },
    { id: 3, sku: 'CAP-03', name: 'Cap' },
  ];
  const statuses = ['open', 'shipped', 'open', 'cancelled'];
  const orders = [];
  const orderItems = [];
  for (let id = 1; id <= 60; id++) {
    const day = String(1 + Math.floor((id - 1) / 2)).padStart(2, '0');
    const hour = id % 2 === 0 ? '15' : '09';
    orders.push({
      id,
      customerId: ((id * 7) % 12) + 1,
      status: statuses[id % 4],
      placedAt: `2025-05-${day}T${hour}:00:00Z`,
    });
    for (let n = 0; n <= id % 3; n++) {
      orderItems.push({
        id: orderItems.length + 1,
        orderId: id,
        productId: ((id + n) % 3) + 1,
        quantity: n + 1,
        priceCents: 500 * (n + 1),
      });
    }
  }
  return { customers, products, orders, order_items: orderItems };
}

const db = new Database(seed());
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

beforeEach(() => {
  db.queries = [];
});

async function getJson(path) {
  const res = await fetch(`${baseUrl}${path}`);
  return { status: res.status, body: await res.json() };
}

test('a page of 100 orders costs a constant number of queries', async () => {
  const { status, body } = await getJson('/api/orders?limit=100');
  assert.equal(status, 200);
  assert.equal(body.orders.length, 60);
  assert.ok(db.queries.length <= 4, `expected at most 4 queries, got ${db.queries.length}`);
});

test('customers for a page are loaded with a single query', async () => {
  await getJson('/api/orders?limit=50');
  const customerQueries = db.queries.filter((q) => q.includes('FROM customers'));
  assert.equal(customerQueries.length, 1, customerQueries.join('\n'));
});

test('a page reads only the customers of its own orders', async () => {
  // Rows the database hands back per table: one query that reads every customer is as
  // unbounded as one query per order.
  const rowsRead = {};
  const select = db.select;
  db.select = async function countingSelect(table, options) {
    const rows = await select.call(this, table, options);
    rowsRead[table] = (rowsRead[table] ?? 0) + rows.length;
    return rows;
  };
  try {
    const { body } = await getJson('/api/orders?limit=3');
    const customerIds = new Set(body.orders.map((o) => o.customer?.id).filter(Boolean));
    assert.ok(
      (rowsRead.customers ?? 0) <= customerIds.size,
      `read ${rowsRead.customers} customer rows for ${customerIds.size} customers`,
    );
  } finally {
    db.select = select;
  }
});

test('every order carries its own customer', async () => {
  const { body } = await getJson('/api/orders?limit=100');
  for (const order of body.orders) {
    const expectedId = ((order.id * 7) % 12) + 1;
    if (expectedId === 12) continue;
    assert.deepEqual(order.customer, { id: expectedId, name: `Customer ${expectedId}` }, `order ${order.id}`);
  }
});

test('orders whose customer was deleted are listed with customer null', async () => {
  const { status, body } = await getJson('/api/orders?limit=100');
  assert.equal(status, 200);
  const orphans = body.orders.filter((o) => ((o.id * 7) % 12) + 1 === 12);
  assert.ok(orphans.length > 0);
  for (const order of orphans) assert.equal(order.customer, null);
});

test('orders are newest first and respect limit and status', async () => {
  const { body } = await getJson('/api/orders?status=shipped&limit=5');
  assert.deepEqual(
    body.orders.map((o) => o.id),
    [57, 53, 49, 45, 41],
  );
  assert.ok(body.orders.every((o) => o.status === 'shipped'));
});

test('line items carry product names, quantities and totals', async () => {
  const { body } = await getJson('/api/orders?limit=100');
  const order = body.orders.find((o) => o.id === 5);
  assert.deepEqual(order.items, [
    { sku: 'CAP-03', name: 'Cap', quantity: 1, priceCents: 500 },
    { sku: 'MUG-01', name: 'Mug', quantity: 2, priceCents: 1000 },
    { sku: 'TEE-02', name: 'T-shirt', quantity: 3, priceCents: 1500 },
  ]);
  assert.equal(order.totalCents, 500 + 2000 + 4500);
});

test('an empty page is an empty list', async () => {
  const empty = new Database({ customers: [], products: [], orders: [], order_items: [] });
  const app = createApp({ db: empty });
  const srv = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => srv.once('listening', resolve));
  try {
    const res = await fetch(`http://127.0.0.1:${srv.address().port}/api/orders`);
    assert.equal(res.status, 200);
    assert.deepEqual(await res.json(), { orders: [] });
  } finally {
    srv.closeAllConnections();
    srv.close();
  }
});

test('invalid filters are rejected', async () => {
  assert.equal((await getJson('/api/orders?limit=0')).status, 400);
  assert.equal((await getJson('/api/orders?limit=abc')).status, 400);
  assert.equal((await getJson('/api/orders?status=lost')).status, 400);
});

test('a single order can be fetched by id', async () => {
  const { status, body } = await getJson('/api/orders/6');
  assert.equal(status, 200);
  assert.equal(body.id, 6);
  assert.deepEqual(body.customer, { id: 7, name: 'Customer 7' });
  assert.equal((await getJson('/api/orders/999')).status, 404);
});
