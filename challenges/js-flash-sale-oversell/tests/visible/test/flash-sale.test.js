import { test } from 'node:test';
import assert from 'node:assert/strict';
import { StockStore } from '../src/stock-store.js';
import { InventoryService } from '../src/inventory.js';
import { OutOfStockError } from '../src/errors.js';

test('two shoppers racing for the last unit: exactly one gets it', async () => {
  const inventory = new InventoryService(new StockStore({ 'SNEAKER-42': 1 }));
  const results = await Promise.allSettled([
    inventory.reserve('SNEAKER-42', 1),
    inventory.reserve('SNEAKER-42', 1),
  ]);
  assert.deepEqual(
    results.map((r) => r.status),
    ['fulfilled', 'rejected'],
  );
  assert.ok(results[1].reason instanceof OutOfStockError);
  assert.equal(await inventory.available('SNEAKER-42'), 0);
});

test('a shopper arriving while an earlier order is being processed cannot oversell', async () => {
  const inventory = new InventoryService(new StockStore({ 'SNEAKER-42': 2 }));

  const first = inventory.reserve('SNEAKER-42', 1);
  const second = inventory.reserve('SNEAKER-42', 1);
  await first; // the first order is done, the second one is now being processed...
  const third = inventory.reserve('SNEAKER-42', 1); // ...when a third shopper clicks "buy"

  const results = await Promise.allSettled([second, third]);
  assert.deepEqual(
    results.map((r) => r.status),
    ['fulfilled', 'rejected'],
    'only 2 units were in stock',
  );
  assert.equal(await inventory.available('SNEAKER-42'), 0);
});
