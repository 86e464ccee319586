import { randomUUID } from 'node:crypto';
import { AtsValidators } from '../../../openapi/src';
import { ApiHarness } from '../support/api-harness';

/** Every REST route that takes a body, as an ATS, a career page or the worker calls it. */
const POST_ROUTES = [
  '/ats/v1/invitations',
  `/ats/v1/invitations/${randomUUID()}/cancel`,
  '/ats/v1/webhook-endpoints',
  '/ats/greenhouse/v1/send_test',
  '/ats/greenhouse/v1/response_error',
  `/ats/lever/v1/webhooks/${randomUUID()}`,
  `/ats/workday/v1/orders/${randomUUID()}`,
  '/widget/v1/attempts',
  `/widget/v1/attempts/${randomUUID()}/runs`,
  `/widget/v1/attempts/${randomUUID()}/submit`,
  '/internal/v1/webhook-deliveries',
  '/internal/v1/ats-sync-steps',
  `/internal/v1/assessment-sessions/${randomUUID()}/finalize`,
  '/internal/v1/competitions',
];

interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  errors?: { pointer: string; detail: string }[];
}

/**
 * A body the JSON parser refuses never reaches a handler: before this, Express's own error
 * page (HTML, or Nest's `{statusCode, message}`) answered it. Every REST route answers an RFC
 * 9457 problem with our code instead, and a body over the limit a 413 problem.
 */
describe('REST bodies the parser refuses', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await ApiHarness.start();
  }, 60_000);

  afterAll(() => api?.stop());

  const post = (path: string, body: string | Buffer) =>
    fetch(`${api.base}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
      body,
    });

  it.each(POST_ROUTES)('answers malformed JSON on %s with a 400 problem', async (path) => {
    const res = await post(path, '{"candidate": {"email": ');
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const problem = (await res.json()) as Problem;
    expect(problem).toMatchObject({ status: 400, code: 'MALFORMED_JSON', title: 'MALFORMED_JSON' });
    expect(problem.type).toMatch(/^https:\/\/fixpoint\.dev\/problems\//);
    expect(problem.detail).toMatch(/JSON/);
  });

  it.each(POST_ROUTES)('answers a body over the limit on %s with a 413 problem', async (path) => {
    const res = await post(path, Buffer.alloc(3 * 1024 * 1024, 0x20));
    expect(res.status).toBe(413);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(await res.json()).toMatchObject({ status: 413, code: 'PAYLOAD_TOO_LARGE' });
  });

  it('answers as the ATS document says: a pointer to the root, a documented 413', async () => {
    const validators = new AtsValidators();
    const res = await post('/ats/v1/invitations', '[1,');
    const problem = (await res.json()) as Problem;
    expect(problem.errors).toEqual([{ pointer: '', detail: 'is not valid JSON' }]);
    expect(
      validators.checkResponse('createInvitation', 400, res.headers.get('content-type')!, problem),
    ).toEqual([]);
    const large = await post('/ats/v1/webhook-endpoints', Buffer.alloc(3 * 1024 * 1024, 0x20));
    const body = (await large.json()) as Problem;
    expect(
      validators.checkResponse(
        'createWebhookEndpoint',
        413,
        large.headers.get('content-type')!,
        body,
      ),
    ).toEqual([]);
  });

  it('keeps GraphQL answers in GraphQL shape', async () => {
    const malformed = await post('/graphql', '{"query": ');
    expect(malformed.status).toBe(400);
    const body = (await malformed.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const large = await post('/graphql', Buffer.alloc(3 * 1024 * 1024, 0x20));
    expect(large.status).toBe(413);
    expect(((await large.json()) as typeof body).errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});
