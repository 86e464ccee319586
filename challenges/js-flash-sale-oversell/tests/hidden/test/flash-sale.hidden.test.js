import { test } from 'node:test';
import assert from 'node:assert/strict';
import { StockStore } from '../src/stock-store.js';
import { InventoryService } from '../src/inventory.js';
import { KeyedMutex } from '../src/keyed-mutex.js';
import { reserveCart } from '../src/checkout.js';
import { OutOfStockError } from '../src/errors.js';

function deferred() {
  let resolve;
  let reject;
  const promise = new Promise((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

// Let every pending callback (microtasks and setImmediate) run.
async function settle() {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
}

test('a task queued during a hand-over waits for the task that holds the lock', async () => {
  const mutex = new KeyedMutex();
  const events = [];
  const gateA = deferred();
  const gateB = deferred();

  const a = mutex.run('sku', async () => {
    events.push('a:start');
    await gateA.promise;
    events.push('a:end');
  });
  const b = mutex.run('sku', async () => {
    events.push('b:start');
    await gateB.promise;
    events.push('b:end');
  });
  await settle();
  gateA.resolve();
  await a;
  await settle();
  assert.deepEqual(events, ['a:start', 'a:end', 'b:start']);
  assert.equal(mutex.isLocked('sku'), true, 'b still holds the lock');

  const c = mutex.run('sku', async () => {
    events.push('c:start');
    events.push('c:end');
  });
  await settle();
  assert.deepEqual(events, ['a:start', 'a:end', 'b:start'], 'c must wait until b is done');

  gateB.resolve();
  await Promise.all([b, c]);
  assert.deepEqual(events, ['a:start', 'a:end', 'b:start', 'b:end', 'c:start', 'c:end']);
});

test('shoppers arriving in waves never get more units than were in stock', async () => {
  const inventory = new InventoryService(new StockStore({ 'CONSOLE-X': 6 }));
  const outcome = (promise) =>
    promise.then(
      (value) => ({ status: 'fulfilled', value }),
      (reason) => ({ status: 'rejected', reason }),
    );
  const attempts = [];
  for (let wave = 0; wave < 5; wave++) {
    // Two shoppers click at the same time; the next wave arrives as soon as the
    // first shopper of this wave has been served.
    const current = [outcome(inventory.reserve('CONSOLE-X', 1)), outcome(inventory.reserve('CONSOLE-X', 1))];
    attempts.push(...current);
    await current[0];
  }
  const results = await Promise.all(attempts);
  const sold = results.filter((r) => r.status === 'fulfilled').length;
  assert.equal(sold, 6);
  assert.ok(results.filter((r) => r.status === 'rejected').every((r) => r.reason instanceof OutOfStockError));
  assert.equal(await inventory.available('CONSOLE-X'), 0);
  assert.equal(inventory.activeReservations, 6);
});

test('the mutex forgets a key once all of its tasks are done', async () => {
  const mutex = new KeyedMutex();
  await Promise.all([1, 2, 3].map((n) => mutex.run('k', async () => n)));
  const first = mutex.run('k', async () => 'x');
  const second = mutex.run('k', async () => 'y');
  await first;
  await second;
  await settle();
  assert.equal(mutex.size, 0);
  assert.equal(mutex.isLocked('k'), false);
});

test('tasks for the same key run in arrival order and return their results', async () => {
  const mutex = new KeyedMutex();
  const order = [];
  const results = await Promise.all(
    [3, 1, 2].map((n) =>
      mutex.run('k', async () => {
        await new Promise((resolve) => setImmediate(resolve));
        order.push(n);
        return n * 10;
      }),
    ),
  );
  assert.deepEqual(order, [3, 1, 2]);
  assert.deepEqual(results, [30, 10, 20]);
});

test('a failing task releases the lock for the next one', async () => {
  const mutex = new KeyedMutex();
  const failing = mutex.run('k', async () => {
    throw new Error('boom');
  });
  const next = mutex.run('k', async () => 'ran');
  await assert.rejects(failing, /boom/);
  assert.equal(await next, 'ran');
  assert.equal(mutex.size, 0);
});

test('different keys do not wait for each other', async () => {
  const mutex = new KeyedMutex();
  const gate = deferred();
  const events = [];
  const slow = mutex.run('a', async () => {
    await gate.promise;
    events.push('a');
  });
  await mutex.run('b', async () => events.push('b'));
  assert.deepEqual(events, ['b']);
  gate.resolve();
  await slow;
  assert.deepEqual(events, ['b', 'a']);
});

test('a cart that cannot be fully reserved gives back what it took', async () => {
  const inventory = new InventoryService(new StockStore({ MUG: 5, POSTER: 1 }));
  await assert.rejects(
    reserveCart(inventory, [
      { sku: 'MUG', quantity: 2 },
      { sku: 'POSTER', quantity: 2 },
    ]),
    OutOfStockError,
  );
  assert.equal(await inventory.available('MUG'), 5);
  assert.equal(await inventory.available('POSTER'), 1);
  assert.equal(inventory.activeReservations, 0);
});

test('releasing a reservation returns the units to stock', async () => {
  const inventory = new InventoryService(new StockStore({ MUG: 3 }));
  const [reservation] = await reserveCart(inventory, [{ sku: 'MUG', quantity: 2 }]);
  assert.equal(await inventory.available('MUG'), 1);
  await inventory.release(reservation.id);
  assert.equal(await inventory.available('MUG'), 3);
  await assert.rejects(inventory.release(reservation.id), /unknown reservation/);
});

test('concurrent restocks and reservations keep the count exact', async () => {
  const inventory = new InventoryService(new StockStore({ TEE: 0 }));
  const ops = [];
  for (let i = 0; i < 10; i++) {
    ops.push(inventory.restock('TEE', 1));
    ops.push(inventory.reserve('TEE', 1));
  }
  const results = await Promise.allSettled(ops);
  assert.ok(results.every((r) => r.status === 'fulfilled'));
  assert.equal(await inventory.available('TEE'), 0);
});

test('quantities must be positive integers', async () => {
  const inventory = new InventoryService(new StockStore({ MUG: 3 }));
  await assert.rejects(inventory.reserve('MUG', 0), RangeError);
  await assert.rejects(inventory.reserve('MUG', 1.5), RangeError);
});
