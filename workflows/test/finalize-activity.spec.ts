import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApplicationFailure } from '@temporalio/activity';
import { createSessionActivities } from '../src/activities/finalize-session';

const TOKEN = 'workflows-test-internal-token';

/** A local HTTP server speaking the API's finalize contract (docs/hiring-api.md). */
describe('the finalizeSession activity over HTTP', () => {
  let server: Server;
  let url: string;
  let answer: { status: number; body: unknown };
  const seen: { path: string; auth?: string; body: unknown }[] = [];

  beforeAll(async () => {
    server = createServer(async (req: IncomingMessage, res) => {
      let raw = '';
      for await (const chunk of req) raw += String(chunk);
      seen.push({ path: req.url ?? '', auth: req.headers.authorization, body: JSON.parse(raw) });
      const ok = req.headers.authorization === `Bearer ${TOKEN}`;
      const { status, body } = ok
        ? answer
        : {
            status: 401,
            body: {
              title: 'UNAUTHENTICATED',
              status: 401,
              detail: 'A valid internal token is required.',
            },
          };
      res.writeHead(status, {
        'content-type': status < 300 ? 'application/json' : 'application/problem+json',
      });
      res.end(JSON.stringify(body));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise((resolve) => server.close(resolve)));

  const input = {
    tenantId: '7f1a3c7e-0000-4000-8000-000000000001',
    sessionId: 's-1',
    reason: 'expired' as const,
  };

  it('posts the tenant and reason with the bearer token and returns the stored result', async () => {
    answer = { status: 200, body: { sessionId: 's-1', phase: 'expired', score: 42 } };
    const { finalizeSession } = createSessionActivities({ apiUrl: url, internalToken: TOKEN });
    await expect(finalizeSession(input)).resolves.toEqual({
      sessionId: 's-1',
      phase: 'expired',
      score: 42,
    });
    expect(seen.at(-1)).toEqual({
      path: '/internal/v1/assessment-sessions/s-1/finalize',
      auth: `Bearer ${TOKEN}`,
      body: { tenantId: input.tenantId, reason: 'expired' },
    });
  });

  it('turns a 4xx into a non-retryable failure carrying the detail', async () => {
    const { finalizeSession } = createSessionActivities({
      apiUrl: url,
      internalToken: 'wrong-token-but-long',
    });
    const error = await finalizeSession(input).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApplicationFailure);
    expect(error).toMatchObject({ nonRetryable: true, type: 'FinalizeRefused' });
    expect((error as Error).message).toContain('A valid internal token is required.');
  });

  it('leaves a 5xx retryable (a plain error), and refuses a body that is not the contract', async () => {
    const { finalizeSession } = createSessionActivities({ apiUrl: url, internalToken: TOKEN });
    answer = { status: 503, body: { detail: 'restarting' } };
    const failed = await finalizeSession(input).catch((e: unknown) => e);
    expect(failed).not.toBeInstanceOf(ApplicationFailure);
    expect((failed as Error).message).toMatch(/503.*restarting/);

    answer = { status: 200, body: { sessionId: 's-1', phase: 'finished', score: 500 } };
    await expect(finalizeSession(input)).rejects.toThrow(/unexpected body/);
  });
});
