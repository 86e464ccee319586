import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import { callAts, isRetryableStatus } from './http';
import { isClosed, isFinal, type ResultStatus } from './result';

describe('write-back calls', () => {
  it('retries only what a retry can fix: 408, 425, 429 and 5xx', () => {
    fc.assert(
      fc.property(fc.integer({ min: 400, max: 599 }), (status) => {
        expect(isRetryableStatus(status)).toBe(status >= 500 || [408, 425, 429].includes(status));
      }),
    );
  });

  it('reports the ATS answer, and an unreachable ATS as retryable', async () => {
    const server = createServer((req, res) =>
      res.writeHead(req.url === '/ok' ? 204 : 503).end('busy'),
    );
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const context = { fetch, timeoutMs: 5_000 };
    expect(await callAts(context, `${base}/ok`, { method: 'PATCH' })).toEqual({
      ok: true,
      statusCode: 204,
      retryable: false,
      detail: '',
    });
    expect(await callAts(context, `${base}/x`, { method: 'PATCH' })).toMatchObject({
      ok: false,
      statusCode: 503,
      retryable: true,
      detail: expect.stringContaining('answered 503: busy'),
    });
    await new Promise((r) => server.close(r));
    expect(await callAts(context, `${base}/ok`, { method: 'PATCH' })).toMatchObject({
      ok: false,
      statusCode: null,
      retryable: true,
    });
  });
});

describe('finality', () => {
  it('is final only when completed, and never both final and closed', () => {
    const all: ResultStatus[] = [
      'pending',
      'in_progress',
      'under_review',
      'completed',
      'cancelled',
      'expired',
    ];
    for (const status of all) {
      expect(isFinal({ status })).toBe(status === 'completed');
      expect(isFinal({ status }) && isClosed({ status })).toBe(false);
    }
  });
});
