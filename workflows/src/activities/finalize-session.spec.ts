import { ApplicationFailure } from '@temporalio/activity';
import fc from 'fast-check';
import { SESSION_ACTIVITIES } from '../contracts/assessment-session';
import { createSessionActivities } from './finalize-session';

const TOKEN = 'unit-test-internal-token';
const input = { tenantId: 't-1', sessionId: 's-1', reason: 'submitted' as const };

/** An activity whose API answers every call with this status and an RFC 9457 problem. */
function answering(status: number, detail = 'the detail') {
  const fetch = (async () =>
    new Response(JSON.stringify({ title: 'Problem', status, detail }), {
      status,
    })) as typeof globalThis.fetch;
  return createSessionActivities({ apiUrl: 'http://api', internalToken: TOKEN, fetch });
}

const failureOf = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('finalize succeeded');
    },
    (error: unknown) => error as Error,
  );

describe('finalizeSession (status mapping)', () => {
  it('registers exactly the activities the contract names', () => {
    const activities = createSessionActivities({ apiUrl: 'http://api', internalToken: TOKEN });
    expect(Object.keys(activities).sort()).toEqual(Object.values(SESSION_ACTIVITIES).sort());
  });

  it('makes every refusal (4xx but 408 and 429) final, with the detail and without the token', async () => {
    const refusals = fc.integer({ min: 400, max: 499 }).filter((s) => s !== 408 && s !== 429);
    await fc.assert(
      fc.asyncProperty(refusals, fc.stringMatching(/^[a-z ]{1,40}$/), async (status, detail) => {
        const error = await failureOf(answering(status, detail).finalizeSession(input));
        expect(error).toBeInstanceOf(ApplicationFailure);
        expect(error).toMatchObject({ nonRetryable: true, type: 'FinalizeRefused' });
        expect(error.message).toBe(`finalize refused (${status}): ${detail}`);
        expect(error.message).not.toContain(TOKEN);
      }),
    );
  });

  it('leaves server errors, timeouts and rate limits retryable', async () => {
    const later = fc.oneof(fc.integer({ min: 500, max: 599 }), fc.constantFrom(408, 429));
    await fc.assert(
      fc.asyncProperty(later, async (status) => {
        const error = await failureOf(answering(status).finalizeSession(input));
        expect(error).not.toBeInstanceOf(ApplicationFailure);
        expect(error.message).toBe(`finalize failed (${status}): the detail`);
      }),
    );
  });

  it('keeps a path in API_URL and keeps any session id inside its path segment', async () => {
    const requests: string[] = [];
    const fetch = (async (url: URL) => {
      requests.push(String(url));
      return Response.json({ sessionId: 'x', phase: 'submitted', score: 1 });
    }) as typeof globalThis.fetch;
    const { finalizeSession } = createSessionActivities({
      apiUrl: 'https://api.example.com/fixpoint',
      internalToken: TOKEN,
      fetch,
    });
    await finalizeSession({ ...input, sessionId: '../../admin?x=1' });
    expect(requests).toEqual([
      'https://api.example.com/fixpoint/internal/v1/assessment-sessions/..%2F..%2Fadmin%3Fx%3D1/finalize',
    ]);
  });
});
