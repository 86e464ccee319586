import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { NeutralResult } from '@fixpoint/connector-core';
import fc from 'fast-check';
import { leverCall, listAll, retryAfterMs } from './api';
import { leverConnector, type LeverTarget, noteOf, tagOf } from './connector';
import { checkDelivery, leverSignature } from './signature';
import { parseOpportunity, parseStageChange } from './webhook';

const MINUTES_5 = 5 * 60_000;

describe('webhook signatures', () => {
  it('accepts exactly the signature Lever computes, and refuses any other token, time or key', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }),
        fc.string({ minLength: 1 }),
        fc.string({ minLength: 1 }),
        fc.integer({ min: 1, max: 2 ** 42 }),
        (key, otherKey, token, triggeredAt) => {
          const signature = leverSignature(key, token, triggeredAt);
          expect(
            checkDelivery({ token, triggeredAt, signature }, key, triggeredAt, MINUTES_5),
          ).toEqual({ ok: true });
          expect(
            checkDelivery(
              { token: `${token}x`, triggeredAt, signature },
              key,
              triggeredAt,
              MINUTES_5,
            ),
          ).toMatchObject({ ok: false, reason: 'forged' });
          expect(
            checkDelivery(
              { token, triggeredAt: triggeredAt + 1, signature },
              key,
              triggeredAt,
              MINUTES_5,
            ),
          ).toMatchObject({ ok: false, reason: 'forged' });
          if (otherKey !== key)
            expect(
              checkDelivery({ token, triggeredAt, signature }, otherKey, triggeredAt, MINUTES_5),
            ).toMatchObject({
              ok: false,
              reason: 'forged',
            });
        },
      ),
    );
  });

  it('refuses a genuine signature older than the window', () => {
    const at = Date.now() - MINUTES_5 - 1000;
    const signature = leverSignature('k', 't', at);
    expect(
      checkDelivery({ token: 't', triggeredAt: at, signature }, 'k', Date.now(), MINUTES_5),
    ).toMatchObject({
      ok: false,
      reason: 'stale',
    });
    expect(
      checkDelivery({ token: 't', triggeredAt: at, signature: 'zz' }, 'k', Date.now(), MINUTES_5),
    ).toMatchObject({
      reason: 'forged',
    });
  });
});

describe('messages', () => {
  it('parses a stage change with unknown fields, and a connection test without an opportunity', () => {
    expect(
      parseStageChange({
        event: 'candidateStageChange',
        token: 'tok',
        triggeredAt: 1,
        signature: 'ab',
        extra: true,
        data: { opportunityId: 'o1', toStageId: 's2', contactId: 'c' },
      }),
    ).toEqual({
      ok: true,
      value: {
        event: 'candidateStageChange',
        token: 'tok',
        triggeredAt: 1,
        signature: 'ab',
        opportunityId: 'o1',
        toStageId: 's2',
      },
    });
    expect(
      parseStageChange({ event: 'x', token: 't', triggeredAt: 1, signature: 's' }),
    ).toMatchObject({
      ok: true,
      value: { opportunityId: null },
    });
    expect(
      parseStageChange({ event: 'x', token: 't', triggeredAt: 'soon', signature: 's' }),
    ).toMatchObject({
      ok: false,
      errors: [{ pointer: '/triggeredAt' }],
    });
  });

  it('reads the candidate from an opportunity', () => {
    expect(
      parseOpportunity({
        data: {
          id: 'o1',
          name: 'Ada King Lovelace',
          emails: ['ada@example.com'],
          stage: 's2',
          archived: null,
        },
      }),
    ).toEqual({
      ok: true,
      value: {
        id: 'o1',
        stageId: 's2',
        archived: false,
        email: 'ada@example.com',
        firstName: 'Ada King',
        lastName: 'Lovelace',
        profileUrl: null,
      },
    });
  });
});

