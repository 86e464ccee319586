import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ApiClient } from '../src/http-client.ts';
import type { RawResponse } from '../src/http-client.ts';
import { syncCatalog } from '../src/catalog-sync.ts';

function scriptedTransport(responses: RawResponse[]) {
  const calls: string[] = [];
  const transport = async (url: string): Promise<RawResponse> => {
    calls.push(url);
    const next = responses.shift();
    if (!next) throw new Error(`unexpected request ${url}`);
    return next;
  };
  return { transport, calls };
}

const page = (skus: string[], nextPage: number | null): RawResponse => ({
  status: 200,
  body: JSON.stringify({ items: skus.map((sku) => ({ sku, name: sku, priceCents: 100 })), nextPage }),
});

const noWait = async () => {};

test('imports every page of the catalogue', async () => {
  const { transport, calls } = scriptedTransport([page(['A1', 'A2'], 2), page(['B1'], null)]);
  const report = await syncCatalog(new ApiClient('https://supplier.test/api/', transport), { sleep: noWait });
  assert.deepEqual(
    report.products.map((p) => p.sku),
    ['A1', 'A2', 'B1'],
  );
  assert.deepEqual(calls, ['https://supplier.test/api/products?page=1', 'https://supplier.test/api/products?page=2']);
});

test('a single 503 from the supplier does not abort the sync', async () => {
  const { transport, calls } = scriptedTransport([
    page(['A1'], 2),
    { status: 503, body: 'Service Unavailable' },
    page(['B1'], null),
  ]);
  const report = await syncCatalog(new ApiClient('https://supplier.test/api', transport), { sleep: noWait });
  assert.deepEqual(
    report.products.map((p) => p.sku),
    ['A1', 'B1'],
  );
  assert.equal(report.retries, 1);
  assert.equal(calls.length, 3);
});
