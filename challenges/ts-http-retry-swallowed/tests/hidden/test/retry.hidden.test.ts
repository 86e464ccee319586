import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withRetry } from '../src/retry.ts';
import { ApiClient } from '../src/http-client.ts';
import type { RawResponse } from '../src/http-client.ts';
import { syncCatalog } from '../src/catalog-sync.ts';
import { HttpError, NetworkError, isRetryable } from '../src/errors.ts';

const noWait = async () => {};

function failingTimes(failures: Error[], value: string) {
  let calls = 0;
  const operation = async () => {
    calls += 1;
    await Promise.resolve();
    const error = failures.shift();
    if (error) throw error;
    return value;
  };
  return { operation, calls: () => calls };
}

test('an async failure is retried and the later success is returned', async () => {
  const { operation, calls } = failingTimes([new Error('flaky')], 'ok');
  assert.equal(await withRetry(operation, { retries: 2, sleep: noWait }), 'ok');
  assert.equal(calls(), 2);
});

test('after the last retry the last error is rethrown', async () => {
  const errors = [new Error('first'), new Error('second'), new Error('third')];
  const { operation, calls } = failingTimes([...errors], 'never');
  await assert.rejects(withRetry(operation, { retries: 2, sleep: noWait }), (error) => error === errors[2]);
  assert.equal(calls(), 3);
});

test('retries are reported and spaced with the backoff delays', async () => {
  const { operation } = failingTimes([new Error('a'), new Error('b')], 'done');
  const retried: Array<[string, number]> = [];
  const slept: number[] = [];
  const result = await withRetry(operation, {
    retries: 3,
    onRetry: (error, attempt) => retried.push([(error as Error).message, attempt]),
    sleep: async (ms) => {
      slept.push(ms);
    },
  });
  assert.equal(result, 'done');
  assert.deepEqual(retried, [
    ['a', 1],
    ['b', 2],
  ]);
  assert.deepEqual(slept, [100, 200]);
});

test('errors that shouldRetry rejects are not retried', async () => {
  const { operation, calls } = failingTimes([new Error('fatal')], 'never');
  await assert.rejects(withRetry(operation, { retries: 5, shouldRetry: () => false, sleep: noWait }), /fatal/);
  assert.equal(calls(), 1);
});

test('a synchronous throw is retried as well', async () => {
  let calls = 0;
  const operation = (() => {
    calls += 1;
    if (calls === 1) throw new Error('sync');
    return Promise.resolve(42);
  }) as () => Promise<number>;
  assert.equal(await withRetry(operation, { sleep: noWait }), 42);
  assert.equal(calls, 2);
});

test('a first-time success is returned without waiting', async () => {
  const slept: number[] = [];
  const value = await withRetry(async () => 'first', {
    sleep: async (ms) => {
      slept.push(ms);
    },
  });
  assert.equal(value, 'first');
  assert.deepEqual(slept, []);
});

// --- catalogue sync -------------------------------------------------------------

function scriptedTransport(responses: Array<RawResponse | Error>) {
  const calls: string[] = [];
  const transport = async (url: string): Promise<RawResponse> => {
    calls.push(url);
    await Promise.resolve();
    const next = responses.shift();
    if (!next) throw new Error(`unexpected request ${url}`);
    if (next instanceof Error) throw next;
    return next;
  };
  return { transport, calls };
}

const page = (skus: string[], nextPage: number | null): RawResponse => ({
  status: 200,
  body: JSON.stringify({ items: skus.map((sku) => ({ sku, name: `Product ${sku}`, priceCents: 250 })), nextPage }),
});

test('the sync survives rate limiting and connection resets', async () => {
  const { transport, calls } = scriptedTransport([
    { status: 429, body: 'slow down' },
    page(['A1'], 2),
    new Error('ECONNRESET'),
    { status: 502, body: 'bad gateway' },
    page(['B1', 'B2'], null),
  ]);
  const log: string[] = [];
  const report = await syncCatalog(new ApiClient('https://supplier.test', transport), {
    sleep: noWait,
    log: (line) => log.push(line),
  });
  assert.deepEqual(
    report.products.map((p) => p.sku),
    ['A1', 'B1', 'B2'],
  );
  assert.equal(report.pages, 2);
  assert.equal(report.retries, 3);
  assert.equal(calls.length, 5);
  assert.equal(log.length, 3);
  assert.match(log[0], /retrying \/products\?page=1 \(attempt 2\): HTTP 429/);
});

test('the sync gives up after the configured retries with the last HTTP error', async () => {
  const { transport, calls } = scriptedTransport([
    { status: 503, body: '' },
    { status: 503, body: '' },
    { status: 503, body: '' },
  ]);
  await assert.rejects(
    syncCatalog(new ApiClient('https://supplier.test', transport), { retries: 2, sleep: noWait }),
    (error) => error instanceof HttpError && error.status === 503,
  );
  assert.equal(calls.length, 3);
});

test('a 404 aborts the sync immediately', async () => {
  const { transport, calls } = scriptedTransport([page(['A1'], 7), { status: 404, body: 'Not Found' }]);
  await assert.rejects(
    syncCatalog(new ApiClient('https://supplier.test', transport), { sleep: noWait }),
    (error) => error instanceof HttpError && error.status === 404,
  );
  assert.equal(calls.length, 2);
});

test('which errors count as transient', () => {
  assert.equal(isRetryable(new HttpError(500, 'u')), true);
  assert.equal(isRetryable(new HttpError(429, 'u')), true);
  assert.equal(isRetryable(new HttpError(400, 'u')), false);
  assert.equal(isRetryable(new NetworkError('u', new Error('x'))), true);
  assert.equal(isRetryable(new SyntaxError('bad json')), false);
});