async function lever(
  handler: (req: IncomingMessage, body: string) => [number, object | null, Record<string, string>?],
) {
  const calls: { method: string; url: string; body: string; authorization: string }[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      calls.push({
        method: req.method!,
        url: req.url!,
        body,
        authorization: req.headers.authorization ?? '',
      });
      const [status, json, headers] = handler(req, body);
      res
        .writeHead(status, { 'content-type': 'application/json', ...headers })
        .end(json ? JSON.stringify(json) : '');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`,
    calls,
    close: () => new Promise((r) => server.close(r)),
  };
}

const context = { fetch, timeoutMs: 5_000 };

describe('Lever API calls', () => {
  it('honours 429 Retry-After and pages through lists with next/hasNext', async () => {
    let limited = false;
    const server = await lever((req) => {
      if (!limited) {
        limited = true;
        return [429, { code: 'TooManyRequests', message: 'slow down' }, { 'retry-after': '1' }];
      }
      const offset = new URL(req.url!, 'http://x').searchParams.get('offset');
      return offset === 'p2'
        ? [200, { data: [{ id: 's3' }], hasNext: false }]
        : [200, { data: [{ id: 's1' }, { id: 's2' }], hasNext: true, next: 'p2' }];
    });
    const slept: number[] = [];
    const started = Date.now();
    const first = await leverCall(context, 'Basic x', `${server.base}/stages`, {}, async (ms) => {
      slept.push(ms);
      await new Promise((r) => setTimeout(r, ms));
    });
    expect(first.ok).toBe(true);
    expect(slept).toEqual([1000]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(await listAll(context, 'Basic x', `${server.base}/stages`)).toEqual({
      ok: true,
      items: [{ id: 's1' }, { id: 's2' }, { id: 's3' }],
    });
    // The 429 and its retry, then the two pages.
    expect(server.calls.map((c) => c.url)).toEqual([
      '/v1/stages',
      '/v1/stages',
      '/v1/stages?limit=100',
      '/v1/stages?limit=100&offset=p2',
    ]);
    await server.close();
  });

  it('hands a long rate limit back as retryable instead of sleeping through it', async () => {
    const server = await lever(() => [429, { message: 'later' }, { 'retry-after': '120' }]);
    expect(await leverCall(context, 'Basic x', `${server.base}/stages`)).toMatchObject({
      ok: false,
      statusCode: 429,
      retryable: true,
      detail: 'GET /v1/stages answered 429: later',
    });
    expect(retryAfterMs(new Headers({ 'x-ratelimit-reset': '100' }), 40_000)).toBe(60_000);
    await server.close();
  });
});

const result: NeutralResult = {
  invitationId: 'i1',
  assessmentTitle: 'Backend',
  status: 'completed',
  score: 72,
  maxScore: 100,
  challenges: [{ position: 1, title: 'Race', score: 72, reviewStatus: 'not_required' }],
  reportUrl: 'https://portal.example/reports/i1',
  integrityStatus: 'clean',
  startedAt: null,
  completedAt: null,
};

describe('write-back', () => {
  it('tags by the pass threshold, moves the stage on a pass, and writes the note last', async () => {
    const server = await lever(() => [200, { data: {} }]);
    const target: LeverTarget = {
      apiBase: server.base,
      opportunityId: 'o1',
      label: 'backend',
      passThreshold: 70,
      stageOnPass: 'onsite',
      performAs: 'u1',
    };
    expect(tagOf(target, result)).toBe('fixpoint: backend - pass');
    expect(tagOf({ ...target, passThreshold: 73 }, result)).toBe('fixpoint: backend - fail');
    const outcome = await leverConnector.writeBack(
      { externalRef: 'r', target, credentials: 'Bearer at' },
      result,
      context,
    );
    expect(outcome).toEqual({ ok: true, statusCode: 200, retryable: false, detail: '' });
    expect(server.calls.map((c) => `${c.method} ${c.url}`)).toEqual([
      'POST /v1/opportunities/o1/addTags?perform_as=u1',
      'PUT /v1/opportunities/o1/stage?perform_as=u1',
      'POST /v1/opportunities/o1/notes?perform_as=u1',
    ]);
    expect(JSON.parse(server.calls[0].body)).toEqual({ tags: ['fixpoint: backend - pass'] });
    expect(JSON.parse(server.calls[2].body)).toEqual({ value: noteOf(target, result) });
    expect(noteOf(target, result)).toContain('Report: https://portal.example/reports/i1');
    expect(server.calls.every((c) => c.authorization === 'Bearer at')).toBe(true);
    await server.close();
  });

  it('stops at a refusal and says whether a retry can help', async () => {
    const server = await lever(() => [
      403,
      { code: 'Forbidden', message: 'missing scope notes:write:admin' },
    ]);
    const target = leverConnector.parseTarget({
      apiBase: server.base,
      opportunityId: 'o1',
      label: 'backend',
      passThreshold: 70,
      stageOnPass: null,
      performAs: null,
    });
    if (!target.ok) throw new Error('target');
    expect(
      await leverConnector.writeBack(
        { externalRef: 'r', target: target.value, credentials: 'Basic k' },
        result,
        context,
      ),
    ).toEqual({
      ok: false,
      statusCode: 403,
      retryable: false,
      detail: 'POST /v1/opportunities/o1/addTags answered 403: missing scope notes:write:admin',
    });
    expect(leverConnector.parseTarget({ opportunityId: 1 })).toMatchObject({ ok: false });
    await server.close();
  });
});
