import type { INestApplication } from '@nestjs/common';
import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { startApi } from '../../src/bootstrap';
import { APP_CONFIG } from '../../src/config/config.module';
import type { AppConfig } from '../../src/config/config.schema';
import { loadConfig } from '../../src/config/load-config';
import { ApiHarness } from '../support/api-harness';
import { REDIS_URL, TEMPORAL_ADDRESS } from '../support/env';
import { HiringClient } from '../hiring/hiring-client';

const SUBSCRIPTION = `subscription { sessionStateChanged { id phase score } }`;
type State = { sessionStateChanged: { id: string; phase: string; score: number | null } };

/**
 * Candidate mode's session state over graphql-ws instead of polling: the candidate subscribes
 * on one API instance, the change happens on the other (begin; the workflow's finalize), and
 * the new state arrives through the Redis fan-out. Only a candidate token may subscribe, and
 * only to its own session.
 */
describe('sessionStateChanged (candidate mode, two API instances)', () => {
  let a: ApiHarness;
  let b: INestApplication;
  let bUrl: string;
  let hiring: HiringClient;
  let owner: { token: string; tenantId: string };
  let assessmentId: string;
  const clients: Client[] = [];

  beforeAll(async () => {
    a = await ApiHarness.start();
    const apiUrl = new URL(a.db.url);
    apiUrl.username = 'fixpoint_api';
    apiUrl.password = 'fixpoint_api';
    b = await startApi(
      loadConfig({
        NODE_ENV: 'development',
        API_PORT: '0',
        LOG_LEVEL: 'silent',
        DATABASE_URL: apiUrl.toString(),
        DATABASE_OWNER_URL: a.db.url,
        REDIS_URL,
        TEMPORAL_ADDRESS,
        MIGRATE_ON_START: 'false',
        IMPORT_CATALOG_ON_START: 'false',
      }),
    );
    bUrl = `ws://127.0.0.1:${(b.getHttpServer().address() as { port: number }).port}/graphql`;
    hiring = new HiringClient(a);
    owner = await hiring.signUpCompany();
    assessmentId = await hiring.createPublishedAssessment(owner, ['js-semver-compare-nan']);
  }, 120_000);

  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await b?.close();
    await a?.stop();
  });

  /** Subscribes on instance B and collects what arrives. */
  function watch(token: string) {
    const client = createClient({
      url: bUrl,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
      retryAttempts: 0,
      lazy: false,
      onNonLazyError: () => undefined,
    });
    clients.push(client);
    const events: State['sessionStateChanged'][] = [];
    const errors: { message: string; extensions?: { code?: string } }[] = [];
    client.subscribe<State>(
      { query: SUBSCRIPTION },
      {
        next: (v) => {
          if (v.errors) errors.push(...(v.errors as typeof errors));
          else events.push(v.data!.sessionStateChanged);
        },
        error: (e) => errors.push({ message: String(e) }),
        complete: () => undefined,
      },
    );
    const until = async (done: () => boolean, ms = 5_000) => {
      const deadline = Date.now() + ms;
      while (!done()) {
        if (Date.now() > deadline)
          throw new Error(`timed out; ${JSON.stringify({ events, errors })}`);
        await new Promise((r) => setTimeout(r, 25));
      }
    };
    return { events, errors, until };
  }

  async function openedSession() {
    const email = `cand-${Math.random().toString(36).slice(2)}@example.com`;
    const { token } = await hiring.inviteCandidate(owner, assessmentId, email);
    return hiring.openSession(token);
  }

  const settle = () => new Promise((r) => setTimeout(r, 300));

  it('pushes in_progress to the candidate when they begin on the other instance', async () => {
    const session = await openedSession();
    const live = watch(session.token);
    await settle(); // subscribed before the change
    const started = Date.now();
    await a.ok(
      `mutation { beginAssessment(consent: true) { phase } }`,
      {},
      { token: session.token },
    );
    await live.until(() => live.events.length > 0);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(live.errors).toEqual([]);
    expect(live.events[0]).toEqual({ id: session.session.id, phase: 'in_progress', score: null });
  });

  it('pushes the end (expired) when the workflow finalizes a session, with no poll', async () => {
    const session = await openedSession();
    const live = watch(session.token);
    await settle();
    const { INTERNAL_API_TOKEN } = a.app.get<AppConfig>(APP_CONFIG);
    const response = await fetch(
      `${a.base}/internal/v1/assessment-sessions/${session.session.id}/finalize`,
      {
        method: 'POST',
        headers: {
          authorization: `Bearer ${INTERNAL_API_TOKEN}`,
          'content-type': 'application/json',
        },
        body: JSON.stringify({ tenantId: owner.tenantId, reason: 'not_started' }),
      },
    );
    expect(response.status).toBe(200);
    await live.until(() => live.events.length > 0);
    expect(live.events).toEqual([{ id: session.session.id, phase: 'expired', score: 0 }]);
  });

  it("hears nothing of another candidate's session", async () => {
    const mine = await openedSession();
    const theirs = await openedSession();
    const live = watch(mine.token);
    await settle();
    await a.ok(
      `mutation { beginAssessment(consent: true) { phase } }`,
      {},
      { token: theirs.token },
    );
    await settle();
    expect(live.events).toEqual([]);
  });

  it('refuses a learner token (candidate tokens only)', async () => {
    const learner = await a.signUp();
    const live = watch(learner.accessToken);
    await live.until(() => live.errors.length > 0);
    expect(live.events).toEqual([]);
    expect(live.errors[0].extensions?.code ?? live.errors[0].message).toMatch(/FORBIDDEN/);
  });
});
